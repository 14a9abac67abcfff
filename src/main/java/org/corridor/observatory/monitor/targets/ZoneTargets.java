package org.corridor.observatory.monitor.targets;

import java.util.List;

import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanVersions;
import org.corridor.observatory.plan.ZoneBaseline;
import org.corridor.observatory.plan.ZoneTarget;

import org.springframework.stereotype.Component;

/**
 * The targets and baselines decomposed to zones (分解目标) of a version of the plan: its
 * {@code decomposition.yaml}, the pack's or that of the approved adjustment that changed
 * it. The evaluation asks it with the plan a year is evaluated under, so a past year is
 * measured against the decomposition of the version then in force; a zone it gives no
 * targets is shown by its contribution.
 */
@Component
public class ZoneTargets {

	private final PlanVersions versions;

	ZoneTargets(PlanVersions versions) {
		this.versions = versions;
	}

	/** The decomposition of the plan's version. */
	public Decomposition current(Plan plan) {
		return plan.decomposition();
	}

	/**
	 * What an adjustment gave the plan's version, beyond the pack's (version 1's):
	 * targets and baselines that differ from the pack's.
	 */
	public Decomposition uploaded(Plan plan) {
		Decomposition pack = this.versions.version(1).map(Plan::decomposition).orElse(Decomposition.empty());
		Decomposition own = plan.decomposition();
		List<ZoneTarget> targets = own.listTargets().stream().filter((t) -> !pack.listTargets().contains(t)).toList();
		List<ZoneBaseline> baselines = own.listBaselines()
			.stream()
			.filter((b) -> !pack.listBaselines().contains(b))
			.toList();
		return new Decomposition(targets, baselines, java.util.Map.of());
	}

}
