package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional {@code decomposition.yaml}: the plan's targets decomposed to zones
 * (分解目标) with the zones' own baselines. A zone target is due in a year the plan has a
 * target for the indicator and takes that target's comparator; the root zone gets none
 * (its targets are the plan's); an indicator's zones are listed once. The parts of an
 * additive indicator must add up to the plan's target ({@link Decomposition#check}); a
 * mismatch is a problem at the indicator's entry, a partial decomposition is not.
 * Indicator and zone codes are checked with the pack's other references; an entry whose
 * indicator or zone did not read is left out without a second problem.
 */
final class DecompositionReader {

	static final String FILE = "decomposition.yaml";

	private final CrossReferences codes;

	private final PlanHeader header;

	private final Map<String, Indicator> indicators = new HashMap<>();

	private final Map<String, Zone> zones = new HashMap<>();

	private final List<Indicator> indicatorList;

	private final List<Zone> zoneList;

	private final String root;

	/** The header may be null when {@code plan.yaml} is invalid; years go unchecked. */
	DecompositionReader(CrossReferences codes, PlanHeader header, List<Indicator> indicators, List<Zone> zones) {
		this.codes = codes;
		this.header = header;
		this.indicatorList = indicators;
		this.zoneList = zones;
		indicators.forEach((indicator) -> this.indicators.put(indicator.code().value(), indicator));
		zones.forEach((zone) -> this.zones.put(zone.code(), zone));
		this.root = zones.stream().filter((zone) -> zone.parent() == null).map(Zone::code).findFirst().orElse(null);
	}

	Decomposition read(Node root) {
		List<ZoneTarget> targets = new ArrayList<>();
		List<ZoneBaseline> baselines = new ArrayList<>();
		Map<String, Boolean> additive = new HashMap<>();
		Map<String, Node> entries = new HashMap<>();
		for (Node entry : root.nodes("decomposition", false)) {
			String code = this.codes.reference(entry, "indicator", "INDICATOR", true);
			String stated = entry.oneOf("additive", Set.of("true", "false"), false);
			Indicator indicator = (code != null) ? this.indicators.get(code) : null;
			if (code != null && entries.putIfAbsent(code, entry) != null) {
				entry.problem("indicator", "指标 " + code + " 的分解重复", "indicator " + code + " is decomposed twice");
			}
			if (code != null && stated != null) {
				additive.put(code, Boolean.valueOf(stated));
			}
			Set<String> seen = new HashSet<>();
			for (Node part : entry.nodes("zones", true)) {
				readZone(part, indicator, seen, targets, baselines);
			}
			entry.finish();
		}
		root.finish();
		Decomposition decomposition = new Decomposition(targets, baselines, additive);
		for (SumCheck check : decomposition.check(this.indicatorList, this.zoneList)) {
			Node entry = entries.get(check.indicator());
			if (check.refused() && entry != null) {
				entry.problem("zones", "分解目标加总不等于全域目标:" + check.zh(),
						"the zone targets do not add up to the corridor's: " + check.en());
			}
		}
		return decomposition;
	}

	private void readZone(Node part, Indicator indicator, Set<String> seen, List<ZoneTarget> targets,
			List<ZoneBaseline> baselines) {
		String zoneCode = this.codes.reference(part, "zone", "ZONE", true);
		Zone zone = (zoneCode != null) ? this.zones.get(zoneCode) : null;
		if (zone != null && zone.code().equals(this.root)) {
			part.problem("zone", "全域的目标就是规划目标,不能再分解给全域", "the root zone's targets are the plan's own");
			zone = null;
		}
		if (zoneCode != null && !seen.add(zoneCode)) {
			part.problem("zone", "区域 " + zoneCode + " 在此指标下重复", "zone " + zoneCode + " is listed twice");
		}
		Baseline baseline = Baseline.read(part, this.header);
		int previous = Integer.MIN_VALUE;
		for (Node node : part.nodes("targets", false)) {
			Integer year = node.year("year", true);
			Optional<Target> whole = (indicator != null && year != null)
					? indicator.targets().stream().filter((t) -> t.year() == year).findFirst() : Optional.empty();
			if (indicator != null && year != null && whole.isEmpty()) {
				node.problem("year", "全域在 " + year + " 年没有此指标的目标,无从分解",
						"the plan has no target for this indicator in " + year + " to decompose");
			}
			if (year != null && year <= previous) {
				node.problem("year", "目标应按年份递增排列", "targets must be in increasing year order");
			}
			if (year != null) {
				previous = year;
			}
			Target target = whole.map((w) -> readTarget(node, w)).orElse(null);
			if (whole.isEmpty()) {
				node.decimal("value", false);
				node.decimal("min", false);
				node.decimal("max", false);
			}
			node.localized("note", false);
			node.finish();
			if (target != null && indicator != null && zone != null) {
				targets.add(new ZoneTarget(indicator.code().value(), zone.code(), target));
			}
		}
		part.finish();
		if (baseline != null && indicator != null && zone != null) {
			baselines.add(new ZoneBaseline(indicator.code().value(), zone.code(), baseline));
		}
	}

	/** The zone's target in the plan target's year, stated with its comparator. */
	private static Target readTarget(Node node, Target whole) {
		if (whole.comparator() == Comparator.BETWEEN) {
			BigDecimal min = node.decimal("min", true);
			BigDecimal max = node.decimal("max", true);
			if (min != null && max != null && min.compareTo(max) > 0) {
				node.problem("min", "区间下限大于上限", "the lower bound exceeds the upper bound");
				return null;
			}
			return (min != null && max != null) ? new Target(whole.year(), whole.comparator(), min, max) : null;
		}
		BigDecimal value = node.decimal("value", true);
		return (value != null) ? new Target(whole.year(), whole.comparator(), value, null) : null;
	}

}
