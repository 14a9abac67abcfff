package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code zones.yaml}: the zone levels the plan uses and its zones, with their
 * hierarchy (which must not loop), declared areas, boundary landmarks, districts and
 * division codes, and whether a district is a reporting unit ({@code reporting: false} on
 * a district kept for another purpose, with a note; at least one district reports).
 */
final class ZoneReader {

	static final String FILE = "zones.yaml";

	private static final Set<String> SIDES = new LinkedHashSet<>(List.of("east", "south", "west", "north"));

	private final CrossReferences codes;

	ZoneReader(CrossReferences codes) {
		this.codes = codes;
	}

	List<Zone> read(Node root) {
		List<String> levels = new ArrayList<>();
		for (Object level : root.list("levels", true)) {
			levels.add(String.valueOf(level));
		}
		List<Zone> zones = new ArrayList<>();
		for (Node node : root.nodes("zones", true)) {
			Zone zone = readZone(node, levels);
			if (zone != null) {
				zones.add(zone);
			}
		}
		checkCycles(root, zones);
		if (zones.stream().anyMatch((zone) -> !zone.reporting())
				&& zones.stream().noneMatch((zone) -> zone.level() == ZoneLevel.DISTRICT && zone.reporting())) {
			root.problem("zones", "至少要有一个填报的区县（reporting: false 不能标在全部区县上）",
					"at least one district must report (reporting: false cannot be on every district)");
		}
		root.finish();
		return zones;
	}

	private Zone readZone(Node node, List<String> levels) {
		String code = this.codes.declare(node, "ZONE");
		ZoneLevel level = node.choice("level", ZoneLevel.class, true);
		if (level != null && !levels.contains(level.key())) {
			node.problem("level", "层级“" + level.key() + "”未在 levels 中列出",
					"level '" + level.key() + "' is not listed in levels");
		}
		String parent = this.codes.reference(node, "parent", "ZONE", false);
		LocalizedText name = node.localized("name", true);
		BigDecimal area = node.decimal("declared_area_km2", false);
		if (area != null && area.signum() <= 0) {
			node.problem("declared_area_km2", "面积应为正数", "the area must be positive");
		}
		Map<String, LocalizedText> landmarks = node.localizedMap("boundary_landmarks", SIDES);
		List<String> districts = this.codes.references(node, "districts", "ZONE");
		String adcode = node.text("adcode", false);
		if (adcode != null && !adcode.matches("\\d{6}(\\d{3})?")) {
			node.problem("adcode", "区划代码应为 6 位或 9 位数字", "a division code has 6 or 9 digits");
		}
		Boolean reporting = node.flag("reporting");
		if (reporting != null && level != null && level != ZoneLevel.DISTRICT) {
			node.problem("reporting", "只有区县（district）可标注是否为填报单位",
					"only a district can say whether it is a reporting unit");
		}
		LocalizedText note = node.localized("note", false);
		if (Boolean.FALSE.equals(reporting) && note == null) {
			node.problem("note", "不填报的区县须在 note 中说明为何收录",
					"a district that does not report needs a note saying why it is kept");
		}
		String source = this.codes.quote(node);
		node.finish();
		if (code == null || level == null || name == null) {
			return null;
		}
		return new Zone(code, level, parent, name, area, landmarks, districts, adcode, source,
				!Boolean.FALSE.equals(reporting));
	}

	/** Reports every zone whose chain of parents loops back on itself. */
	private static void checkCycles(Node root, List<Zone> zones) {
		Map<String, String> parents = new HashMap<>();
		zones.forEach((zone) -> parents.put(zone.code(), zone.parent()));
		for (Zone zone : zones) {
			Set<String> seen = new HashSet<>();
			String current = zone.code();
			while (current != null && seen.add(current)) {
				current = parents.get(current);
			}
			if (current != null) {
				root.problem("zones." + zone.code() + ".parent", "上级关系形成循环", "the parent chain loops back on itself");
			}
		}
	}

}
