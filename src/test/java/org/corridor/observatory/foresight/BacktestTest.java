package org.corridor.observatory.foresight;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.corridor.observatory.plan.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The backtest on generated series of known noise: straight lines with Gaussian noise (σ
 * = 3) around levels far above zero. The linear trend is then the true model, so its 80 %
 * intervals must hold about 80 % of the hidden figures and its probabilities must score a
 * Brier well under the 0.25 of always saying 50 %.
 */
class BacktestTest {

	@Test
	void intervalsHoldWhatTheySayOnSeriesOfKnownNoise() {
		Well19937c random = new Well19937c(2024);
		NormalDistribution noise = new NormalDistribution(random, 0, 3);
		List<Backtest.Series> series = new ArrayList<>();
		for (int s = 0; s < 400; s++) {
			double level = 200 + 100 * random.nextDouble();
			double slope = -4 + 8 * random.nextDouble();
			int n = 10;
			int[] years = new int[n];
			double[] values = new double[n];
			for (int i = 0; i < n; i++) {
				years[i] = 2011 + i;
				values[i] = level + slope * i + noise.sample();
			}
			series.add(new Backtest.Series("s" + s, years, values, Direction.HIGHER, List.of()));
		}
		series.add(new Backtest.Series("short", new int[] { 2020, 2021, 2022, 2023 }, new double[] { 1, 2, 3, 4 },
				Direction.HIGHER, List.of()));
		// compound growth does not apply to a series through zero: it is left out of the
		// comparison the choice rests on
		series.add(new Backtest.Series("through zero", new int[] { 2018, 2019, 2020, 2021, 2022, 2023 },
				new double[] { 0, 1, 2, 3, 4, 5 }, Direction.HIGHER, List.of()));
		series.add(new Backtest.Series("too short", new int[] { 2020, 2021, 2022 }, new double[] { 1, 2, 3 },
				Direction.HIGHER, List.of()));
		BacktestReport report = new Backtest(new Forecaster(500, 1, 0.8, 0.05)).run(series, 0.05);

		assertThat(report.series()).isEqualTo(403);
		assertThat(report.tested()).isEqualTo(402);
		BacktestReport.MethodScore linear = report.methods().get(Method.LINEAR.ordinal());
		assertThat(linear.points()).isEqualTo(400 * 2 + 1 + 2);
		assertThat(report.methods().get(Method.COMPOUND.ordinal()).series()).isEqualTo(401);
		assertThat(linear.coverage()).isCloseTo(0.8, within(0.05));
		assertThat(linear.brier()).isBetween(0.05, 0.22);
		assertThat(linear.mape()).isBetween(0.0, 0.05);
		assertThat(report.fallback()).isFalse();
		assertThat(report.common()).isEqualTo(401);
		BacktestReport.MethodScore best = report.methods()
			.stream()
			.min(java.util.Comparator.comparing(BacktestReport.MethodScore::commonMape))
			.orElseThrow();
		assertThat(report.chosen()).isEqualTo(best.method());
		assertThat(report.methods()).allSatisfy((m) -> assertThat(m.coverage()).isBetween(0.6, 0.95));
	}

	@Test
	void nothingToTestFallsBackToTheLinearTrendAndSaysSo() {
		BacktestReport report = new Backtest(new Forecaster(100, 1, 0.8, 0.05)).run(List.of(), 0.05);
		assertThat(report.chosen()).isEqualTo(Method.LINEAR);
		assertThat(report.fallback()).isTrue();
	}

}
