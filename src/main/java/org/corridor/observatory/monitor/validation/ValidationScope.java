package org.corridor.observatory.monitor.validation;

/**
 * What a validation run covers: the whole database, one round (its figures laid over the
 * published ones), or one zone.
 *
 * @param round the round, or null
 * @param zone the zone, or null
 */
public record ValidationScope(Long round, String zone) {

	public static final ValidationScope ALL = new ValidationScope(null, null);

	public static ValidationScope ofRound(long round) {
		return new ValidationScope(round, null);
	}

	public static ValidationScope ofZone(String zone) {
		return new ValidationScope(null, zone);
	}

	public String describe() {
		if (this.round != null) {
			return "round " + this.round;
		}
		return (this.zone != null) ? "zone " + this.zone : "all";
	}

}
