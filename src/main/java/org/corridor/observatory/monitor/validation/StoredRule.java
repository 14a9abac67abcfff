package org.corridor.observatory.monitor.validation;

import java.time.Instant;

import org.corridor.observatory.plan.FigureRule;

/**
 * A rule between figures as kept in the database.
 *
 * @param id its row
 * @param rule the rule
 * @param origin {@code pack} when seeded from the pack, {@code admin} when added on the
 * rules page or by Excel
 * @param changedBy who last changed it
 * @param changedAt when
 */
public record StoredRule(long id, FigureRule rule, String origin, String changedBy, Instant changedAt) {
}
