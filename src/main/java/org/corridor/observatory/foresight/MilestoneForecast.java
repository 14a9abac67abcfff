package org.corridor.observatory.foresight;

import org.corridor.observatory.plan.Target;

/**
 * A target still ahead, forecast: the value expected in its year, the interval, and the
 * probability of meeting it (the share of simulated paths that do).
 *
 * @param year the year the target is due
 * @param target the target
 * @param value the forecast value
 * @param lower the prediction interval's lower end
 * @param upper the prediction interval's upper end
 * @param probability the probability of meeting the target, 0 to 1
 */
public record MilestoneForecast(int year, Target target, double value, double lower, double upper, double probability) {

	/**
	 * The probability in whole percent as shown: "≥ 99" above 99 % and "≤ 1" below 1 %,
	 * since a thousand simulated paths cannot make a target certain either way.
	 */
	public String percentText() {
		return percentText(this.probability);
	}

	/**
	 * A probability (0 to 1) in whole percent as shown, by the rule of
	 * {@link #percentText()}.
	 */
	public static String percentText(double probability) {
		if (probability > 0.99) {
			return "≥ 99";
		}
		if (probability < 0.01) {
			return "≤ 1";
		}
		return String.valueOf(Math.round(probability * 100));
	}

}
