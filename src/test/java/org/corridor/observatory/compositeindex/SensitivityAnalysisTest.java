package org.corridor.observatory.compositeindex;

import java.util.Map;
import java.util.stream.Collectors;

import org.corridor.observatory.compositeindex.SensitivityResult.ZoneRanks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Monte Carlo run over weights, normalisation and aggregation: reproducible from its
 * seed, and a zone that leads on every indicator leads in every draw.
 */
class SensitivityAnalysisTest {

	private static final IndexDefinition SAMPLE = SampleIndex.definition(Normalisation.MIN_MAX, Aggregation.ARITHMETIC,
			MissingRule.REWEIGHT);

	@Test
	void theSameSeedGivesTheSameRunAnotherSeedAnother() {
		FigureTable table = SampleIndex.table(2);
		SensitivityResult first = SensitivityAnalysis.run(SAMPLE, table, 2023, 2000, 42, 5);
		SensitivityResult again = SensitivityAnalysis.run(SAMPLE, table, 2023, 2000, 42, 5);
		assertThat(again).isEqualTo(first);
		SensitivityResult other = SensitivityAnalysis.run(SAMPLE, table, 2023, 2000, 43, 5);
		assertThat(other.zones()).isNotEqualTo(first.zones());
		assertThat(first.seed()).isEqualTo(42);
		assertThat(first.draws()).isEqualTo(2000);
	}

	@Test
	void aZoneLeadingOnEveryIndicatorRanksFirstInEveryDraw() {
		// D leads on X and Z (higher) and on Y (lower): first whatever the choices
		double[][][] values = { { { 10, 4, 30 } }, { { 20, 2, 10 } }, { { 30, 6, 20 } }, { { 40, 1, 50 } } };
		double[][] targets = { { 25, 3, 40 }, { 25, 3, 40 }, { 25, 3, 40 }, { 25, 3, 40 } };
		FigureTable table = new FigureTable(SampleIndex.zones("A", "B", "C", "D"), new int[] { 2023 }, values, targets,
				false);
		SensitivityResult result = SensitivityAnalysis.run(SAMPLE, table, 2023, 5000, 7, 2);
		ZoneRanks d = byZone(result).get("D");
		assertThat(d.scored()).isEqualTo(5000);
		assertThat(d.firstShare()).isEqualTo(1.0);
		assertThat(d.median()).isEqualTo(1.0);
		assertThat(d.p5()).isEqualTo(1.0);
		assertThat(d.p95()).isEqualTo(1.0);
		assertThat(d.effects()).allSatisfy((effect) -> assertThat(effect.spread()).isZero());
		assertThat(result.zones().get(0).zone()).isEqualTo("D");
	}

	@Test
	void theChoiceThatMovesAZoneMostComesFirst() {
		// C ranks first only under distance to target (see IndexCalculatorTest): its rank
		// moves most with the normalisation
		SensitivityResult result = SensitivityAnalysis.run(SAMPLE, SampleIndex.table(2), 2023, 4000, 1, 200);
		ZoneRanks c = byZone(result).get("C");
		assertThat(c.rank()).isEqualTo(2);
		assertThat(c.p5()).isEqualTo(1.0);
		assertThat(c.effects().get(0).choice()).isEqualTo("normalisation");
		assertThat(c.effects().get(0).spread()).isGreaterThan(0.2);
		assertThat(c.effects()).extracting(SensitivityResult.Effect::choice)
			.containsExactlyInAnyOrder("normalisation", "aggregation", "weight", "weight");
	}

	@Test
	void refusesAYearWithoutFigures() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SensitivityAnalysis.run(SAMPLE, SampleIndex.table(2), 2019, 10, 1, 5))
			.withMessageContaining("2019");
	}

	private static Map<String, ZoneRanks> byZone(SensitivityResult result) {
		return result.zones().stream().collect(Collectors.toMap(ZoneRanks::zone, (zone) -> zone));
	}

}
