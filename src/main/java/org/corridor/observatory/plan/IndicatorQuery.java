package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a computed indicator is worked out from the enterprise registry (计算指标): a count of
 * firms, the sum of a yearly figure, or the share of that sum over all firms, for the
 * firms that match the filters. A filter left out matches every firm.
 *
 * @param measure count, sum or share
 * @param figure the yearly figure summed, or null for a count
 * @param chain a chain code the firm is on, or null
 * @param segment a segment code the firm is in, or null
 * @param tier an enterprise tier the firm holds on 31 December of the year, or null
 * @param zone a zone code the firm lies in, or null
 * @param industry a prefix of the firm's industry code (letter optional), or null
 */
public record IndicatorQuery(Measure measure, Figure figure, String chain, String segment, String tier, String zone,
		String industry) {

	public IndicatorQuery {
		if (measure == null) {
			throw new IllegalArgumentException("a query needs a measure");
		}
		if (measure != Measure.COUNT && figure == null) {
			throw new IllegalArgumentException("a " + measure + " query needs a figure");
		}
	}

	/** The query in one line, e.g. {@code sum revenue where chain=AI_CHAIN}. */
	public String describe() {
		StringBuilder text = new StringBuilder(measure.name().toLowerCase(Locale.ROOT));
		if (this.figure != null && this.measure != Measure.COUNT) {
			text.append(' ').append(this.figure.column());
		}
		List<String> filters = new ArrayList<>();
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

	/** What is computed. */
	public enum Measure {

		/** The number of matching firms with a figure row in the year. */
		COUNT,

		/** The sum of the figure over matching firms. */
		SUM,

		/** The sum over matching firms divided by the sum over all firms. */
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
