package org.corridor.observatory.monitor.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reporting round: one year's figures of some indicators, asked of some zones by a
 * deadline.
 *
 * @param id its number
 * @param planId the plan
 * @param year the year the figures are for
 * @param title what the round is called
 * @param deadline the last day to submit
 * @param indicators the indicators asked for
 * @param zones the zones asked
 * @param openedBy who opened it
 * @param openedAt when
 */
public record Round(long id, String planId, int year, String title, LocalDate deadline, List<String> indicators,
		List<String> zones, String openedBy, Instant openedAt) {

	public Round {
		indicators = List.copyOf(indicators);
		zones = List.copyOf(zones);
	}

}
