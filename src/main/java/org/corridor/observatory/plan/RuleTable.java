package org.corridor.observatory.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code rules.yaml} edited as a tree: a rule is written over the entry with
 * its code (its note and any key this class does not know stay), or added at the end. The
 * result is checked by loading the pack with it ({@link PlanVersions}).
 */
public final class RuleTable {

	private final Map<String, Object> root;

	private RuleTable(Map<String, Object> root) {
		this.root = root;
	}

	/**
	 * The tree of a file's text.
	 * @throws IllegalArgumentException when the text is not a YAML mapping
	 */
	public static RuleTable parse(String text) {
		return new RuleTable(PackYaml.parse(text, RuleReader.FILE));
	}

	/** Writes a rule over the one with its code, or as a new one at the end. */
	public RuleTable put(FigureRule rule) {
		List<Object> rules = PackYaml.list(this.root, "rules");
		Map<String, Object> entry = null;
		for (Object item : rules) {
			if (item instanceof Map<?, ?> map && rule.code().equals(String.valueOf(map.get("code")))) {
				entry = PackYaml.map(map);
			}
		}
		if (entry == null) {
			entry = new LinkedHashMap<>();
			rules.add(entry);
		}
		Object note = entry.get("note");
		entry.clear();
		entry.put("code", rule.code());
		entry.put("name", PackYaml.text(rule.name()));
		entry.put("left", side(rule.left()));
		entry.put("operator", rule.operator().key());
		if (rule.operator() == RuleOperator.APPROX || rule.tolerancePercent().signum() != 0) {
			entry.put("tolerance_percent", rule.tolerancePercent());
		}
		entry.put("right", side(rule.right()));
		entry.put("severity", rule.severity().key());
		if (!rule.enabled()) {
			entry.put("enabled", false);
		}
		if (note != null) {
			entry.put("note", note);
		}
		return this;
	}

	private static Map<String, Object> side(FigureRule.Side side) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("indicator", side.indicator());
		ZoneSet zones = side.zones();
		if (zones.zone() != null) {
			map.put("zone", zones.zone());
		}
		else if (zones.level() != null) {
			map.put("sum_of_level", zones.level().key());
		}
		else if (!zones.zones().isEmpty()) {
			map.put("sum_of_zones", List.copyOf(zones.zones()));
		}
		if (side.yearOffset() != 0) {
			map.put("year_offset", side.yearOffset());
		}
		return map;
	}

	/** The text, after a comment of one or more lines. */
	public String dump(String comment) {
		return PackYaml.dump(this.root, comment);
	}

}
