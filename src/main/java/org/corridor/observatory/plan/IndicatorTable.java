package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of {@code indicators.yaml} edited as a tree: an indicator's row is written
 * over the keys the indicator table has columns for (its plan table, kind, running total
 * and negatives too), and every other key (a query, the source quote, the notes of
 * targets, fields this class does not know) stays as it was. The result is checked by
 * loading the pack with it ({@link PlanVersions}).
 */
public final class IndicatorTable {

	private final Map<String, Object> root;

	private IndicatorTable(Map<String, Object> root) {
		this.root = root;
	}

	/**
	 * The tree of a file's text.
	 * @throws IllegalArgumentException when the text is not a YAML mapping
	 */
	public static IndicatorTable parse(String text) {
		return new IndicatorTable(PackYaml.parse(text, "indicators.yaml"));
	}

	/**
	 * Writes the row of an indicator: over the indicator with its code, or as a new one
	 * at the end, marked with the adjustment that makes the change.
	 */
	public IndicatorTable put(IndicatorEdit edit, Indicator.Adjustment adjustment) {
		List<Object> indicators = indicators();
		Map<String, Object> entry = null;
		for (Object item : indicators) {
			if (item instanceof Map<?, ?> map && edit.code().equals(String.valueOf(map.get("code")))) {
				entry = cast(map);
			}
		}
		if (entry == null) {
			entry = new LinkedHashMap<>();
			indicators.add(entry);
		}
		Map<String, Object> oldTargets = new LinkedHashMap<>();
		if (entry.get("targets") instanceof List<?> list) {
			for (Object target : list) {
				if (target instanceof Map<?, ?> map) {
					oldTargets.put(String.valueOf(map.get("year")), map.get("note"));
				}
			}
		}
		entry.put("code", edit.code());
		entry.put("name", text(edit.name()));
		entry.put("unit", text(edit.unit()));
		entry.put("category", edit.category());
		putOrRemove(entry, "goal", edit.goal());
		entry.put("direction", key(edit.direction()));
		entry.put("attribute", key(edit.attribute()));
		if (edit.baseline() != null) {
			Map<String, Object> baseline = new LinkedHashMap<>();
			baseline.put("year", edit.baseline().year());
			baseline.put("value", edit.baseline().value());
			entry.put("baseline", baseline);
		}
		else {
			entry.remove("baseline");
		}
		List<Object> targets = new ArrayList<>();
		for (Target target : edit.targets()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("year", target.year());
			map.put("comparator", key(target.comparator()));
			if (target.comparator() == Comparator.BETWEEN) {
				map.put("min", target.value());
				map.put("max", target.upper());
			}
			else {
				map.put("value", target.value());
			}
			Object note = oldTargets.get(String.valueOf(target.year()));
			if (note != null) {
				map.put("note", note);
			}
			targets.add(map);
		}
		entry.put("targets", targets);
		entry.put("frequency", key(edit.frequency()));
		putOrRemove(entry, "reporting_unit", text(edit.reportingUnit()));
		putOrRemove(entry, "data_source", text(edit.dataSource()));
		putOrRemove(entry, "note", text(edit.note()));
		putOrRemove(entry, "table", edit.table());
		// a kind the unit implies stays implicit unless the file states it already
		boolean implied = edit.figures().kind() == ValueKind.fromUnit(edit.unit());
		putOrRemove(entry, "kind", (implied && !entry.containsKey("kind")) ? null : key(edit.figures().kind()));
		putOrRemove(entry, "cumulative", edit.figures().cumulative() ? Boolean.TRUE : null);
		putOrRemove(entry, "negative_allowed", edit.figures().negativeAllowed() ? Boolean.TRUE : null);
		if (adjustment != null) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("version", adjustment.version());
			map.put("basis", text(adjustment.basis()));
			entry.put("adjustment", map);
		}
		return this;
	}

	/** The codes of the indicators, in file order. */
	public List<String> codes() {
		List<String> codes = new ArrayList<>();
		for (Object item : indicators()) {
			if (item instanceof Map<?, ?> map) {
				codes.add(String.valueOf(map.get("code")));
			}
		}
		return codes;
	}

	/** The index of the indicator with this code in the file, or −1. */
	public int indexOf(String code) {
		return codes().indexOf(code);
	}

	/**
	 * The tree as YAML text, block style, after a comment that says what it is.
	 * @param comment the first lines, written as comments; null for none
	 */
	public String dump(String comment) {
		return PackYaml.dump(this.root, comment);
	}

	private List<Object> indicators() {
		return PackYaml.list(this.root, "indicators");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private static void putOrRemove(Map<String, Object> entry, String key, Object value) {
		if (value != null) {
			entry.put(key, value);
		}
		else {
			entry.remove(key);
		}
	}

	private static Map<String, Object> text(LocalizedText text) {
		if (text == null) {
			return null;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("zh", text.zh());
		map.put("en", text.en());
		return map;
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
