package org.corridor.observatory.monitor;

import java.math.BigDecimal;
import java.util.List;

import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.plan.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A district judged against its own target and baseline where one was decomposed to it,
 * and shown by its contribution, without a status, where none was: never against the
 * corridor's whole target.
 */
class ZoneEvaluationTest {

	private static final Plan CORRIDOR = SamplePacks.corridor();

	private static final Indicator REVENUE = CORRIDOR.getIndicator("DIGITAL_CORE_REVENUE");

	private static final Indicator AREA = CORRIDOR.getIndicator("CORE_AREA_KM2");

	/** 西湖区's revenue: 1 500 in the base year, 2 400 in 2023. */
	private static final List<YearValue> XIHU = List.of(figure(2020, "1500"), figure(2022, "2000"),
			figure(2023, "2400"));

	/** The corridor's: 6 000 in the base year, 9 000 in 2023. */
	private static final List<YearValue> WHOLE = List.of(figure(2020, "6000"), figure(2022, "8000"),
			figure(2023, "9000"));

	private final IndicatorEvaluator evaluator = new IndicatorEvaluator(EvaluationBands.defaults());

	@Test
	void judgesADistrictAgainstItsOwnTargetAndBaseline() {
		TargetBasis own = TargetBasis.zone(List.of(new Target(2025, Comparator.GT, new BigDecimal("2600"), null)),
				new Baseline(2020, new BigDecimal("1500")));

		IndicatorEvaluation evaluation = this.evaluator.evaluate(REVENUE, CORRIDOR.header(), XIHU, 2023, own);

		// C = (2400 − 1500)/(2600 − 1500) = 0.818…, τ = 3/5, R = 1.36: on track
		assertThat(evaluation.targetValue()).isEqualTo(2600.0);
		assertThat(evaluation.completion()).isCloseTo(900.0 / 1100, within(1e-9));
		assertThat(evaluation.performanceRatio()).isCloseTo(900.0 / 1100 / 0.6, within(1e-9));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
		assertThat(evaluation.baselineOrigin()).isEqualTo(IndicatorEvaluation.BaselineOrigin.DECOMPOSED);
		assertThat(evaluation.contribution()).isNull();
		assertThat(evaluation.working())
			.anySatisfy((step) -> assertThat(step.formula()).contains("decomposed to this zone"));
	}

	@Test
	void againstTheCorridorsWholeTargetTheSameDistrictWouldBeOffTrack() {
		// what 西湖区 was scored before targets had zones: 2 400 against 10 000
		IndicatorEvaluation judged = this.evaluator.evaluate(REVENUE, CORRIDOR.header(), XIHU, 2023);
		assertThat(judged.status()).isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void givesADistrictWithoutItsOwnTargetNoStatusButItsContribution() {
		IndicatorEvaluation bare = this.evaluator.evaluate(REVENUE, CORRIDOR.header(), XIHU, 2023,
				TargetBasis.contribution(null));

		IndicatorEvaluation evaluation = ContributionCalculator.attach(bare, XIHU, WHOLE, "CORRIDOR", true, 2020);

		assertThat(evaluation.status()).isEqualTo(Status.NO_TARGET);
		assertThat(evaluation.reason())
			.isEqualTo("本区未分解目标，按贡献显示 / no target decomposed to this zone; shown by contribution");
		assertThat(evaluation.target()).isNull();
		assertThat(evaluation.completion()).isNull();
		assertThat(evaluation.performanceRatio()).isNull();
		Contribution contribution = evaluation.contribution();
		assertThat(contribution.actual()).isEqualTo(2400.0);
		assertThat(contribution.corridorActual()).isEqualTo(9000.0);
		assertThat(contribution.share()).isCloseTo(2400.0 / 9000, within(1e-12));
		// growth since the base year: (2400 − 1500)/(9000 − 6000)
		assertThat(contribution.fromYear()).isEqualTo(2020);
		assertThat(contribution.growth()).isEqualTo(900.0);
		assertThat(contribution.corridorGrowth()).isEqualTo(3000.0);
		assertThat(contribution.growthShare()).isCloseTo(0.3, within(1e-12));
		assertThat(evaluation.working()).extracting(Step::en)
			.contains("contribution", "share of the corridor", "share of growth");
	}

	@Test
	void measuresGrowthFromTheYearBeforeWhenTheBaseYearHasNoFigures() {
		List<YearValue> zone = List.of(figure(2022, "2000"), figure(2023, "2400"));
		IndicatorEvaluation bare = this.evaluator.evaluate(REVENUE, CORRIDOR.header(), zone, 2023,
				TargetBasis.contribution(null));

		Contribution contribution = ContributionCalculator.attach(bare, zone, WHOLE, "CORRIDOR", true, 2020)
			.contribution();

		assertThat(contribution.fromYear()).isEqualTo(2022);
		assertThat(contribution.growthShare()).isCloseTo(400.0 / 1000, within(1e-12));
	}

	@Test
	void givesNoShareOfAnIndicatorThatDoesNotAddUp() {
		List<YearValue> zone = List.of(figure(2020, "40"), figure(2023, "52"));
		List<YearValue> whole = List.of(figure(2020, "45"), figure(2023, "50"));
		IndicatorEvaluation bare = this.evaluator.evaluate(AREA, CORRIDOR.header(), zone, 2023,
				TargetBasis.contribution(null));

		Contribution contribution = ContributionCalculator.attach(bare, zone, whole, "CORRIDOR", false, 2020)
			.contribution();

		assertThat(contribution.additive()).isFalse();
		assertThat(contribution.share()).isNull();
		assertThat(contribution.growthShare()).isNull();
		assertThat(contribution.growth()).isEqualTo(12.0);
		assertThat(contribution.corridorGrowth()).isEqualTo(5.0);
	}

	private static YearValue figure(int year, String value) {
		return new YearValue(year, new BigDecimal(value), false);
	}

}
