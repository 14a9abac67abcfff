package org.corridor.observatory.monitor.adjustment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.FigureRule;

/**
 * What a proposal does to one rule between figures (校验规则).
 *
 * @param rule the rule as proposed (as it was, when removed)
 * @param before the rule as the latest version has it, or null when added
 * @param kind added, changed, enabled, disabled or removed
 */
public record RuleChange(FigureRule rule, FigureRule before, Kind kind) {

	/** How a rule changes. */
	public enum Kind {

		ADDED("新增", "added"), CHANGED("修改", "changed"), ENABLED("启用", "enabled"), DISABLED("停用", "disabled"),
		REMOVED("删除", "removed");

		private final String zh;

		private final String en;

		Kind(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}

		public String zh() {
			return this.zh;
		}

		public String en() {
			return this.en;
		}

	}

	/**
	 * Whether two rules say the same, whatever the scale of their tolerances (2 = 2.0).
	 */
	static boolean same(FigureRule a, FigureRule b) {
		return normal(a).equals(normal(b));
	}

	private static FigureRule normal(FigureRule rule) {
		return new FigureRule(rule.code(), rule.name(), rule.left(), rule.operator(), rule.right(),
				rule.tolerancePercent().stripTrailingZeros(), rule.severity(), rule.enabled());
	}

	/** The changes from one list of rules to another, in the order of the second. */
	static List<RuleChange> between(List<FigureRule> before, List<FigureRule> after) {
		Map<String, FigureRule> old = before.stream()
			.collect(Collectors.toMap(FigureRule::code, Function.identity(), (a, b) -> a));
		List<RuleChange> changes = new ArrayList<>();
		for (FigureRule rule : after) {
			FigureRule was = old.remove(rule.code());
			if (was == null) {
				changes.add(new RuleChange(rule, null, Kind.ADDED));
			}
			else if (!same(was, rule)) {
				boolean onlySwitched = same(new FigureRule(was.code(), was.name(), was.left(), was.operator(),
						was.right(), was.tolerancePercent(), was.severity(), rule.enabled()), rule);
				Kind kind = !onlySwitched ? Kind.CHANGED : rule.enabled() ? Kind.ENABLED : Kind.DISABLED;
				changes.add(new RuleChange(rule, was, kind));
			}
		}
		old.values().forEach((rule) -> changes.add(new RuleChange(rule, rule, Kind.REMOVED)));
		return changes;
	}

}
