package org.corridor.observatory.monitor.round;

import java.time.Instant;

/**
 * Where one zone stands in a round.
 *
 * @param zone the zone
 * @param state its state
 * @param changedAt when it last changed
 * @param changedBy who changed it
 * @param filled how many of the round's indicators have a figure
 * @param overdue whether the deadline has passed while it is not yet submitted
 */
public record ZoneProgress(String zone, RoundState state, Instant changedAt, String changedBy, int filled,
		boolean overdue) {
}
