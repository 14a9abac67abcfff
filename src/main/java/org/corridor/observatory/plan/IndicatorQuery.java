package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a computed indicator is worked out from the registry (计算指标): over firms, a count,
 * the sum of a yearly figure, or the share of that sum over all firms; over platforms, a
 * count, or the share of that count over all platforms. Only the things that match every
 * filter are counted; a filter left out matches everything.
 *
 * @param subject what is counted: firms or platforms
 * @param measure count, sum or share
 * @param figure the yearly figure of firms summed, or null for a count
 * @param chain a chain code the firm is on, or null
 * @param segment a segment code the firm is in, or null
 * @param tier an enterprise tier the firm holds on 31 December of the year, or null
 * @param zone a zone code the firm or platform lies in, or null
 * @param industry a prefix of the firm's industry code (letter optional), or null
 * @param types platform type codes, any of which matches; empty for every type
 * @param level a platform level (national, provincial, municipal, district), or null
 * @param status a platform status reached by 31 December of the year, or null
 * @param since the first year in which reaching the status counts (a platform accredited
 * earlier is not counted), or null
 * @param domain a technology domain code of the platform, or null
 */
public record IndicatorQuery(Subject subject, Measure measure, Figure figure, String chain, String segment, String tier,
		String zone, String industry, List<String> types, String level, String status, Integer since, String domain) {

	public IndicatorQuery {
		types = (types != null) ? List.copyOf(types) : List.of();
		if (subject == null || measure == null) {
			throw new IllegalArgumentException("a query needs a subject and a measure");
		}
		if (subject == Subject.FIRMS && measure != Measure.COUNT && figure == null) {
			throw new IllegalArgumentException("a " + measure + " query needs a figure");
		}
		if (subject == Subject.PLATFORMS && (measure == Measure.SUM || figure != null)) {
			throw new IllegalArgumentException("platforms are counted, not summed");
		}
	}

	/** A query over firms. */
	public IndicatorQuery(Measure measure, Figure figure, String chain, String segment, String tier, String zone,
			String industry) {
		this(Subject.FIRMS, measure, figure, chain, segment, tier, zone, industry, List.of(), null, null, null, null);
	}

	/** A query over platforms. */
	public static IndicatorQuery platforms(Measure measure, List<String> types, String level, String status,
			Integer since, String domain, String zone) {
		return new IndicatorQuery(Subject.PLATFORMS, measure, null, null, null, null, zone, null, types, level, status,
				since, domain);
	}

	/**
	 * The query in one line, e.g. {@code sum revenue where chain=AI_CHAIN} or
	 * {@code count platforms where type=NATIONAL_LAB|PROVINCIAL_LAB}.
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(this.measure.name().toLowerCase(Locale.ROOT));
		if (this.subject == Subject.PLATFORMS) {
			text.append(" platforms");
		}
		else if (this.figure != null && this.measure != Measure.COUNT) {
			text.append(' ').append(this.figure.column());
		}
		List<String> filters = new ArrayList<>();
		add(filters, "type", this.types.isEmpty() ? null : String.join("|", this.types));
		add(filters, "level", this.level);
		add(filters, "status", this.status);
		add(filters, "since", (this.since != null) ? this.since.toString() : null);
		add(filters, "domain", this.domain);
		add(filters, "chain", this.chain);
		add(filters, "segment", this.segment);
		add(filters, "tier", this.tier);
		add(filters, "zone", this.zone);
		add(filters, "industry", this.industry);
		if (!filters.isEmpty()) {
			text.append(" where ").append(String.join(" and ", filters));
		}
		return text.toString();
	}

	private static void add(List<String> filters, String name, String value) {
		if (value != null) {
			filters.add(name + "=" + value);
		}
	}

	/** What a query counts. */
	public enum Subject {

		/** Firms of the enterprise registry. */
		FIRMS,

		/** Innovation platforms of the platform registry. */
		PLATFORMS

	}

	/** What is computed. */
	public enum Measure {

		/** The number of matching firms with a figure row in the year, or platforms. */
		COUNT,

		/** The sum of the figure over matching firms. */
		SUM,

		/** The sum (or count) over matching things divided by that over all of them. */
		SHARE

	}

	/** A yearly figure of the registry. */
	public enum Figure {

		REVENUE, RD_SPENDING, EMPLOYEES, INVENTION_PATENTS;

		/** The column of {@code enterprise_year} that holds it. */
		public String column() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
