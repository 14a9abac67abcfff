package org.corridor.observatory.scenario;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Growth and moved probabilities, worked by hand. */
class ScenarioMathTest {

	@Test
	void growsFromTheLatestFigureAndKeepsTheBaselineBeforeTheRate() {
		// figures to 2022 (100); baseline 110, 120, 130; 5 % a year from 2024
		Map<Integer, Double> grown = ScenarioMath.grow(Map.of(2021, 90.0, 2022, 100.0),
				Map.of(2023, 110.0, 2024, 120.0, 2025, 130.0), Map.of(2024, 5.0), false, 2025);
		assertThat(grown.get(2023)).isEqualTo(110.0);
		assertThat(grown.get(2024)).isCloseTo(115.5, within(1e-9));
		assertThat(grown.get(2025)).isCloseTo(121.275, within(1e-9));
	}

	@Test
	void aRateDatedBeforeTheLatestFigureStartsAfterIt() {
		Map<Integer, Double> grown = ScenarioMath.grow(Map.of(2022, 100.0), Map.of(), Map.of(2021, 10.0), false, 2024);
		assertThat(grown.get(2023)).isCloseTo(110, within(1e-9));
		assertThat(grown.get(2024)).isCloseTo(121, within(1e-9));
	}

	@Test
	void percentagePointsAreAddedAndALaterRateTakesOver() {
		Map<Integer, Double> grown = ScenarioMath.grow(Map.of(2022, 20.0), Map.of(), Map.of(2023, 1.0, 2025, -0.5),
				true, 2025);
		assertThat(grown.get(2023)).isCloseTo(21, within(1e-9));
		assertThat(grown.get(2024)).isCloseTo(22, within(1e-9));
		assertThat(grown.get(2025)).isCloseTo(21.5, within(1e-9));
	}

	@Test
	void withoutABaselineBeforeTheRateTheGrownValueIsUnknown() {
		Map<Integer, Double> grown = ScenarioMath.grow(Map.of(2022, 20.0), Map.of(), Map.of(2024, 1.0), false, 2025);
		assertThat(grown.get(2023)).isNull();
		assertThat(grown.get(2025)).isNull();
	}

	@Test
	void noChangeKeepsTheBaselineProbability() {
		Target target = new Target(2025, Comparator.GE, BigDecimal.valueOf(3), null);
		assertThat(ScenarioMath.probability(target, Direction.HIGHER, 0.05, 2, 1.5, 2.5, 0.8, 0.137, 0))
			.isEqualTo(0.137);
	}

	@Test
	void aLowerIsBetterTargetGetsLessLikelyWhenTheValueRises() {
		// σ = 2 / (2 × 1.28155) = 0.78030; p₀ = 0.5 so z₀ = 0; Δ = +0.5: 1 − Φ(0 + 0.5 /
		// 0.78030) = 1 − Φ(0.64078)
		Target target = new Target(2025, Comparator.LE, BigDecimal.valueOf(10), null);
		assertThat(ScenarioMath.probability(target, Direction.LOWER, 0.05, 10, 9, 11, 0.8, 0.5, 0.5)).isCloseTo(0.26083,
				within(0.0001));
	}

	@Test
	void aBandIsJudgedAroundTheMovedValue() {
		// 5–10, value 4 moved by +3 to 7, σ = 0.78030: Φ(3 / 0.7803) − Φ(−2 / 0.7803) =
		// 0.99994 − 0.00519
		Target target = new Target(2025, Comparator.BETWEEN, BigDecimal.valueOf(5), BigDecimal.valueOf(10));
		assertThat(ScenarioMath.probability(target, Direction.HIGHER, 0.05, 4, 3, 5, 0.8, 0.1, 3)).isCloseTo(0.99475,
				within(0.0002));
	}

	@Test
	void withoutASpreadTheOutcomeIsMetOrNot() {
		Target target = new Target(2025, Comparator.GE, BigDecimal.valueOf(3), null);
		assertThat(ScenarioMath.probability(target, Direction.HIGHER, 0.05, 2, 2, 2, 0.8, 0, 1)).isEqualTo(1);
		assertThat(ScenarioMath.probability(target, Direction.HIGHER, 0.05, 2, 2, 2, 0.8, 0, 0.5)).isEqualTo(0);
	}

}
