package org.corridor.observatory.scenario;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;

import org.corridor.observatory.foresight.Forecaster;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Target;

/**
 * The arithmetic of a scenario, apart from where its inputs come from: a series grown by
 * yearly rates, and the probability of meeting a target once the baseline forecast is
 * moved.
 * <p>
 * <b>Growth.</b> The year after the latest figure starts from that figure; from the first
 * year a rate applies, each year is the year before grown by the rate (percent a year, or
 * percentage points added a year); a year no rate applies to keeps the baseline forecast.
 * A later assumption's rate replaces an earlier one's from its year. Figures already
 * reported are never rewritten: a rate dated before the latest figure applies from the
 * year after it.
 * <p>
 * <b>Probability.</b> The scenario's outcome is taken to be as uncertain as the
 * baseline's: its distribution is the baseline forecast's, moved by the scenario's change
 * Δ in that year. The baseline's spread σ is read from its prediction interval (a normal
 * approximation: the interval's width over 2·z of the level). For a one-sided target the
 * baseline's own probability p₀ (from its simulated paths) fixes where the target lies in
 * that distribution, z₀ = Φ⁻¹(1 − p₀), and the scenario's probability is 1 − Φ(z₀ −
 * sΔ/σ), s = +1 when higher values meet it and −1 when lower ones do; so Δ = 0 gives p₀
 * back exactly. A band (between, or "about" for a range indicator) is judged on the
 * normal approximation around the moved value. Without a spread the outcome is met or
 * not.
 */
public final class ScenarioMath {

	/** The baseline probability is held within this of 0 and 1 so that Φ⁻¹ is finite. */
	static final double EDGE = 0.001;

	private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

	private ScenarioMath() {
	}

	/**
	 * A series grown by yearly rates.
	 * @param figures the reported figures by year
	 * @param baseline the baseline forecast by year (after the latest figure)
	 * @param rates the rates by the first year each applies from, in percent (or
	 * percentage points) a year
	 * @param points whether the rates are percentage points added a year
	 * @param lastYear the last year wanted
	 * @return the grown value of every year after the latest figure up to
	 * {@code lastYear}; null where it cannot be known
	 */
	public static Map<Integer, Double> grow(Map<Integer, Double> figures, Map<Integer, Double> baseline,
			Map<Integer, Double> rates, boolean points, int lastYear) {
		NavigableMap<Integer, Double> byYear = new TreeMap<>(rates);
		int latest = figures.keySet().stream().mapToInt(Integer::intValue).max().orElse(Integer.MIN_VALUE);
		int first = (latest != Integer.MIN_VALUE) ? latest + 1
				: baseline.keySet().stream().mapToInt(Integer::intValue).min().orElse(lastYear + 1);
		Map<Integer, Double> grown = new TreeMap<>();
		Double previous = (latest != Integer.MIN_VALUE) ? figures.get(latest) : null;
		for (int year = first; year <= lastYear; year++) {
			Map.Entry<Integer, Double> rate = byYear.floorEntry(year);
			Double value;
			if (rate == null) {
				value = baseline.get(year);
			}
			else if (previous == null) {
				value = null;
			}
			else {
				value = points ? previous + rate.getValue() : previous * (1 + rate.getValue() / 100);
			}
			grown.put(year, value);
			previous = value;
		}
		return grown;
	}

	/**
	 * The probability of meeting a target once the baseline forecast is moved by
	 * {@code delta}.
	 * @param target the target
	 * @param direction which way the indicator improves
	 * @param tolerance the relative tolerance of an "about" target
	 * @param value the baseline forecast's value in the target's year
	 * @param lower the baseline's prediction interval's lower end
	 * @param upper its upper end
	 * @param level the interval's coverage, e.g. 0.8
	 * @param probability the baseline's probability of meeting the target
	 * @param delta the scenario's change in that year
	 */
	public static double probability(Target target, Direction direction, double tolerance, double value, double lower,
			double upper, double level, double probability, double delta) {
		if (delta == 0) {
			return probability;
		}
		double sigma = (upper - lower) / (2 * NORMAL.inverseCumulativeProbability(0.5 + level / 2));
		if (!(sigma > 0) || Double.isInfinite(sigma)) {
			return Forecaster.meets(target, direction, value + delta, tolerance) ? 1 : 0;
		}
		Comparator comparator = target.comparator();
		double goal = target.value().doubleValue();
		boolean band = comparator == Comparator.BETWEEN
				|| ((comparator == Comparator.EQ || comparator == Comparator.APPROX) && direction == Direction.RANGE);
		if (band) {
			double low;
			double high;
			if (comparator == Comparator.BETWEEN) {
				low = goal;
				high = target.upper().doubleValue();
			}
			else {
				double slack = Math.max((comparator == Comparator.APPROX) ? Math.abs(goal) * tolerance : 0,
						Math.abs(goal) * tolerance);
				low = goal - slack;
				high = goal + slack;
			}
			double moved = value + delta;
			return NORMAL.cumulativeProbability((high - moved) / sigma)
					- NORMAL.cumulativeProbability((low - moved) / sigma);
		}
		int side = switch (comparator) {
			case GT, GE -> 1;
			case LT, LE -> -1;
			default -> (direction == Direction.LOWER) ? -1 : 1;
		};
		double anchored = Math.min(1 - EDGE, Math.max(EDGE, probability));
		double z = NORMAL.inverseCumulativeProbability(1 - anchored);
		return 1 - NORMAL.cumulativeProbability(z - side * delta / sigma);
	}

	/** The sum of the deltas, 0 for none. */
	static double sum(List<Double> deltas) {
		return deltas.stream().mapToDouble(Double::doubleValue).sum();
	}

}
