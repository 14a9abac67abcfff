package org.corridor.observatory.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.corridor.observatory.monitor.IndicatorEvaluation.BaselineOrigin;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorCode;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.plan.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link IndicatorEvaluator}. Unless a test says otherwise the plan's base year
 * is 2020 and the worked example is the digital-economy core revenue: higher is better, B
 * = 5000 in 2020, target "> 10000" in 2025.
 */
class IndicatorEvaluatorTest {

	private static final PlanHeader HEADER = new PlanHeader("chengxi-2021", "1.0.0", LocalizedText.of("规划", "plan"),
			LocalizedText.of("规划", "plan"), LocalizedText.of("原文", "source"), 2021, 2025, 2020, 2035,
			List.of(2025, 2035));

	private final IndicatorEvaluator evaluator = new IndicatorEvaluator(EvaluationBands.defaults());

	@Test
	void marksOnTrackWhenCompletionKeepsAheadOfTime() {
		// C = (8200 − 5000)/(10000 − 5000) = 3200/5000 = 0.64
		// τ = (2023 − 2020)/(2025 − 2020) = 3/5 = 0.6
		// R = 0.64/0.6 = 1.0667 ≥ 0.95 → on track
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.EXPECTED, "8200");
		assertThat(evaluation.completion()).isCloseTo(0.64, within(1e-12));
		assertThat(evaluation.timeProgress()).isCloseTo(0.6, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(1.0666666667, within(1e-9));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
		assertThat(evaluation.bindingShortfall()).isFalse();
		assertThat(evaluation.reason()).isNull();
		assertThat(evaluation.working()).contains(
				new Step("完成度", "completion", "C = (A − B)/(T − B) = (8200 − 5000)/(10000 − 5000)", 0.64),
				new Step("时间进度", "time progress", "τ = (t − t0)/(t1 − t0) = (2023 − 2020)/(2025 − 2020)", 0.6));
		assertThat(step(evaluation, "performance ratio").formula()).isEqualTo("R = C/τ = 0.64/0.6");
		assertThat(step(evaluation, "status").formula()).isEqualTo("R = 1.0667 ≥ 0.95 → 序时推进 / on track");
	}

	@Test
	void marksLaggingBetweenTheBands() {
		// C = (7700 − 5000)/(10000 − 5000) = 2700/5000 = 0.54
		// R = 0.54/0.6 = 0.9: 0.85 ≤ 0.9 < 0.95 → lagging
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.EXPECTED, "7700");
		assertThat(evaluation.completion()).isCloseTo(0.54, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(0.9, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.LAGGING);
		assertThat(step(evaluation, "status").formula()).isEqualTo("0.85 ≤ R = 0.9 < 0.95 → 滞后 / lagging");
	}

	@Test
	void marksOffTrackBelowTheLaggingBand() {
		// C = (7400 − 5000)/(10000 − 5000) = 2400/5000 = 0.48
		// R = 0.48/0.6 = 0.8 < 0.85 → off track
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.EXPECTED, "7400");
		assertThat(evaluation.completion()).isCloseTo(0.48, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(0.8, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.OFF_TRACK);
		assertThat(step(evaluation, "status").formula()).isEqualTo("R = 0.8 < 0.85 → 严重滞后 / off track");
	}

	@Test
	void countsRatioExactlyOnABandAsInsideIt() {
		// C = (7850 − 5000)/(10000 − 5000) = 2850/5000 = 0.57; R = 0.57/0.6 = 0.95
		// exactly
		// C = (7550 − 5000)/(10000 − 5000) = 2550/5000 = 0.51; R = 0.51/0.6 = 0.85
		// exactly
		assertThat(evaluateRevenue(Attribute.EXPECTED, "7850").status()).isEqualTo(Status.ON_TRACK);
		assertThat(evaluateRevenue(Attribute.EXPECTED, "7550").status()).isEqualTo(Status.LAGGING);
	}

	@Test
	void marksBindingIndicatorLaggingOnAnyShortfall() {
		// C = (7900 − 5000)/(10000 − 5000) = 2900/5000 = 0.58 < τ = 0.6
		// R = 0.58/0.6 = 0.9667 ≥ 0.95 would be on track, but a binding shortfall is
		// at least lagging
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.BINDING, "7900");
		assertThat(evaluation.performanceRatio()).isCloseTo(0.9666666667, within(1e-9));
		assertThat(evaluation.status()).isEqualTo(Status.LAGGING);
		assertThat(evaluation.bindingShortfall()).isTrue();
		assertThat(step(evaluation, "binding indicator").formula()).startsWith("C = 0.58 < τ = 0.6")
			.endsWith("→ 滞后 / lagging");
	}

	@Test
	void keepsBindingIndicatorOffTrackWhenWorseThanLagging() {
		// R = 0.48/0.6 = 0.8 < 0.85: off track already, and flagged as a binding
		// shortfall
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.BINDING, "7400");
		assertThat(evaluation.status()).isEqualTo(Status.OFF_TRACK);
		assertThat(evaluation.bindingShortfall()).isTrue();
	}

	@Test
	void doesNotFlagBindingIndicatorAheadOfTime() {
		// C = 0.64 ≥ τ = 0.6: no shortfall
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.BINDING, "8200");
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
		assertThat(evaluation.bindingShortfall()).isFalse();
	}

	@Test
	void evaluatesDecreasingIndicatorTowardsItsLowerTarget() {
		// Energy per unit of GDP, lower is better: B = 0.5 (2020), target "≤ 0.4" (2025)
		// A = 0.44 (2023): C = (0.44 − 0.5)/(0.4 − 0.5) = (−0.06)/(−0.1) = 0.6
		// τ = 0.6, R = 0.6/0.6 = 1 → on track
		// g = (0.44/0.5)^(1/3) − 1 = 0.88^(1/3) − 1 = −0.0417160286
		// r = (0.4/0.44)^(1/2) − 1 = −0.0465374108
		Indicator energy = indicator("ENERGY_PER_GDP", Direction.LOWER, Attribute.EXPECTED, baseline(2020, "0.5"),
				target(2025, Comparator.LE, "0.4"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(energy, HEADER, List.of(figure(2023, "0.44")), 2023);
		assertThat(evaluation.completion()).isCloseTo(0.6, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(1.0, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
		assertThat(evaluation.observedCagr()).isCloseTo(-0.0417160286, within(1e-9));
		assertThat(evaluation.requiredCagr()).isCloseTo(-0.0465374108, within(1e-9));
		assertThat(step(evaluation, "completion").formula())
			.isEqualTo("C = (A − B)/(T − B) = (0.44 − 0.5)/(0.4 − 0.5)");
	}

	@Test
	void marksDecreasingIndicatorOffTrackWhenItFallsTooSlowly() {
		// A = 0.47 (2023): C = (0.47 − 0.5)/(0.4 − 0.5) = (−0.03)/(−0.1) = 0.3
		// R = 0.3/0.6 = 0.5 < 0.85 → off track
		Indicator energy = indicator("ENERGY_PER_GDP", Direction.LOWER, Attribute.EXPECTED, baseline(2020, "0.5"),
				target(2025, Comparator.LE, "0.4"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(energy, HEADER, List.of(figure(2023, "0.47")), 2023);
		assertThat(evaluation.completion()).isCloseTo(0.3, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(0.5, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void computesObservedAndRequiredGrowthRates() {
		// B = 100 (2020), A = 121 (2022), target "≥ 146.41" (2024)
		// g = (121/100)^(1/2) − 1 = 1.1 − 1 = 0.1
		// r = (146.41/121)^(1/2) − 1 = 1.21^(1/2) − 1 = 0.1
		Indicator indicator = indicator("GROWTH", Direction.HIGHER, Attribute.EXPECTED, baseline(2020, "100"),
				target(2024, Comparator.GE, "146.41"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(indicator, HEADER, List.of(figure(2022, "121")), 2022);
		assertThat(evaluation.observedCagr()).isCloseTo(0.1, within(1e-9));
		assertThat(evaluation.requiredCagr()).isCloseTo(0.1, within(1e-9));
		assertThat(step(evaluation, "observed CAGR").formula())
			.isEqualTo("g = (A/B)^(1/(t − t0)) − 1 = (121/100)^(1/2) − 1");
		assertThat(step(evaluation, "required CAGR").formula())
			.isEqualTo("r = (T/A)^(1/(t1 − t)) − 1 = (146.41/121)^(1/2) − 1");
	}

	@Test
	void projectsStraightLineThroughBaselineAndOneFigure() {
		// P = 8200 + (8200 − 5000)/(2023 − 2020) × (2025 − 2023) = 8200 + 1066.6667 × 2
		// = 10333.3333 > 10000 → projected to meet
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.EXPECTED, "8200");
		assertThat(evaluation.projection()).isCloseTo(10333.333333333, within(1e-6));
		assertThat(evaluation.projectedToMeet()).isTrue();
		assertThat(step(evaluation, "projection").formula())
			.endsWith("= 8200 + (8200 − 5000)/(2023 − 2020) × (2025 − 2023)");
		assertThat(step(evaluation, "projected to meet").formula()).isEqualTo("10333.3333 > 10000 → 是 / yes");
	}

	@Test
	void projectsLeastSquaresLineThroughEveryFigureFromBaseYearToYear() {
		// Figures used: 2020 5000 (baseline), 2021 5600, 2022 6000, 2023 7000; 2019 is
		// before the base year and 2024 after the year evaluated, so both are left out.
		// x̄ = 2021.5, ȳ = 5900
		// Σ(x − x̄)(y − ȳ) = (−1.5)(−900) + (−0.5)(−300) + 0.5 × 100 + 1.5 × 1100 = 3200
		// Σ(x − x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5, so b = 3200/5 = 640
		// P = 5900 + 640 × (2025 − 2021.5) = 8140 ≤ 10000 → not projected to meet
		Indicator revenue = revenue(Attribute.EXPECTED, null);
		List<YearValue> series = List.of(figure(2019, "4000"), figure(2020, "5000"), figure(2021, "5600"),
				figure(2022, "6000"), figure(2023, "7000"), figure(2024, "9999"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue, HEADER, series, 2023);
		assertThat(evaluation.projection()).isCloseTo(8140.0, within(1e-6));
		assertThat(evaluation.projectedToMeet()).isFalse();
		assertThat(step(evaluation, "projection").formula()).contains("through 4 points 2020–2023")
			.endsWith("= 3200/5, P = ȳ + b × (t1 − x̄) = 5900 + 640 × (2025 − 2021.5)");
	}

	@Test
	void marksTargetReachedBeforeTargetYearAchieved() {
		// A = 10500 > 10000 in 2023, two years early
		// C = (10500 − 5000)/(10000 − 5000) = 1.1, R = 1.1/0.6 = 1.8333
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.BINDING, "10500");
		assertThat(evaluation.status()).isEqualTo(Status.ACHIEVED);
		assertThat(evaluation.completion()).isCloseTo(1.1, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(1.8333333333, within(1e-9));
		assertThat(evaluation.bindingShortfall()).isFalse();
		assertThat(step(evaluation, "status").formula()).isEqualTo("10500 > 10000 → 达标 / achieved");
	}

	@Test
	void capsTimeProgressAfterTheLastTargetYear() {
		// t = 2026 is after the last target (2025): τ = (2026 − 2020)/(2025 − 2020) =
		// 1.2,
		// capped at 1 since the whole time allowed is spent
		// C = (9500 − 5000)/(10000 − 5000) = 0.9, R = 0.9/1 = 0.9 → lagging
		// (uncapped, R = 0.9/1.2 = 0.75 would grow worse every year)
		Indicator revenue = revenue(Attribute.EXPECTED, baseline(2020, "5000"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue, HEADER, List.of(figure(2026, "9500")), 2026);
		assertThat(evaluation.target().year()).isEqualTo(2025);
		assertThat(evaluation.timeProgress()).isEqualTo(1.0);
		assertThat(evaluation.performanceRatio()).isCloseTo(0.9, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.LAGGING);
		assertThat(evaluation.requiredCagr()).isNull();
		assertThat(evaluation.projection()).isNull();
		assertThat(evaluation.projectedToMeet()).isNull();
		assertThat(step(evaluation, "time progress").formula()).contains("= 1.2 > 1");
	}

	@Test
	void marksTargetMetAfterTargetYearAchieved() {
		// 10200 > 10000 in 2027, two years late: achieved is achieved
		Indicator revenue = revenue(Attribute.EXPECTED, baseline(2020, "5000"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue, HEADER, List.of(figure(2027, "10200")), 2027);
		assertThat(evaluation.status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void judgesAgainstTheFirstTargetDueInOrAfterTheYear() {
		// Targets "> 10000" (2025) and "> 20000" (2035); in 2027 the 2035 target applies
		// C = (12000 − 5000)/(20000 − 5000) = 7000/15000 = 0.4667
		// τ = (2027 − 2020)/(2035 − 2020) = 7/15 = 0.4667, R = 1 → on track
		Indicator revenue = indicator("DIGITAL_CORE_REVENUE", Direction.HIGHER, Attribute.EXPECTED,
				baseline(2020, "5000"), target(2025, Comparator.GT, "10000"), target(2035, Comparator.GT, "20000"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue, HEADER, List.of(figure(2027, "12000")), 2027);
		assertThat(evaluation.target().year()).isEqualTo(2035);
		assertThat(evaluation.targetValue()).isEqualTo(20000.0);
		assertThat(evaluation.completion()).isCloseTo(0.4666666667, within(1e-9));
		assertThat(evaluation.timeProgress()).isCloseTo(0.4666666667, within(1e-9));
		assertThat(evaluation.performanceRatio()).isCloseTo(1.0, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void takesBaselineFromTheBaseYearFigureWhenThePlanStatesNone() {
		// B = 5000 observed in 2020; C = (8200 − 5000)/(10000 − 5000) = 0.64
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue(Attribute.EXPECTED, null), HEADER,
				List.of(figure(2020, "5000"), figure(2023, "8200")), 2023);
		assertThat(evaluation.baselineValue()).isEqualTo(5000.0);
		assertThat(evaluation.baselineYear()).isEqualTo(2020);
		assertThat(evaluation.baselineOrigin()).isEqualTo(BaselineOrigin.OBSERVED);
		assertThat(evaluation.completion()).isCloseTo(0.64, within(1e-12));
	}

	@Test
	void prefersTheBaselineStatedByThePlan() {
		// The plan says B = 5000 for 2020; the 4800 observed in 2020 is ignored, also by
		// the projection: P = 8200 + (8200 − 5000)/3 × 2 = 10333.3333
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue(Attribute.EXPECTED, baseline(2020, "5000")),
				HEADER, List.of(figure(2020, "4800"), figure(2023, "8200")), 2023);
		assertThat(evaluation.baselineValue()).isEqualTo(5000.0);
		assertThat(evaluation.baselineOrigin()).isEqualTo(BaselineOrigin.PLAN);
		assertThat(evaluation.projection()).isCloseTo(10333.333333333, within(1e-6));
	}

	@Test
	void reportsNoDataWithoutABaseline() {
		// No baseline in the plan and no figure for 2020: C, τ, R and the growth rates
		// cannot be computed. The projection still can from 2022 and 2023:
		// P = 8200 + (8200 − 7000)/(2023 − 2022) × (2025 − 2023) = 10600
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue(Attribute.EXPECTED, null), HEADER,
				List.of(figure(2022, "7000"), figure(2023, "8200")), 2023);
		assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
		assertThat(evaluation.reason()).isEqualTo("无基期值 / no baseline");
		assertThat(evaluation.baselineValue()).isNull();
		assertThat(evaluation.baselineYear()).isNull();
		assertThat(evaluation.baselineOrigin()).isNull();
		assertThat(evaluation.completion()).isNull();
		assertThat(evaluation.timeProgress()).isNull();
		assertThat(evaluation.performanceRatio()).isNull();
		assertThat(evaluation.observedCagr()).isNull();
		assertThat(evaluation.requiredCagr()).isNull();
		assertThat(evaluation.actual()).isEqualTo(8200.0);
		assertThat(evaluation.targetValue()).isEqualTo(10000.0);
		assertThat(evaluation.projection()).isCloseTo(10600.0, within(1e-6));
	}

	@Test
	void marksTargetMetWithoutABaselineAchieved() {
		// 10200 > 10000: no baseline is needed to see that
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue(Attribute.EXPECTED, null), HEADER,
				List.of(figure(2023, "10200")), 2023);
		assertThat(evaluation.status()).isEqualTo(Status.ACHIEVED);
		assertThat(evaluation.completion()).isNull();
		assertThat(evaluation.reason()).isNull();
	}

	@Test
	void reportsNoDataWithoutAFigureForTheYear() {
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue(Attribute.EXPECTED, null), HEADER,
				List.of(figure(2020, "5000"), figure(2022, "7000")), 2023);
		assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
		assertThat(evaluation.reason()).isEqualTo("无 2023 年观测值 / no observation for 2023");
		assertThat(evaluation.actual()).isNull();
		assertThat(evaluation.baselineValue()).isEqualTo(5000.0);
		assertThat(evaluation.completion()).isNull();
		assertThat(evaluation.projection()).isNull();
	}

	@Test
	void reportsNoDataWhenTheYearIsNotAfterTheBaseYear() {
		// t = t0 = 2020: τ = (2020 − 2020)/(2025 − 2020) = 0, so there is no R
		// C = (5000 − 5000)/(10000 − 5000) = 0
		IndicatorEvaluation evaluation = this.evaluator.evaluate(revenue(Attribute.BINDING, null), HEADER,
				List.of(figure(2020, "5000")), 2020);
		assertThat(evaluation.timeProgress()).isEqualTo(0.0);
		assertThat(evaluation.completion()).isEqualTo(0.0);
		assertThat(evaluation.performanceRatio()).isNull();
		assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
		assertThat(evaluation.reason()).isEqualTo("评估年不晚于基期年 / evaluation year not after base year");
		assertThat(evaluation.bindingShortfall()).isFalse();
		assertThat(evaluation.projection()).isNull();
	}

	@Test
	void marksTargetAlreadyMetInTheBaseYearAchieved() {
		// "≥ 3" centres, and 4 exist in 2020 already
		Indicator centres = indicator("NATIONAL_INNOVATION_CENTRES", Direction.HIGHER, Attribute.EXPECTED, null,
				target(2025, Comparator.GE, "3"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(centres, HEADER, List.of(figure(2020, "4")), 2020);
		assertThat(evaluation.status()).isEqualTo(Status.ACHIEVED);
		assertThat(evaluation.performanceRatio()).isNull();
	}

	@Test
	void scoresATargetEqualToTheBaselineAllOrNothing() {
		// Water use, lower is better, "≤ 100" (2025) with B = 100 (2020): T − B = 0, no
		// distance to cover. A = 103 misses it: C = 0, R = 0/0.6 = 0 → off track.
		// A = 98 meets it: C = 1 → achieved.
		Indicator water = indicator("WATER_USE", Direction.LOWER, Attribute.EXPECTED, baseline(2020, "100"),
				target(2025, Comparator.LE, "100"));
		IndicatorEvaluation missed = this.evaluator.evaluate(water, HEADER, List.of(figure(2023, "103")), 2023);
		assertThat(missed.completion()).isEqualTo(0.0);
		assertThat(missed.performanceRatio()).isEqualTo(0.0);
		assertThat(missed.status()).isEqualTo(Status.OFF_TRACK);
		assertThat(step(missed, "completion").formula()).startsWith("T = B = 100").contains("no distance to cover");
		IndicatorEvaluation met = this.evaluator.evaluate(water, HEADER, List.of(figure(2023, "98")), 2023);
		assertThat(met.completion()).isEqualTo(1.0);
		assertThat(met.status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void leavesGrowthRateUndefinedFromAZeroBaseline() {
		// Centres created, "≥ 3" (2025), B = 0 (2020), A = 2 (2023)
		// C = (2 − 0)/(3 − 0) = 0.6667, R = 0.6667/0.6 = 1.1111 → on track
		// g: B = 0, undefined; r = (3/2)^(1/2) − 1 = 0.2247448714
		// P = 2 + (2 − 0)/(2023 − 2020) × (2025 − 2023) = 3.3333 ≥ 3 → projected to meet
		Indicator centres = indicator("NATIONAL_INNOVATION_CENTRES", Direction.HIGHER, Attribute.EXPECTED, null,
				target(2025, Comparator.GE, "3"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(centres, HEADER,
				List.of(figure(2020, "0"), figure(2023, "2")), 2023);
		assertThat(evaluation.completion()).isCloseTo(0.6666666667, within(1e-9));
		assertThat(evaluation.performanceRatio()).isCloseTo(1.1111111111, within(1e-9));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
		assertThat(evaluation.observedCagr()).isNull();
		assertThat(step(evaluation, "observed CAGR").formula()).startsWith("B = 0 ≤ 0");
		assertThat(evaluation.requiredCagr()).isCloseTo(0.2247448714, within(1e-9));
		assertThat(evaluation.projection()).isCloseTo(3.3333333333, within(1e-9));
		assertThat(evaluation.projectedToMeet()).isTrue();
	}

	@Test
	void leavesGrowthRatesUndefinedForNegativeFigures() {
		// Net migration, "≥ 100" (2025), B = −200 (2020), A = −50 (2023)
		// C = (−50 − (−200))/(100 − (−200)) = 150/300 = 0.5, R = 0.5/0.6 = 0.8333 → off
		// track; g and r undefined since B and A are negative
		// P = −50 + (−50 − (−200))/(2023 − 2020) × (2025 − 2023) = −50 + 100 = 50 < 100
		Indicator migration = indicator("NET_MIGRATION", Direction.HIGHER, Attribute.EXPECTED, baseline(2020, "-200"),
				target(2025, Comparator.GE, "100"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(migration, HEADER, List.of(figure(2023, "-50")), 2023);
		assertThat(evaluation.completion()).isCloseTo(0.5, within(1e-12));
		assertThat(evaluation.performanceRatio()).isCloseTo(0.8333333333, within(1e-9));
		assertThat(evaluation.status()).isEqualTo(Status.OFF_TRACK);
		assertThat(evaluation.observedCagr()).isNull();
		assertThat(evaluation.requiredCagr()).isNull();
		assertThat(step(evaluation, "observed CAGR").formula()).startsWith("B = −200 ≤ 0");
		assertThat(step(evaluation, "required CAGR").formula()).startsWith("A = −50 ≤ 0");
		assertThat(step(evaluation, "completion").formula())
			.isEqualTo("C = (A − B)/(T − B) = (−50 − (−200))/(100 − (−200))");
		assertThat(evaluation.projection()).isCloseTo(50.0, within(1e-9));
		assertThat(evaluation.projectedToMeet()).isFalse();
	}

	@Test
	void marksAreaAboutItsTargetAchievedWithinTolerance() {
		// Core area "≈ 398" km², reported once (2021) and standing in 2023
		// |400 − 398| = 2 ≤ 0.05 × 398 = 19.9 → achieved, with no τ or R
		IndicatorEvaluation evaluation = this.evaluator.evaluate(coreArea(), HEADER, List.of(figure(2021, "400")),
				2023);
		assertThat(evaluation.status()).isEqualTo(Status.ACHIEVED);
		assertThat(evaluation.actual()).isEqualTo(400.0);
		assertThat(evaluation.timeProgress()).isNull();
		assertThat(evaluation.performanceRatio()).isNull();
		assertThat(step(evaluation, "status").formula())
			.isEqualTo("|400 − 398| = 2 ≤ 0.05 × |398| = 19.9 → 达标 / achieved");
	}

	@Test
	void marksAreaOutsideToleranceOffTrack() {
		// |420 − 398| = 22 > 0.05 × 398 = 19.9 → off track, with no τ or R
		IndicatorEvaluation evaluation = this.evaluator.evaluate(coreArea(), HEADER, List.of(figure(2021, "420")),
				2021);
		assertThat(evaluation.status()).isEqualTo(Status.OFF_TRACK);
		assertThat(evaluation.timeProgress()).isNull();
		assertThat(evaluation.performanceRatio()).isNull();
		assertThat(evaluation.completion()).isNull();
		assertThat(evaluation.reason()).isNull();
	}

	@Test
	void aimsAtTheLowerBoundOfABandWhenHigherIsBetter() {
		// Institutions attracted, "5–10" (2025), B = 0 (2020)
		// A = 2 (2023): T = 5, C = 2/5 = 0.4, R = 0.4/0.6 = 0.6667 → off track
		// A = 6 (2023): 5 ≤ 6 ≤ 10 → achieved
		Indicator institutions = indicator("TOP_INSTITUTIONS_ATTRACTED", Direction.HIGHER, Attribute.EXPECTED,
				baseline(2020, "0"), new Target(2025, Comparator.BETWEEN, new BigDecimal("5"), new BigDecimal("10")));
		IndicatorEvaluation behind = this.evaluator.evaluate(institutions, HEADER, List.of(figure(2023, "2")), 2023);
		assertThat(behind.targetValue()).isEqualTo(5.0);
		assertThat(behind.completion()).isCloseTo(0.4, within(1e-12));
		assertThat(behind.performanceRatio()).isCloseTo(0.6666666667, within(1e-9));
		assertThat(behind.status()).isEqualTo(Status.OFF_TRACK);
		IndicatorEvaluation inBand = this.evaluator.evaluate(institutions, HEADER, List.of(figure(2023, "6")), 2023);
		assertThat(inBand.status()).isEqualTo(Status.ACHIEVED);
		assertThat(step(inBand, "target check").formula()).isEqualTo("5 ≤ 6 ≤ 10 → 是 / yes");
	}

	@Test
	void aimsAtTheUpperBoundOfABandWhenLowerIsBetter() {
		// "20–30" (2025), B = 40 (2020), A = 34 (2023): T = 30
		// C = (34 − 40)/(30 − 40) = 0.6, R = 0.6/0.6 = 1 → on track
		Indicator indicator = indicator("DENSITY", Direction.LOWER, Attribute.EXPECTED, baseline(2020, "40"),
				new Target(2025, Comparator.BETWEEN, new BigDecimal("20"), new BigDecimal("30")));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(indicator, HEADER, List.of(figure(2023, "34")), 2023);
		assertThat(evaluation.targetValue()).isEqualTo(30.0);
		assertThat(evaluation.completion()).isCloseTo(0.6, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aimsAtTheNearerBoundOfABandForARangeIndicator() {
		// "5–10" (2025), B = 14 (2020): 10 is nearer (|14 − 10| = 4 < |14 − 5| = 9), T =
		// 10
		// A = 11.6 (2023): C = (11.6 − 14)/(10 − 14) = 0.6, R = 1 → on track
		Indicator indicator = indicator("RATIO", Direction.RANGE, Attribute.EXPECTED, baseline(2020, "14"),
				new Target(2025, Comparator.BETWEEN, new BigDecimal("5"), new BigDecimal("10")));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(indicator, HEADER, List.of(figure(2023, "11.6")),
				2023);
		assertThat(evaluation.targetValue()).isEqualTo(10.0);
		assertThat(evaluation.completion()).isCloseTo(0.6, within(1e-12));
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void reportsNoDataWithoutATarget() {
		Indicator indicator = indicator("UNTARGETED", Direction.HIGHER, Attribute.EXPECTED, baseline(2020, "1"));
		IndicatorEvaluation evaluation = this.evaluator.evaluate(indicator, HEADER, List.of(figure(2023, "2")), 2023);
		assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
		assertThat(evaluation.reason()).isEqualTo("无目标值 / no target");
		assertThat(evaluation.target()).isNull();
	}

	@Test
	void evaluatesEveryYearOfAHistory() {
		// 2021: C = (6000 − 5000)/5000 = 0.2, τ = 1/5 = 0.2, R = 1 → on track
		// 2022: no figure → no data
		// 2023: C = 0.64, τ = 0.6, R = 1.0667 → on track
		List<YearValue> series = List.of(figure(2020, "5000"), figure(2021, "6000"), figure(2023, "8200"));
		List<IndicatorEvaluation> history = this.evaluator.history(revenue(Attribute.EXPECTED, null), HEADER, series,
				2021, 2023);
		assertThat(history).extracting(IndicatorEvaluation::year).containsExactly(2021, 2022, 2023);
		assertThat(history).extracting(IndicatorEvaluation::status)
			.containsExactly(Status.ON_TRACK, Status.NO_DATA, Status.ON_TRACK);
		assertThat(history.get(0).performanceRatio()).isCloseTo(1.0, within(1e-12));
		assertThat(this.evaluator.history(revenue(Attribute.EXPECTED, null), HEADER, series, 2024, 2023)).isEmpty();
	}

	@Test
	void marksTheResultDemoWhenAnyFigureUsedIsDemo() {
		Indicator revenue = revenue(Attribute.EXPECTED, null);
		YearValue demoBaseline = new YearValue(2020, new BigDecimal("5000"), true);
		YearValue demoLater = new YearValue(2024, new BigDecimal("9000"), true);
		assertThat(this.evaluator.evaluate(revenue, HEADER, List.of(demoBaseline, figure(2023, "8200")), 2023).demo())
			.isTrue();
		assertThat(this.evaluator
			.evaluate(revenue, HEADER, List.of(figure(2020, "5000"), figure(2023, "8200"), demoLater), 2023)
			.demo()).isFalse();
	}

	@Test
	void readsTheSeriesInAnyOrder() {
		List<YearValue> series = new ArrayList<>(
				List.of(figure(2020, "5000"), figure(2021, "5600"), figure(2022, "6000"), figure(2023, "7000")));
		IndicatorEvaluation ordered = this.evaluator.evaluate(revenue(Attribute.EXPECTED, null), HEADER, series, 2023);
		Collections.reverse(series);
		IndicatorEvaluation reversed = this.evaluator.evaluate(revenue(Attribute.EXPECTED, null), HEADER, series, 2023);
		assertThat(reversed).isEqualTo(ordered);
	}

	@Test
	void placesRatioInConfiguredBands() {
		// With on track from 0.9 and lagging from 0.8: R = 0.9 is on track, R = 0.8
		// lagging
		IndicatorEvaluator evaluator = new IndicatorEvaluator(new EvaluationBands(0.9, 0.8, 0.05));
		Indicator revenue = revenue(Attribute.EXPECTED, baseline(2020, "5000"));
		assertThat(evaluator.evaluate(revenue, HEADER, List.of(figure(2023, "7700")), 2023).status())
			.isEqualTo(Status.ON_TRACK);
		assertThat(evaluator.evaluate(revenue, HEADER, List.of(figure(2023, "7400")), 2023).status())
			.isEqualTo(Status.LAGGING);
	}

	@Test
	void rejectsBandsOutOfOrder() {
		assertThat(EvaluationBands.defaults()).isEqualTo(new EvaluationBands(0.95, 0.85, 0.05));
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationBands(0.8, 0.9, 0.05));
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationBands(0.95, 0.85, -0.01));
	}

	@Test
	void writesEveryInputAndFormulaIntoTheWorking() {
		IndicatorEvaluation evaluation = evaluateRevenue(Attribute.EXPECTED, "8200");
		assertThat(evaluation.working()).extracting(Step::en)
			.containsExactly("actual", "baseline", "target", "evaluation year", "base year", "target year",
					"target check", "completion", "time progress", "performance ratio", "observed CAGR",
					"required CAGR", "projection", "projected to meet", "status");
		assertThat(evaluation.working()).contains(new Step("实际值", "actual", "A = 8200 (2023)", 8200.0),
				new Step("评估年", "evaluation year", "t = 2023", 2023.0),
				new Step("基期年", "base year", "t0 = 2020", 2020.0), new Step("目标年", "target year", "t1 = 2025", 2025.0));
		assertThat(step(evaluation, "target").formula()).isEqualTo("T = 10000 (2025: > 10000)");
		assertThat(step(evaluation, "target check").formula()).isEqualTo("8200 > 10000 → 否 / no");
	}

	@Test
	void roundsFiguresInTheWorkingToFourDecimals() {
		assertThat(IndicatorEvaluator.format(new BigDecimal("1.066666666"))).isEqualTo("1.0667");
		assertThat(IndicatorEvaluator.format(new BigDecimal("10000.00"))).isEqualTo("10000");
		assertThat(IndicatorEvaluator.format(-0.5)).isEqualTo("−0.5");
		// too small for four decimals: four significant digits instead
		assertThat(IndicatorEvaluator.format(0.000012345)).isEqualTo("0.00001235");
	}

	@Test
	void labelsStatusesInChineseAndEnglish() {
		assertThat(Status.values()).extracting(Status::zh).containsExactly("达标", "序时推进", "滞后", "严重滞后", "无数据", "未分解目标");
		assertThat(Status.values()).extracting(Status::en)
			.containsExactly("achieved", "on track", "lagging", "off track", "no data", "no zone target");
	}

	private IndicatorEvaluation evaluateRevenue(Attribute attribute, String actual) {
		return this.evaluator.evaluate(revenue(attribute, baseline(2020, "5000")), HEADER,
				List.of(figure(2023, actual)), 2023);
	}

	private static Step step(IndicatorEvaluation evaluation, String en) {
		return evaluation.working()
			.stream()
			.filter((step) -> step.en().equals(en))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no step " + en + " in " + evaluation.working()));
	}

	private static Indicator revenue(Attribute attribute, Baseline baseline) {
		return indicator("DIGITAL_CORE_REVENUE", Direction.HIGHER, attribute, baseline,
				target(2025, Comparator.GT, "10000"));
	}

	private static Indicator coreArea() {
		return new Indicator(new IndicatorCode("CORE_AREA_KM2"), LocalizedText.of("核心区总面积", "core area"),
				LocalizedText.of("平方公里", "km²"), "SPATIAL_SCOPE", null, Direction.RANGE, Attribute.UNSPECIFIED, null,
				List.of(target(2025, Comparator.APPROX, "398")), Frequency.ONCE, null, null, null, "总面积约398平方公里", null);
	}

	private static Indicator indicator(String code, Direction direction, Attribute attribute, Baseline baseline,
			Target... targets) {
		return new Indicator(new IndicatorCode(code), LocalizedText.of(code, code), LocalizedText.of("单位", "unit"),
				"CATEGORY", "GOAL", direction, attribute, baseline, List.of(targets), Frequency.ANNUAL, null, null,
				null, "source", null);
	}

	private static Baseline baseline(int year, String value) {
		return new Baseline(year, new BigDecimal(value));
	}

	private static Target target(int year, Comparator comparator, String value) {
		return new Target(year, comparator, new BigDecimal(value), null);
	}

	private static YearValue figure(int year, String value) {
		return new YearValue(year, new BigDecimal(value), false);
	}

}
