package org.corridor.observatory.foresight;

import java.util.List;

/**
 * What the backtest found (回测结果), per method, and the method chosen as default.
 *
 * @param holdout figures hidden at the end of each series
 * @param level the prediction intervals' nominal coverage
 * @param series the series offered
 * @param tested the series long enough to test
 * @param common the tested series every method could forecast: the ones the choice rests
 * on
 * @param methods each method's scores
 * @param chosen the method with the lowest MAPE on the common series: the default
 * @param fallback whether no series could be tested by every method, so that the default
 * is the linear trend by rule rather than by evidence
 */
public record BacktestReport(int holdout, double level, int series, int tested, int common, List<MethodScore> methods,
		Method chosen, boolean fallback) {

	public BacktestReport {
		methods = List.copyOf(methods);
	}

	/**
	 * One method's backtest.
	 *
	 * @param method the method
	 * @param series series it forecast
	 * @param points hidden figures it forecast
	 * @param mape mean absolute percentage error, 0 to 1, or null
	 * @param coverage share of hidden figures inside the interval, or null
	 * @param brier Brier score of the probabilities, or null
	 * @param events events scored by the Brier score
	 * @param commonMape the MAPE on the series every method could forecast, or null
	 */
	public record MethodScore(Method method, int series, int points, Double mape, Double coverage, Double brier,
			int events, Double commonMape) {
	}

}
