package org.corridor.observatory.monitor.targets;

import java.util.List;

import org.corridor.observatory.plan.SumCheck;

/**
 * What an accepted zone-target upload stored.
 *
 * @param targets how many zone targets are stored
 * @param baselines how many zone baselines are stored
 * @param checks the sum checks of the decomposition now in force, partial ones flagged
 */
public record ZoneTargetImport(int targets, int baselines, List<SumCheck> checks) {

	public ZoneTargetImport {
		checks = List.copyOf(checks);
	}

	/** The checks that flag a decomposition to some parts only. */
	public List<SumCheck> flags() {
		return this.checks.stream().filter((check) -> check.outcome() == SumCheck.Outcome.PARTIAL).toList();
	}

}
