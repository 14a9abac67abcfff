package org.corridor.observatory.foresight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Target;

/**
 * Forecasts one series by one {@link Method}: the value in each later year with its
 * prediction interval (Student's t, n − 2 degrees of freedom), and the probability of
 * meeting each target from simulated paths.
 * <p>
 * The simulation is a residual bootstrap, seeded ({@link Well19937c}) so that the same
 * figures give the same numbers: each draw puts resampled residuals (scaled by √(n/(n−2))
 * so that their spread is not understated) on the fitted line, fits the line again, and
 * adds a further resampled residual to every forecast year. The share of draws meeting a
 * target is its probability; the draws' 10th to 90th percentiles per year draw the fan. A
 * compound-growth forecast does all this on the logarithms and takes e^x.
 */
public final class Forecaster {

	/** The fewest figures a forecast needs: a line and one degree of freedom. */
	public static final int MIN_FIGURES = 3;

	private final int draws;

	private final long seed;

	private final double level;

	private final double approxTolerance;

	/**
	 * @param draws simulated paths per forecast
	 * @param seed the generator's seed
	 * @param level the prediction interval's coverage, e.g. 0.8
	 * @param approxTolerance the relative tolerance of an "about" (≈) target
	 */
	public Forecaster(int draws, long seed, double level, double approxTolerance) {
		this.draws = draws;
		this.seed = seed;
		this.level = level;
		this.approxTolerance = approxTolerance;
	}

	public double level() {
		return this.level;
	}

	/**
	 * The forecast of a series up to {@code lastYear}.
	 * @param years the figures' years, ascending
	 * @param values the figures
	 * @param direction which way the indicator improves
	 * @param targets the targets to judge, each due after the latest figure
	 * @param lastYear the last year to forecast
	 */
	public MethodForecast forecast(Method method, int[] years, double[] values, Direction direction,
			List<Target> targets, int lastYear) {
		int n = years.length;
		if (n < MIN_FIGURES) {
			return MethodForecast.unavailable(method, "少于 " + MIN_FIGURES + " 个数据,无法评估",
					"fewer than " + MIN_FIGURES + " figures: cannot assess");
		}
		boolean log = method == Method.COMPOUND;
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			if (log && values[i] <= 0) {
				return MethodForecast.unavailable(method, "有数值不大于零,复合增长不适用",
						"a figure is not above zero: compound growth does not apply");
			}
			y[i] = log ? Math.log(values[i]) : values[i];
		}
		int latest = years[n - 1];
		double[] t = new double[n];
		double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = years[i] - latest;
			w[i] = method.weight(latest - years[i]);
		}
		Line line = Line.fit(t, y, w);
		int horizon = lastYear - latest;
		if (horizon < 1) {
			return MethodForecast.unavailable(method, "没有待预测的年份", "no year left to forecast");
		}
		double tq = (line.s > 0) ? new TDistribution(n - 2).inverseCumulativeProbability(0.5 + this.level / 2) : 0;
		double[][] simulated = simulate(line, t, w, horizon);
		Percentile percentile = new Percentile();
		List<YearForecast> path = new ArrayList<>();
		for (int h = 1; h <= horizon; h++) {
			double mid = line.at(h);
			double half = tq * line.predictionSe(h);
			double[] draws = simulated[h - 1];
			percentile.setData(draws);
			path.add(new YearForecast(latest + h, back(mid, log), back(mid - half, log), back(mid + half, log),
					back(percentile.evaluate(10), log), back(percentile.evaluate(25), log),
					back(percentile.evaluate(50), log), back(percentile.evaluate(75), log),
					back(percentile.evaluate(90), log)));
		}
		List<MilestoneForecast> milestones = new ArrayList<>();
		for (Target target : targets) {
			int h = target.year() - latest;
			if (h < 1 || h > horizon) {
				continue;
			}
			int met = 0;
			for (double draw : simulated[h - 1]) {
				if (meets(target, direction, back(draw, log), this.approxTolerance)) {
					met++;
				}
			}
			YearForecast at = path.get(h - 1);
			milestones.add(new MilestoneForecast(target.year(), target, at.value(), at.lower(), at.upper(),
					(double) met / this.draws));
		}
		double growth = log ? Math.expm1(line.slope) : Double.NaN;
		return new MethodForecast(method, true, null, null, n, line.slope, Double.isNaN(growth) ? null : growth, line.s,
				path, milestones);
	}

	/** Draws × years of simulated figures on the model scale, [year][draw]. */
	private double[][] simulate(Line line, double[] t, double[] w, int horizon) {
		int n = t.length;
		double inflate = Math.sqrt((double) n / (n - 2));
		double mean = 0;
		for (double r : line.scaledResiduals) {
			mean += r;
		}
		mean /= n;
		double[] pool = new double[n];
		for (int i = 0; i < n; i++) {
			pool[i] = (line.scaledResiduals[i] - mean) * inflate;
		}
		RandomGenerator random = new Well19937c(this.seed);
		double[][] out = new double[horizon][this.draws];
		double[] y = new double[n];
		for (int d = 0; d < this.draws; d++) {
			for (int i = 0; i < n; i++) {
				y[i] = line.fitted[i] + pool[random.nextInt(n)] / Math.sqrt(w[i]);
			}
			Line again = Line.fit(t, y, w);
			for (int h = 1; h <= horizon; h++) {
				out[h - 1][d] = again.at(h) + pool[random.nextInt(n)];
			}
		}
		return out;
	}

	private static double back(double value, boolean log) {
		return log ? Math.exp(value) : value;
	}

	/**
	 * Whether a value meets a target, the way the indicator improves: a target stated "="
	 * or "≈" of an indicator for which higher (lower) is better is met by any value at or
	 * above (below) it, less (plus) the tolerance for "≈"; of a range indicator, within
	 * the tolerance around it. Other comparators say it themselves.
	 */
	public static boolean meets(Target target, Direction direction, double value, double approxTolerance) {
		Comparator comparator = target.comparator();
		double goal = target.value().doubleValue();
		if (comparator == Comparator.EQ || comparator == Comparator.APPROX) {
			double slack = (comparator == Comparator.APPROX) ? Math.abs(goal) * approxTolerance : 0;
			return switch (direction) {
				case HIGHER -> value >= goal - slack;
				case LOWER -> value <= goal + slack;
				case RANGE -> Math.abs(value - goal) <= Math.max(slack, Math.abs(goal) * approxTolerance);
			};
		}
		return target.isMetBy(BigDecimal.valueOf(value), BigDecimal.valueOf(approxTolerance));
	}

}
