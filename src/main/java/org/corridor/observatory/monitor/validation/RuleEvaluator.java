package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.Plan;

/**
 * Checks rules between figures against a set of figures, year by year. A side that sums
 * over zones is read only when every one of its zones has a figure (a partial sum would
 * find a difference that is only a missing figure); a side for "each zone" makes the rule
 * hold zone by zone. A year with a side unread is not checked.
 */
public final class RuleEvaluator {

	private RuleEvaluator() {
	}

	/** Every broken rule among the enabled ones. */
	public static List<Finding> evaluate(Plan plan, List<FigureRule> rules, Figures figures) {
		List<Finding> findings = new ArrayList<>();
		for (FigureRule rule : rules) {
			if (rule.enabled()) {
				findings.addAll(evaluate(plan, rule, figures));
			}
		}
		return findings;
	}

	static List<Finding> evaluate(Plan plan, FigureRule rule, Figures figures) {
		List<Finding> findings = new ArrayList<>();
		Set<Integer> years = new TreeSet<>();
		figures.years(rule.left().indicator()).forEach((year) -> years.add(year - rule.left().yearOffset()));
		figures.years(rule.right().indicator()).forEach((year) -> years.add(year - rule.right().yearOffset()));
		for (int year : years) {
			for (String anchor : anchors(rule, figures, year)) {
				Set<Figures.Key> read = new HashSet<>();
				BigDecimal left = value(plan, rule.left(), figures, year, anchor, read);
				BigDecimal right = value(plan, rule.right(), figures, year, anchor, read);
				if (left != null && right != null && !rule.operator().holds(left, right, rule.tolerancePercent())) {
					findings.add(new Finding(rule, zoneOf(rule, anchor), year, left, right, read, false));
				}
			}
		}
		return findings;
	}

	/** The zones checked in turn when a side is for each zone; otherwise one pass. */
	private static Set<String> anchors(FigureRule rule, Figures figures, int year) {
		Set<String> anchors = new TreeSet<>();
		if (rule.left().zones().isEach()) {
			anchors.addAll(figures.zones(rule.left().indicator(), year + rule.left().yearOffset()));
		}
		else if (rule.right().zones().isEach()) {
			anchors.addAll(figures.zones(rule.right().indicator(), year + rule.right().yearOffset()));
		}
		else {
			anchors.add("-");
		}
		return anchors;
	}

	private static String zoneOf(FigureRule rule, String anchor) {
		if (!anchor.equals("-")) {
			return anchor;
		}
		if (rule.left().zones().zone() != null) {
			return rule.left().zones().zone();
		}
		if (rule.right().zones().zone() != null) {
			return rule.right().zones().zone();
		}
		return "-";
	}

	private static BigDecimal value(Plan plan, FigureRule.Side side, Figures figures, int year, String anchor,
			Set<Figures.Key> read) {
		int at = year + side.yearOffset();
		List<String> zones = side.zones().resolve(plan, anchor.equals("-") ? null : anchor);
		if (zones.isEmpty()) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		List<Figures.Key> keys = new ArrayList<>();
		for (String zone : zones) {
			BigDecimal value = figures.find(side.indicator(), zone, at);
			if (value == null) {
				return null;
			}
			sum = sum.add(value);
			keys.add(new Figures.Key(side.indicator(), zone, at));
		}
		read.addAll(keys);
		return sum;
	}

}
