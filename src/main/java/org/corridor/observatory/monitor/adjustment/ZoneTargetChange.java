package org.corridor.observatory.monitor.adjustment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Target;

/**
 * What a proposal does to one indicator's decomposition to one zone (分解目标): its targets
 * and baseline before and after.
 *
 * @param indicator the indicator
 * @param zone the zone
 * @param before the zone's targets as the latest version has them
 * @param after as proposed
 * @param baselineBefore the zone's baseline before, or null
 * @param baselineAfter as proposed, or null
 */
public record ZoneTargetChange(String indicator, String zone, List<Target> before, List<Target> after,
		Baseline baselineBefore, Baseline baselineAfter) {

	/** The change in one line, for the audit. */
	public String line() {
		return this.indicator + " " + this.zone + ": " + describe(this.before, this.baselineBefore) + " → "
				+ describe(this.after, this.baselineAfter);
	}

	/** Targets and baseline as one text: "2025 ≥ 1100; baseline 2020 600", or "—". */
	public static String describe(List<Target> targets, Baseline baseline) {
		List<String> parts = new ArrayList<>();
		targets.forEach((t) -> parts.add(t.year() + " " + t.describe()));
		if (baseline != null) {
			parts.add("基期 / baseline " + baseline.year() + " " + baseline.value().stripTrailingZeros().toPlainString());
		}
		return parts.isEmpty() ? "—" : String.join("; ", parts);
	}

	public String describeBefore() {
		return describe(this.before, this.baselineBefore);
	}

	public String describeAfter() {
		return describe(this.after, this.baselineAfter);
	}

	/** Every indicator and zone whose targets or baseline differ, in code order. */
	static List<ZoneTargetChange> between(Decomposition before, Decomposition after) {
		Set<String> pairs = new LinkedHashSet<>();
		for (Decomposition d : List.of(before, after)) {
			d.listTargets().forEach((t) -> pairs.add(t.indicator() + "|" + t.zone()));
			d.listBaselines().forEach((b) -> pairs.add(b.indicator() + "|" + b.zone()));
		}
		List<ZoneTargetChange> changes = new ArrayList<>();
		for (String pair : pairs.stream().sorted().collect(Collectors.toList())) {
			String indicator = pair.substring(0, pair.indexOf('|'));
			String zone = pair.substring(pair.indexOf('|') + 1);
			List<Target> old = before.targetsFor(indicator, zone);
			List<Target> now = after.targetsFor(indicator, zone);
			Optional<Baseline> oldBase = before.findBaseline(indicator, zone);
			Optional<Baseline> newBase = after.findBaseline(indicator, zone);
			if (!same(old, now) || !sameBaseline(oldBase.orElse(null), newBase.orElse(null))) {
				changes
					.add(new ZoneTargetChange(indicator, zone, old, now, oldBase.orElse(null), newBase.orElse(null)));
			}
		}
		return changes;
	}

	private static boolean same(List<Target> a, List<Target> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			Target x = a.get(i);
			Target y = b.get(i);
			if (x.year() != y.year() || x.comparator() != y.comparator() || x.value().compareTo(y.value()) != 0
					|| !Objects.equals(x.upper() == null, y.upper() == null)
					|| (x.upper() != null && x.upper().compareTo(y.upper()) != 0)) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameBaseline(Baseline a, Baseline b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.year() == b.year() && a.value().compareTo(b.value()) == 0;
	}

}
