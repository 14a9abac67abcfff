package org.corridor.observatory.monitor.round;

import java.time.Instant;

/**
 * A step of a zone's figures through a round, kept for good.
 *
 * @param zone the zone
 * @param action what was done ({@code save}, {@code submit}, {@code approve},
 * {@code return}, {@code publish}, {@code unapprove})
 * @param from the state before, or null when the zone entered the round
 * @param to the state after
 * @param actor who did it
 * @param at when
 * @param note the comment or reason given, or null
 */
public record RoundEvent(String zone, String action, RoundState from, RoundState to, String actor, Instant at,
		String note) {
}
