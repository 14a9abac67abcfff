package org.corridor.observatory.plan;

/**
 * Published when a new version of the plan's indicator system is approved; listeners act
 * after its transaction commits (kept evaluations are forgotten).
 *
 * @param planId the plan
 * @param number the new version's number
 */
public record PlanAdjusted(String planId, int number) {
}
