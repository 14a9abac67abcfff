package org.corridor.observatory.monitor.targets;

import java.util.List;

import org.corridor.observatory.plan.SumCheck;

/**
 * What an accepted zone-target upload proposed.
 *
 * @param targets how many zone targets the file gives
 * @param baselines how many zone baselines the file gives
 * @param checks the sum checks of the decomposition the proposal makes, partial ones
 * flagged
 * @param proposal the id of the plan adjustment that carries them, waiting for the
 * corridor approver
 * @param state where that adjustment stands ({@code PROPOSED})
 */
public record ZoneTargetImport(int targets, int baselines, List<SumCheck> checks, long proposal, String state) {

	public ZoneTargetImport {
		checks = List.copyOf(checks);
	}

	/** The checks that flag a decomposition to some parts only. */
	public List<SumCheck> flags() {
		return this.checks.stream().filter((check) -> check.outcome() == SumCheck.Outcome.PARTIAL).toList();
	}

}
