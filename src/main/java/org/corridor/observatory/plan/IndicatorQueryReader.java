package org.corridor.observatory.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an indicator's {@code query:} block in {@code indicators.yaml}: a count, sum or
 * share over the firms of the registry, or a count or share over its platforms.
 */
final class IndicatorQueryReader {

	private static final Pattern INDUSTRY = Pattern.compile("[A-T]?\\d{1,4}");

	private final CrossReferences codes;

	IndicatorQueryReader(CrossReferences codes) {
		this.codes = codes;
	}

	/**
	 * The query of the indicator read from the node; null when it has none or it is
	 * invalid.
	 */
	IndicatorQuery read(Node indicator) {
		Node node = indicator.node("query", false);
		if (node == null) {
			return null;
		}
		IndicatorQuery.Subject subject = node.choice("subject", IndicatorQuery.Subject.class, false);
		subject = (subject != null) ? subject : IndicatorQuery.Subject.FIRMS;
		IndicatorQuery.Measure measure = node.choice("measure", IndicatorQuery.Measure.class, true);
		IndicatorQuery.Figure figure = node.choice("figure", IndicatorQuery.Figure.class, false);
		String zone = this.codes.reference(node, "zone", "ZONE", false);
		if (subject == IndicatorQuery.Subject.PLATFORMS) {
			return readPlatformQuery(node, measure, figure, zone);
		}
		String chain = this.codes.reference(node, "chain", "CHAIN", false);
		String segment = this.codes.reference(node, "segment", "SEGMENT", false);
		String tier = this.codes.reference(node, "tier", "ENTERPRISE_TIER", false);
		String industry = node.text("industry", false);
		node.finish();
		if (industry != null && !INDUSTRY.matcher(industry).matches()) {
			node.problem("industry", "行业代码前缀“" + industry + "”无效(如 I65 或 65)",
					"'" + industry + "' is not an industry code prefix (such as I65 or 65)");
			industry = null;
		}
		if (measure == null) {
			return null;
		}
		if (measure == IndicatorQuery.Measure.COUNT && figure != null) {
			node.problem("figure", "计数不需要 figure", "a count takes no figure");
			return null;
		}
		if (measure != IndicatorQuery.Measure.COUNT && figure == null) {
			node.problem("figure", "求和与占比需要 figure", "sum and share need a figure");
			return null;
		}
		return new IndicatorQuery(measure, figure, chain, segment, tier, zone, industry);
	}

	/** A query over platforms: counted by type, level, status, domain and zone. */
	private IndicatorQuery readPlatformQuery(Node node, IndicatorQuery.Measure measure, IndicatorQuery.Figure figure,
			String zone) {
		List<String> types = this.codes.references(node, "types", "PLATFORM_TYPE");
		String domain = this.codes.reference(node, "domain", "DOMAIN", false);
		String level = node.text("level", false);
		String status = node.text("status", false);
		Integer since = node.year("since", false);
		node.finish();
		boolean bad = false;
		if (since != null && status == null) {
			node.problem("since", "since 需与 status 同用：从哪一年起达到该状态才计入",
					"since needs a status: it is the first year in which reaching that status counts");
			bad = true;
		}
		if (level != null && PlatformLevel.of(level) == null) {
			node.problem("level", "级别“" + level + "”无效，可选：" + PlatformLevel.codes(),
					"'" + level + "' is not one of " + PlatformLevel.codes());
			bad = true;
		}
		if (status != null && PlatformStatus.of(status) == null) {
			node.problem("status", "状态“" + status + "”无效，可选：" + PlatformStatus.codes(),
					"'" + status + "' is not one of " + PlatformStatus.codes());
			bad = true;
		}
		if (figure != null || measure == IndicatorQuery.Measure.SUM) {
			node.problem((figure != null) ? "figure" : "measure", "平台只能计数（count）或求占比（share），不能求和",
					"platforms are counted (count) or shared (share), not summed");
			bad = true;
		}
		if (bad || measure == null) {
			return null;
		}
		return IndicatorQuery.platforms(measure, types, (level != null) ? PlatformLevel.of(level).code() : null,
				(status != null) ? PlatformStatus.of(status).code() : null, since, domain, zone);
	}

}
