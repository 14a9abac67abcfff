package org.corridor.observatory.monitor.targets;

/**
 * Published when the targets decomposed to zones were replaced, so that evaluations kept
 * from the old ones are forgotten once the transaction commits.
 *
 * @param planId the plan whose zone targets changed
 */
public record ZoneTargetsChanged(String planId) {
}
