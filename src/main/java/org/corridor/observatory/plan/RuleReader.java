package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the optional {@code rules.yaml}: the rules between figures the plan's meaning
 * supports, with the indicator and zone codes they name checked like every other
 * reference of the pack; {@code enabled: false} keeps a rule without checking it.
 */
final class RuleReader {

	static final String FILE = "rules.yaml";

	private final CrossReferences codes;

	RuleReader(CrossReferences codes) {
		this.codes = codes;
	}

	List<FigureRule> read(Node root) {
		List<FigureRule> rules = new ArrayList<>();
		for (Node node : root.nodes("rules", false)) {
			String code = this.codes.declare(node, "RULE");
			LocalizedText name = node.localized("name", true);
			FigureRule.Side left = side(node.node("left", true));
			RuleOperator operator = operator(node);
			FigureRule.Side right = side(node.node("right", true));
			BigDecimal tolerance = node.decimal("tolerance_percent", false);
			Severity severity = node.choice("severity", Severity.class, true);
			Boolean enabled = node.flag("enabled");
			node.localized("note", false);
			node.finish();
			if (tolerance != null && tolerance.signum() < 0) {
				node.problem("tolerance_percent", "容差不能为负数", "the tolerance cannot be negative");
			}
			if (operator == RuleOperator.APPROX && tolerance == null) {
				node.problem("tolerance_percent", "“约等于”须给出容差（百分比）", "≈ needs a tolerance in percent");
			}
			if (code != null && name != null && left != null && operator != null && right != null && severity != null) {
				rules.add(new FigureRule(code, name, left, operator, right, tolerance, severity,
						enabled == null || enabled));
			}
		}
		root.finish();
		return rules;
	}

	private static RuleOperator operator(Node node) {
		String text = node.text("operator", true);
		if (text == null) {
			return null;
		}
		try {
			return RuleOperator.parse(text);
		}
		catch (IllegalArgumentException ex) {
			node.problem("operator", "运算符“" + text + "”无效，可选：le、ge、eq、approx（≤ ≥ = ≈）",
					"'" + text + "' is not one of le, ge, eq, approx (≤ ≥ = ≈)");
			return null;
		}
	}

	private FigureRule.Side side(Node node) {
		if (node == null) {
			return null;
		}
		String indicator = this.codes.reference(node, "indicator", "INDICATOR", true);
		int given = (node.has("zone") ? 1 : 0) + (node.has("sum_of_level") ? 1 : 0)
				+ (node.has("sum_of_zones") ? 1 : 0);
		ZoneSet zones = ZoneSet.EACH;
		if (given > 1) {
			node.problem("最多给出 zone、sum_of_level、sum_of_zones 之一",
					"give at most one of zone, sum_of_level, sum_of_zones");
		}
		if (node.has("zone")) {
			String zone = this.codes.reference(node, "zone", "ZONE", true);
			zones = (zone != null) ? ZoneSet.of(zone) : null;
		}
		else if (node.has("sum_of_level")) {
			ZoneLevel level = node.choice("sum_of_level", ZoneLevel.class, true);
			zones = (level != null) ? ZoneSet.sumOfLevel(level) : null;
		}
		else if (node.has("sum_of_zones")) {
			List<String> list = this.codes.references(node, "sum_of_zones", "ZONE");
			zones = list.isEmpty() ? null : ZoneSet.sumOf(list);
		}
		Integer offset = node.integer("year_offset", false);
		node.finish();
		if (indicator == null || zones == null) {
			return null;
		}
		return new FigureRule.Side(indicator, zones, (offset != null) ? offset : 0);
	}

}
