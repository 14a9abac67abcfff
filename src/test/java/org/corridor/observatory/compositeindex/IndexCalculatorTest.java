package org.corridor.observatory.compositeindex;

import java.util.Map;
import java.util.stream.Collectors;

import org.corridor.observatory.compositeindex.IndexResult.ZoneScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The index computed by hand on the three zones of {@link SampleIndex}, for each
 * normalisation and aggregation and each missing-data rule.
 */
class IndexCalculatorTest {

	private static final double EPS = 1e-6;

	@Test
	void minMaxArithmeticByHand() {
		// X: A 0, B 50, C 100; Y (lower): A 50, B 100, C 0; Z: A 100, B 0, C 50
		// P1 = (X + Y) / 2: A 25, B 75, C 50; index = 0.6 P1 + 0.4 P2
		Map<String, ZoneScore> zones = scores(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, 2);
		assertThat(zones.get("A").score()).isCloseTo(55, within(EPS));
		assertThat(zones.get("B").score()).isCloseTo(45, within(EPS));
		assertThat(zones.get("C").score()).isCloseTo(50, within(EPS));
		assertThat(ranks(zones)).isEqualTo("A1 B3 C2");
		var pillar = zones.get("A").pillars().get(0);
		assertThat(pillar.score()).isCloseTo(25, within(EPS));
		assertThat(pillar.contribution()).isCloseTo(15, within(EPS));
		assertThat(pillar.indicators().get(1).score()).isCloseTo(50, within(EPS));
		assertThat(pillar.indicators().get(1).value()).isEqualTo(4);
	}

	@Test
	void minMaxGeometricByHand() {
		// c = 1: P1 A = √(1·51) − 1 = 6.1414; index A = 7.1414^0.6 · 101^0.4 − 1
		Map<String, ZoneScore> zones = scores(Normalisation.MIN_MAX, Aggregation.GEOMETRIC, 2);
		assertThat(zones.get("A").pillars().get(0).score()).isCloseTo(Math.sqrt(51) - 1, within(EPS));
		assertThat(zones.get("A").score()).isCloseTo(Math.pow(Math.sqrt(51), 0.6) * Math.pow(101, 0.4) - 1,
				within(EPS));
		assertThat(zones.get("A").score()).isCloseTo(19.606280, within(1e-5));
		assertThat(zones.get("B").score()).isCloseTo(11.988753, within(1e-5));
		assertThat(zones.get("C").score()).isCloseTo(18.245291, within(1e-5));
		assertThat(zones.get("A").pillars().get(0).contribution()).isNull();
		assertThat(ranks(zones)).isEqualTo("A1 B3 C2");
	}

	@Test
	void zScoreArithmeticByHand() {
		// X: mean 20, σ = √(200/3) → A −1.2247, B 0, C 1.2247; Y (lower): mean 4, σ =
		// √(8/3)
		// → A 0, B 1.2247, C −1.2247; Z: A 1.2247, B −1.2247, C 0
		double s = Math.sqrt(1.5);
		Map<String, ZoneScore> zones = scores(Normalisation.Z_SCORE, Aggregation.ARITHMETIC, 2);
		assertThat(zones.get("A").score()).isCloseTo(0.6 * (-s / 2) + 0.4 * s, within(EPS));
		assertThat(zones.get("B").score()).isCloseTo(0.6 * (s / 2) - 0.4 * s, within(EPS));
		assertThat(zones.get("C").score()).isCloseTo(0, within(EPS));
		assertThat(ranks(zones)).isEqualTo("A1 B3 C2");
	}

	@Test
	void zScoreGeometricShiftsTheLowestScoreToOne() {
		// c = 1 − (−1.2247): every factor at least 1
		Map<String, ZoneScore> zones = scores(Normalisation.Z_SCORE, Aggregation.GEOMETRIC, 2);
		assertThat(zones.get("A").score()).isCloseTo(-0.138881, within(1e-5));
		assertThat(zones.get("B").score()).isCloseTo(-0.381808, within(1e-5));
		assertThat(zones.get("C").score()).isCloseTo(-0.228386, within(1e-5));
		assertThat(ranks(zones)).isEqualTo("A1 B3 C2");
	}

	@Test
	void distanceToTargetByHandCapsAMetTarget() {
		// X / 25: A 40, B 80, C 100 (30 > 25, capped); Y target 3 (lower), 3 / Y: A 75, B
		// 100
		// (capped), C 50; Z / 40: A 75, B 25, C 50
		Map<String, ZoneScore> zones = scores(Normalisation.DISTANCE_TO_TARGET, Aggregation.ARITHMETIC, 2);
		assertThat(zones.get("A").score()).isCloseTo(0.6 * 57.5 + 0.4 * 75, within(EPS));
		assertThat(zones.get("B").score()).isCloseTo(0.6 * 90 + 0.4 * 25, within(EPS));
		assertThat(zones.get("C").score()).isCloseTo(0.6 * 75 + 0.4 * 50, within(EPS));
		assertThat(ranks(zones)).isEqualTo("A2 B3 C1");
		Map<String, ZoneScore> geometric = scores(Normalisation.DISTANCE_TO_TARGET, Aggregation.GEOMETRIC, 2);
		double a1 = Math.sqrt(41 * 76) - 1;
		assertThat(geometric.get("A").score()).isCloseTo(Math.pow(a1 + 1, 0.6) * Math.pow(76, 0.4) - 1, within(EPS));
	}

	@Test
	void aMissingFigureIsLeftOutCountedLowestOrNotScored() {
		// B's Y missing; min–max Y over A 4 and C 6: A 100, C 0
		FigureTable table = SampleIndex.table(Double.NaN);
		Map<String, ZoneScore> reweighted = byZone(IndexCalculator.compute(
				SampleIndex.definition(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingRule.REWEIGHT), table));
		// P1 of B is X alone (50)
		assertThat(reweighted.get("B").score()).isCloseTo(0.6 * 50 + 0.4 * 0, within(EPS));
		assertThat(reweighted.get("B").pillars().get(0).indicators().get(1).effectiveWeight()).isZero();
		assertThat(reweighted.get("B").pillars().get(0).indicators().get(0).effectiveWeight()).isEqualTo(1);
		assertThat(reweighted.get("A").score()).isCloseTo(0.6 * 50 + 0.4 * 100, within(EPS));
		Map<String, ZoneScore> lowest = byZone(IndexCalculator
			.compute(SampleIndex.definition(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingRule.LOWEST), table));
		// B's Y counts as the lowest score of Y, C's 0
		assertThat(lowest.get("B").score()).isCloseTo(0.6 * 25, within(EPS));
		Map<String, ZoneScore> skipped = byZone(IndexCalculator
			.compute(SampleIndex.definition(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingRule.SKIP), table));
		assertThat(skipped.get("B").score()).isNull();
		assertThat(skipped.get("B").rank()).isNull();
		assertThat(skipped.get("A").rank()).isEqualTo(1);
	}

	@Test
	void anIndicatorWithoutAnyFigureIsLeftOutForEveryoneAndSaidSo() {
		double[][][] values = { { { 10, Double.NaN, 30 } }, { { 20, Double.NaN, 10 } }, { { 30, Double.NaN, 20 } } };
		FigureTable table = FigureTable.of(SampleIndex.zones("A", "B", "C"), new int[] { 2023 }, values);
		IndexResult result = IndexCalculator
			.compute(SampleIndex.definition(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingRule.SKIP), table);
		assertThat(result.leftOut()).containsExactly("Y");
		Map<String, ZoneScore> zones = byZone(result);
		assertThat(zones.get("A").score()).isCloseTo(0.6 * 0 + 0.4 * 100, within(EPS));
		assertThat(zones.get("C").score()).isCloseTo(0.6 * 100 + 0.4 * 50, within(EPS));
	}

	@Test
	void equalScoresShareTheBetterRank() {
		assertThat(IndexCalculator.rank(new double[] { 3, 5, 3, Double.NaN, 1 })).containsExactly(2, 1, 2, 0, 4);
	}

	@Test
	void minMaxRunsOverAllYearsTogether() {
		// A: 10 then 30, B: 20 then 20 → the min and max are of both years
		double[][][] values = { { { 10, 1, 1 }, { 30, 1, 1 } }, { { 20, 1, 1 }, { 20, 1, 1 } } };
		FigureTable table = FigureTable.of(SampleIndex.zones("A", "B"), new int[] { 2022, 2023 }, values);
		IndexResult result = IndexCalculator.compute(
				SampleIndex.definition(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingRule.REWEIGHT), table);
		var first = byZone(result.ranking(2022));
		// X: 10 → 0, 20 → 50, 30 → 100; Y and Z equal everywhere → 100
		assertThat(first.get("A").score()).isCloseTo(0.6 * 50 + 0.4 * 100, within(EPS));
		assertThat(first.get("B").score()).isCloseTo(0.6 * 75 + 0.4 * 100, within(EPS));
		assertThat(byZone(result.ranking(null)).get("A").score()).isCloseTo(100, within(EPS));
	}

	private static Map<String, ZoneScore> scores(Normalisation normalisation, Aggregation aggregation, double bY) {
		return byZone(IndexCalculator.compute(SampleIndex.definition(normalisation, aggregation, MissingRule.REWEIGHT),
				SampleIndex.table(bY)));
	}

	static Map<String, ZoneScore> byZone(IndexResult result) {
		return byZone(result.ranking(null));
	}

	static Map<String, ZoneScore> byZone(IndexResult.YearRanking ranking) {
		return ranking.zones().stream().collect(Collectors.toMap(ZoneScore::zone, (zone) -> zone));
	}

	private static String ranks(Map<String, ZoneScore> zones) {
		return zones.values()
			.stream()
			.sorted(java.util.Comparator.comparing(ZoneScore::zone))
			.map((zone) -> zone.zone() + zone.rank())
			.collect(Collectors.joining(" "));
	}

}
