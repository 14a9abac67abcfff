package org.corridor.observatory.foresight;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Forecasts checked against numbers worked out by hand and in closed form. */
class ForecasterTest {

	private static final int[] YEARS = { 2018, 2019, 2020, 2021, 2022 };

	private static final double[] VALUES = { 10, 12, 15, 15, 18 };

	private final Forecaster forecaster = new Forecaster(4000, 42, 0.8, 0.05);

	/**
	 * t = −4…0 (years before 2022), y = 10, 12, 15, 15, 18: b = Sxy/Sxx = 19/10 = 1.9, a
	 * = ȳ − b·t̄ = 14 + 1.9·2 = 17.8; in 2025 (t = 3) ŷ = 23.5. SSE = 1.9, s = √(1.9/3) =
	 * 0.79582; se = s·√(1 + 1/5 + 25/10) = 1.53080; t(0.9, 3) = 1.63774, so the 80 %
	 * interval is 23.5 ± 2.50705 = [20.99295, 26.00705].
	 */
	@Test
	void linearTrendAndItsIntervalAsWorkedByHand() {
		MethodForecast forecast = this.forecaster.forecast(Method.LINEAR, YEARS, VALUES, Direction.HIGHER, List.of(),
				2025);
		assertThat(forecast.slope()).isCloseTo(1.9, within(1e-9));
		assertThat(forecast.residualSe()).isCloseTo(0.7958224, within(1e-6));
		YearForecast at = forecast.at(2025);
		assertThat(at.value()).isCloseTo(23.5, within(1e-9));
		assertThat(at.lower()).isCloseTo(20.9929491, within(1e-6));
		assertThat(at.upper()).isCloseTo(26.0070509, within(1e-6));
		assertThat(forecast.path()).extracting(YearForecast::year).containsExactly(2023, 2024, 2025);
	}

	/**
	 * Weights 2^(−k/2) for k = 4…0 years back: ¼, 0.35355, ½, 0.70711, 1. Weighted means
	 * and sums give b = 1.88208, a = 17.76824, so 2025 is 17.76824 + 3·1.88208 =
	 * 23.41448.
	 */
	@Test
	void timeWeightedTrendAsWorkedByHand() {
		MethodForecast forecast = this.forecaster.forecast(Method.WEIGHTED, YEARS, VALUES, Direction.HIGHER, List.of(),
				2025);
		assertThat(forecast.slope()).isCloseTo(1.8820812, within(1e-6));
		assertThat(forecast.at(2025).value()).isCloseTo(23.4144841, within(1e-6));
	}

	/** y = 100·1.1^k exactly: compound growth finds 10 % a year and 2025 = 100·1.1^7. */
	@Test
	void compoundGrowthFindsTheRate() {
		double[] values = new double[5];
		for (int i = 0; i < 5; i++) {
			values[i] = 100 * Math.pow(1.1, i);
		}
		MethodForecast forecast = this.forecaster.forecast(Method.COMPOUND, YEARS, values, Direction.HIGHER, List.of(),
				2025);
		assertThat(forecast.growthRate()).isCloseTo(0.1, within(1e-9));
		assertThat(forecast.at(2025).value()).isCloseTo(100 * Math.pow(1.1, 7), within(1e-6));
		assertThat(this.forecaster
			.forecast(Method.COMPOUND, YEARS, new double[] { 1, 0, 2, 3, 4 }, Direction.HIGHER, List.of(), 2025)
			.available()).isFalse();
	}

	/**
	 * A pure line with Gaussian noise of known σ = 2 over 15 years: the probability of
	 * reaching T three years on is, in closed form from the fit, 1 − F_t((T − ŷ)/se) with
	 * 13 degrees of freedom; the bootstrap's share of paths must agree within 0.04. And
	 * it is near the true 1 − Φ((T − μ)/σ) of the known line too.
	 */
	@Test
	void probabilityOfALinearSeriesWithGaussianNoiseMatchesTheClosedForm() {
		Well19937c random = new Well19937c(7);
		NormalDistribution noise = new NormalDistribution(random, 0, 2);
		int n = 15;
		int[] years = new int[n];
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			years[i] = 2008 + i;
			values[i] = 50 + 3 * i + noise.sample();
		}
		double trueMean = 50 + 3 * (n - 1 + 3);
		double goal = trueMean + 1.0;
		Target target = new Target(2025, Comparator.GE, BigDecimal.valueOf(goal), null);
		MethodForecast forecast = this.forecaster.forecast(Method.LINEAR, years, values, Direction.HIGHER,
				List.of(target), 2025);
		YearForecast at = forecast.at(2025);
		double se = (at.upper() - at.value()) / new TDistribution(n - 2).inverseCumulativeProbability(0.9);
		double closedForm = 1 - new TDistribution(n - 2).cumulativeProbability((goal - at.value()) / se);
		double simulated = forecast.milestones().get(0).probability();
		assertThat(simulated).isCloseTo(closedForm, within(0.04));
		double truth = 1 - new NormalDistribution(0, 2).cumulativeProbability(1.0);
		assertThat(simulated).isCloseTo(truth, within(0.15));
	}

	@Test
	void directionDecidesWhatMeetingAnEqualTargetMeans() {
		Target about = new Target(2025, Comparator.APPROX, BigDecimal.valueOf(100), null);
		assertThat(Forecaster.meets(about, Direction.HIGHER, 120, 0.05)).isTrue();
		assertThat(Forecaster.meets(about, Direction.LOWER, 120, 0.05)).isFalse();
		assertThat(Forecaster.meets(about, Direction.RANGE, 104, 0.05)).isTrue();
		assertThat(Forecaster.meets(about, Direction.RANGE, 120, 0.05)).isFalse();
		Target below = new Target(2025, Comparator.LE, BigDecimal.valueOf(10), null);
		assertThat(Forecaster.meets(below, Direction.LOWER, 9, 0.05)).isTrue();
	}

	@Test
	void fewerThanThreeFiguresCannotBeAssessed() {
		MethodForecast forecast = this.forecaster.forecast(Method.LINEAR, new int[] { 2020, 2021 },
				new double[] { 1, 2 }, Direction.HIGHER, List.of(), 2025);
		assertThat(forecast.available()).isFalse();
		assertThat(forecast.reasonZh()).contains("无法评估");
		assertThat(forecast.reasonEn()).contains("cannot assess");
	}

	@Test
	void theSameFiguresGiveTheSameProbability() {
		Target target = new Target(2025, Comparator.GE, BigDecimal.valueOf(24), null);
		double first = this.forecaster.forecast(Method.LINEAR, YEARS, VALUES, Direction.HIGHER, List.of(target), 2025)
			.milestones()
			.get(0)
			.probability();
		double again = new Forecaster(4000, 42, 0.8, 0.05)
			.forecast(Method.LINEAR, YEARS, VALUES, Direction.HIGHER, List.of(target), 2025)
			.milestones()
			.get(0)
			.probability();
		assertThat(first).isEqualTo(again).isBetween(0.2, 0.55);
	}

}
