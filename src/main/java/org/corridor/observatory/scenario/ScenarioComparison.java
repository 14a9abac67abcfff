package org.corridor.observatory.scenario;

import java.util.List;

/**
 * Scenarios run side by side in one zone (情景比较): all share the same baseline, so the
 * runs' indicators and milestones line up, position for position.
 *
 * @param planId the plan
 * @param zoneCode the zone
 * @param asOfYear the baseline's latest year
 * @param runs one per scenario, in the order asked for
 * @param demo whether any run rests on demo data
 */
public record ScenarioComparison(String planId, String zoneCode, int asOfYear, List<ScenarioRun> runs, boolean demo) {

	public ScenarioComparison {
		runs = List.copyOf(runs);
	}

}
