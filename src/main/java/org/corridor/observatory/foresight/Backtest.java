package org.corridor.observatory.foresight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Target;

/**
 * How well each method would have done (回测): the last {@link #HOLDOUT} figures of every
 * series are hidden (fewer when the rest would leave under
 * {@link Forecaster#MIN_FIGURES}), forecast from the figures before them and compared
 * with what was then reported.
 * <ul>
 * <li>MAPE: the mean of |forecast − figure| / |figure| over every hidden figure not
 * zero;</li>
 * <li>coverage: the share of hidden figures inside their prediction interval (an 80 %
 * interval should hold about 80 %);</li>
 * <li>Brier score: the mean of (p − o)² over events with a probability p and an outcome o
 * (1 or 0). The events are, for each hidden figure, "it is at least as good as the latest
 * figure seen" (higher or lower as the indicator improves) and any target of the plan due
 * in a hidden year. 0 is perfect, 0.25 what always saying 50 % scores.</li>
 * </ul>
 * A method that does not apply to a series (compound growth with a figure not above zero)
 * is left out of that series' numbers. The default is the method with the lowest MAPE on
 * the series every method could forecast, so that the methods are compared on the same
 * figures; with no such series, the linear trend by rule.
 */
public final class Backtest {

	/** Figures hidden at the end of each series. */
	public static final int HOLDOUT = 2;

	private final Forecaster forecaster;

	public Backtest(Forecaster forecaster) {
		this.forecaster = forecaster;
	}

	/**
	 * One series to test.
	 *
	 * @param label what it is (indicator and zone)
	 * @param years the figures' years, ascending
	 * @param values the figures
	 * @param direction which way the indicator improves
	 * @param targets the plan's targets for the series
	 */
	public record Series(String label, int[] years, double[] values, Direction direction, List<Target> targets) {
	}

	public BacktestReport run(List<Series> all, double approxTolerance) {
		Map<Method, Tally> tallies = new EnumMap<>(Method.class);
		for (Method method : Method.values()) {
			tallies.put(method, new Tally());
		}
		int tested = 0;
		int commonSeries = 0;
		for (Series series : all) {
			int n = series.years().length;
			int k = Math.min(HOLDOUT, n - Forecaster.MIN_FIGURES);
			if (k < 1) {
				continue;
			}
			tested++;
			int seen = n - k;
			int[] years = java.util.Arrays.copyOf(series.years(), seen);
			double[] values = java.util.Arrays.copyOf(series.values(), seen);
			double latest = values[seen - 1];
			boolean lower = series.direction() == Direction.LOWER;
			List<Target> events = new ArrayList<>();
			for (int i = seen; i < n; i++) {
				int year = series.years()[i];
				events.add(new Target(year, lower ? Comparator.LE : Comparator.GE, BigDecimal.valueOf(latest), null));
				series.targets().stream().filter((t) -> t.year() == year).forEach(events::add);
			}
			Map<Method, MethodForecast> forecasts = new EnumMap<>(Method.class);
			for (Method method : Method.values()) {
				forecasts.put(method, this.forecaster.forecast(method, years, values, series.direction(), events,
						series.years()[n - 1]));
			}
			boolean common = forecasts.values().stream().allMatch(MethodForecast::available);
			if (common) {
				commonSeries++;
			}
			for (Method method : Method.values()) {
				MethodForecast forecast = forecasts.get(method);
				if (!forecast.available()) {
					continue;
				}
				Tally tally = tallies.get(method);
				tally.series++;
				for (int i = seen; i < n; i++) {
					double actual = series.values()[i];
					YearForecast at = forecast.at(series.years()[i]);
					tally.points++;
					if (actual != 0) {
						double ape = Math.abs(at.value() - actual) / Math.abs(actual);
						tally.ape += ape;
						tally.apePoints++;
						if (common) {
							tally.commonApe += ape;
							tally.commonApePoints++;
						}
					}
					if (actual >= at.lower() && actual <= at.upper()) {
						tally.covered++;
					}
				}
				for (MilestoneForecast event : forecast.milestones()) {
					double actual = series.values()[indexOf(series.years(), event.year())];
					double outcome = Forecaster.meets(event.target(), series.direction(), actual, approxTolerance) ? 1
							: 0;
					tally.brier += (event.probability() - outcome) * (event.probability() - outcome);
					tally.events++;
				}
			}
		}
		List<BacktestReport.MethodScore> scores = new ArrayList<>();
		Method best = Method.LINEAR;
		double bestMape = Double.POSITIVE_INFINITY;
		for (Method method : Method.values()) {
			Tally tally = tallies.get(method);
			Double mape = (tally.apePoints > 0) ? tally.ape / tally.apePoints : null;
			Double coverage = (tally.points > 0) ? (double) tally.covered / tally.points : null;
			Double brier = (tally.events > 0) ? tally.brier / tally.events : null;
			Double commonMape = (tally.commonApePoints > 0) ? tally.commonApe / tally.commonApePoints : null;
			scores.add(new BacktestReport.MethodScore(method, tally.series, tally.points, mape, coverage, brier,
					tally.events, commonMape));
			if (commonMape != null && commonMape < bestMape) {
				bestMape = commonMape;
				best = method;
			}
		}
		return new BacktestReport(HOLDOUT, this.forecaster.level(), all.size(), tested, commonSeries, scores, best,
				bestMape == Double.POSITIVE_INFINITY);
	}

	private static int indexOf(int[] years, int year) {
		for (int i = 0; i < years.length; i++) {
			if (years[i] == year) {
				return i;
			}
		}
		throw new IllegalStateException("no figure for " + year);
	}

	private static final class Tally {

		int series;

		int points;

		int apePoints;

		double ape;

		int covered;

		double brier;

		int events;

		double commonApe;

		int commonApePoints;

	}

}
