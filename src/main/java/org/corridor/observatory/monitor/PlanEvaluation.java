package org.corridor.observatory.monitor;

import java.util.List;

/**
 * Where the whole plan stands in one year for one zone: every indicator evaluated, rolled
 * up by goal and by category.
 *
 * @param planId the plan
 * @param year the year evaluated
 * @param zoneCode the zone evaluated
 * @param indicators one evaluation per indicator of the plan
 * @param byGoal roll-up by goal
 * @param byCategory roll-up by category
 * @param demo whether any figure behind it is demo data
 * @param unpublished whether any figure used is not yet published (未审定)
 * @param planVersion the number of the plan version (规划版本) evaluated: the one in force in
 * that year
 */
public record PlanEvaluation(String planId, int year, String zoneCode, List<IndicatorEvaluation> indicators,
		List<RollUp> byGoal, List<RollUp> byCategory, boolean demo, boolean unpublished, int planVersion) {
}
