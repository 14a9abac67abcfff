package org.corridor.observatory.registry.enterprise;

import java.time.LocalDate;

/**
 * A cultivation tier (培育梯队) a firm held: the day it was granted and, when it has been
 * lost or revoked, the day it ended. A tier still held has no end.
 *
 * @param tier the tier's code, one of the plan's
 * @param gained the day the tier was granted
 * @param lost the day it ended, never before {@code gained}; null while still held
 */
public record TierEvent(String tier, LocalDate gained, LocalDate lost) {

	public TierEvent {
		if (tier == null || gained == null) {
			throw new IllegalArgumentException("a tier event needs a tier and the day it was gained");
		}
		if (lost != null && lost.isBefore(gained)) {
			throw new IllegalArgumentException(
					"tier " + tier + " lost on " + lost + ", before it was gained on " + gained);
		}
	}

	/** Whether the tier was held on {@code day}. */
	public boolean heldOn(LocalDate day) {
		return !day.isBefore(this.gained) && (this.lost == null || day.isBefore(this.lost));
	}

}
