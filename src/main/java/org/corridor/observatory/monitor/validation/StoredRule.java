package org.corridor.observatory.monitor.validation;

import org.corridor.observatory.plan.FigureRule;

/**
 * A rule between figures as the version of the plan in force has it.
 *
 * @param rule the rule
 * @param origin {@code pack} when version 1 (the pack as loaded) has it as it is,
 * {@code adjustment} when an approved adjustment added or changed it
 * @param version the number of the version in force
 */
public record StoredRule(FigureRule rule, String origin, int version) {
}
