package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of {@code decomposition.yaml} edited as a tree: for every indicator and zone
 * an uploaded decomposition gives targets or a baseline to, that zone's entry is written
 * anew (as {@link Decomposition#overlaidBy} lays it over), keeping the notes of targets
 * of the same year; other entries, the stated additivity and keys this class does not
 * know stay as they were. The result is checked by loading the pack with it
 * ({@link PlanVersions}).
 */
public final class DecompositionTable {

	private final Map<String, Object> root;

	private DecompositionTable(Map<String, Object> root) {
		this.root = root;
	}

	/**
	 * The tree of a file's text.
	 * @throws IllegalArgumentException when the text is not a YAML mapping
	 */
	public static DecompositionTable parse(String text) {
		return new DecompositionTable(PackYaml.parse(text, DecompositionReader.FILE));
	}

	/** Lays {@code upload} over the file, indicator and zone by indicator and zone. */
	public DecompositionTable overlay(Decomposition upload) {
		Set<String> pairs = new LinkedHashSet<>();
		upload.listTargets().forEach((t) -> pairs.add(t.indicator() + "|" + t.zone()));
		upload.listBaselines().forEach((b) -> pairs.add(b.indicator() + "|" + b.zone()));
		for (String pair : pairs) {
			String indicator = pair.substring(0, pair.indexOf('|'));
			String zone = pair.substring(pair.indexOf('|') + 1);
			Map<String, Object> entry = find(PackYaml.list(this.root, "decomposition"), "indicator", indicator);
			Map<String, Object> part = find(PackYaml.list(entry, "zones"), "zone", zone);
			write(part, upload.targetsFor(indicator, zone), upload.findBaseline(indicator, zone).orElse(null));
		}
		return this;
	}

	private static Map<String, Object> find(List<Object> list, String key, String code) {
		for (Object item : list) {
			if (item instanceof Map<?, ?> map && code.equals(String.valueOf(map.get(key)))) {
				return PackYaml.map(map);
			}
		}
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put(key, code);
		list.add(entry);
		return entry;
	}

	private static void write(Map<String, Object> part, List<Target> targets, Baseline baseline) {
		Map<Integer, Object> notes = new HashMap<>();
		if (part.get("targets") instanceof List<?> old) {
			for (Object item : old) {
				if (item instanceof Map<?, ?> map && map.get("year") instanceof Integer year
						&& map.get("note") != null) {
					notes.put(year, map.get("note"));
				}
			}
		}
		part.remove("baseline");
		part.remove("targets");
		if (baseline != null) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("year", baseline.year());
			map.put("value", baseline.value());
			part.put("baseline", map);
		}
		if (!targets.isEmpty()) {
			List<Object> list = new ArrayList<>();
			for (Target target : targets) {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("year", target.year());
				if (target.comparator() == Comparator.BETWEEN) {
					map.put("min", target.value());
					map.put("max", target.upper());
				}
				else {
					map.put("value", target.value());
				}
				if (notes.containsKey(target.year())) {
					map.put("note", notes.get(target.year()));
				}
				list.add(map);
			}
			part.put("targets", list);
		}
	}

	/** The text, after a comment of one or more lines. */
	public String dump(String comment) {
		return PackYaml.dump(this.root, comment);
	}

}
