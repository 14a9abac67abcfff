package org.corridor.observatory.monitor;

/**
 * The thresholds that turn a performance ratio R = C/τ into a status: R at or above
 * {@code onTrack} is on track (序时推进), at or above {@code lagging} lagging (滞后), below it
 * off track (严重滞后). {@code approxTolerance} is how far, relative to the target, a value
 * may be from an "about" (约) target and still meet it.
 *
 * @param onTrack the lowest ratio that is on track
 * @param lagging the lowest ratio that is lagging rather than off track
 * @param approxTolerance the relative tolerance of an "about" target, e.g. 0.05 for ±5%
 */
public record EvaluationBands(double onTrack, double lagging, double approxTolerance) {

	public EvaluationBands {
		if (!(lagging > 0 && lagging <= onTrack)) {
			throw new IllegalArgumentException(
					"bands must satisfy 0 < lagging <= on-track, got lagging " + lagging + ", on-track " + onTrack);
		}
		if (!(approxTolerance >= 0)) {
			throw new IllegalArgumentException("the approximate tolerance must not be negative: " + approxTolerance);
		}
	}

	/**
	 * The bands of the issue: on track from 0.95, lagging from 0.85, "about" within 5%.
	 */
	public static EvaluationBands defaults() {
		return new EvaluationBands(0.95, 0.85, 0.05);
	}

}
