package org.corridor.observatory.foresight;

/**
 * The forecast of one year: the value on the fitted line, its prediction interval (the
 * forecaster's level, 80 % by default) and the simulated paths' percentiles for the fan.
 *
 * @param year the year
 * @param value the value on the fitted line
 * @param lower the prediction interval's lower end
 * @param upper the prediction interval's upper end
 * @param p10 10th percentile of the simulated paths
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p90 90th percentile
 */
public record YearForecast(int year, double value, double lower, double upper, double p10, double p25, double p50,
		double p75, double p90) {
}
