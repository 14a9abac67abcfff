package org.corridor.observatory.foresight;

import java.math.BigDecimal;
import java.util.List;

import org.corridor.observatory.foresight.RequiredGrowth.Basis;
import org.corridor.observatory.foresight.RequiredGrowth.Shape;
import org.corridor.observatory.foresight.RequiredGrowth.Verdict;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.ValueKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The growth needed to reach a target, worked by hand: compound for levels, percentage
 * points for shares, additions for running totals, the yearly change for a level below
 * zero; a decline for "lower"; and the plain sentences for met, passed, no target and too
 * few figures.
 */
class RequiredGrowthTest {

	private static final double TOLERANCE = 0.02;

	private static final Shape MONEY = new Shape(ValueKind.MONEY, false, Direction.HIGHER,
			LocalizedText.of("亿元", "100 million CNY"));

	private static final Shape SHARE = new Shape(ValueKind.SHARE, false, Direction.HIGHER, LocalizedText.of("%", "%"));

	private static final Shape CENTRES = new Shape(ValueKind.COUNT, true, Direction.HIGHER,
			LocalizedText.of("家", "centres"));

	@Test
	void aLevelNeedsACompoundRateComparedWithItsOwn() {
		// 100 → 133.1 over 2020–2023 is g = 1.331^(1/3) − 1 = 10 %; to pass 200 by 2025
		// it
		// needs r = (200/133.1)^(1/2) − 1 = 22.58 %, 2.26 times the pace so far
		MilestoneForecast expected = new MilestoneForecast(2025, target(2025, Comparator.GT, "200"), 180, 160, 200,
				0.3);
		RequiredGrowth r = RequiredGrowth.assess("REV", "CORRIDOR", MONEY, new int[] { 2020, 2021, 2022, 2023 },
				new double[] { 100, 110, 121, 133.1 }, List.of(target(2025, Comparator.GT, "200")), List.of(expected),
				TOLERANCE, true, false);
		assertThat(r.basis()).isEqualTo(Basis.COMPOUND);
		assertThat(r.required()).isCloseTo(0.225818, within(1e-6));
		assertThat(r.achieved()).isCloseTo(0.10, within(1e-9));
		assertThat(r.pace()).isCloseTo(2.258179, within(1e-6));
		assertThat(r.verdict()).isEqualTo(Verdict.BEHIND);
		assertThat(r.latestYear()).isEqualTo(2023);
		assertThat(r.targetValue()).isEqualTo(200.0);
		assertThat(r.forecast()).isEqualTo(180.0);
		assertThat(r.probability()).isEqualTo(0.3);
		assertThat(r.demo()).isTrue();
		assertThat(r.text().zh()).isEqualTo("到 2025 年需年均增长 22.6 %，此前年均增长 10.0 %：为此前速度的 2.3 倍");
		assertThat(r.text().en())
			.isEqualTo("needs to grow 22.6 % a year until 2025, has grown 10.0 % a year so far: 2.3× the pace so far");
	}

	@Test
	void aShareNeedsPercentagePointsAYear() {
		// 2.0 % in 2021 to 3.0 % in 2023 is 0.5 points a year; 4.6 % by 2025 needs
		// (4.6 − 3.0)/2 = 0.8 points a year, 1.6 times as fast
		RequiredGrowth r = RequiredGrowth.assess("SHARE", "CORRIDOR", SHARE, new int[] { 2021, 2022, 2023 },
				new double[] { 2.0, 2.4, 3.0 }, List.of(target(2025, Comparator.GE, "4.6")), List.of(), TOLERANCE,
				false, false);
		assertThat(r.basis()).isEqualTo(Basis.POINTS);
		assertThat(r.required()).isCloseTo(0.8, within(1e-9));
		assertThat(r.achieved()).isCloseTo(0.5, within(1e-9));
		assertThat(r.pace()).isCloseTo(1.6, within(1e-9));
		assertThat(r.verdict()).isEqualTo(Verdict.BEHIND);
		assertThat(r.forecast()).isNull();
		assertThat(r.text().zh()).isEqualTo("到 2025 年需每年提高 0.80 个百分点，此前每年提高 0.50 个百分点：为此前速度的 1.6 倍");
	}

	@Test
	void aLowerIndicatorNeedsADecline() {
		// 0.5 → 0.45 over 2020–2023 fell (0.9)^(1/3) − 1 = −3.45 % a year; ≤ 0.40 by 2025
		// needs (0.40/0.45)^(1/2) − 1 = −5.72 % a year, 1.66 times the pace
		Shape intensity = new Shape(ValueKind.QUANTITY, false, Direction.LOWER, LocalizedText.of("吨/万元", "t/10k CNY"));
		RequiredGrowth r = RequiredGrowth.assess("ENERGY", "CORRIDOR", intensity, new int[] { 2020, 2023 },
				new double[] { 0.5, 0.45 }, List.of(target(2025, Comparator.LE, "0.40")), List.of(), TOLERANCE, false,
				false);
		assertThat(r.basis()).isEqualTo(Basis.COMPOUND);
		assertThat(r.required()).isCloseTo(-0.057191, within(1e-6));
		assertThat(r.achieved()).isCloseTo(-0.034511, within(1e-6));
		assertThat(r.pace()).isCloseTo(1.657199, within(1e-6));
		assertThat(r.verdict()).isEqualTo(Verdict.BEHIND);
		assertThat(r.text().en())
			.isEqualTo("needs to fall 5.7 % a year until 2025, has fallen 3.5 % a year so far: 1.7× the pace so far");
		assertThat(r.text().zh()).startsWith("到 2025 年需年均下降 5.7 %，此前年均下降 3.5 %");
	}

	@Test
	void aRunningTotalNeedsYearlyAdditions() {
		// 0, 1, 1 centres in 2021–2023: half a centre a year; 3 by 2025 needs (3 − 1)/2 =
		// 1
		RequiredGrowth r = RequiredGrowth.assess("CENTRES", "CORRIDOR", CENTRES, new int[] { 2021, 2022, 2023 },
				new double[] { 0, 1, 1 }, List.of(target(2025, Comparator.GE, "3")), List.of(), TOLERANCE, false,
				false);
		assertThat(r.basis()).isEqualTo(Basis.ADDITIONS);
		assertThat(r.required()).isEqualTo(1.0);
		assertThat(r.achieved()).isEqualTo(0.5);
		assertThat(r.pace()).isEqualTo(2.0);
		assertThat(r.text().zh()).isEqualTo("到 2025 年需每年新增 1.00 家，此前每年新增 0.50 家：为此前速度的 2.0 倍");
		assertThat(r.text().en()).isEqualTo(
				"needs to add 1.00 centres a year until 2025, has added 0.50 centres a year so far: 2.0× the pace so far");
	}

	@Test
	void aBandIsAimedAtItsNearerEndAndThePaceSoFarMaySuffice() {
		// 5–10 institutions, "higher": aim at 5; 1 in 2021 to 3 in 2023 is 1 a year, and
		// (5 − 3)/2 = 1 a year is needed: 1.0 times the pace
		Target band = new Target(2025, Comparator.BETWEEN, new BigDecimal("5"), new BigDecimal("10"));
		RequiredGrowth r = RequiredGrowth.assess("INST", "CORRIDOR", CENTRES, new int[] { 2021, 2023 },
				new double[] { 1, 3 }, List.of(band), List.of(), TOLERANCE, false, false);
		assertThat(r.targetValue()).isEqualTo(5.0);
		assertThat(r.pace()).isEqualTo(1.0);
		assertThat(r.verdict()).isEqualTo(Verdict.ON_PACE);
		assertThat(r.text().en()).endsWith("1.0× the pace so far, which suffices");
	}

	@Test
	void aBandIsAimedAtTheEndTheFigureLiesBeyond() {
		Target band = new Target(2025, Comparator.BETWEEN, new BigDecimal("5"), new BigDecimal("10"));
		assertThat(RequiredGrowth.aim(band, Direction.LOWER, 3)).isEqualTo(10.0);
		assertThat(RequiredGrowth.aim(band, Direction.RANGE, 3)).isEqualTo(5.0);
		assertThat(RequiredGrowth.aim(band, Direction.RANGE, 12)).isEqualTo(10.0);
		// 16 → 12 over 2021–2023 and "range" 5–10: aim at 10, (10/12)^(1/2) − 1 = −8.71 %
		// a year against (12/16)^(1/2) − 1 = −13.40 % so far: 0.650 times the pace
		Shape ratio = new Shape(ValueKind.QUANTITY, false, Direction.RANGE, LocalizedText.of("倍", "times"));
		RequiredGrowth r = RequiredGrowth.assess("RATIO", "CORRIDOR", ratio, new int[] { 2021, 2023 },
				new double[] { 16, 12 }, List.of(band), List.of(), TOLERANCE, false, false);
		assertThat(r.targetValue()).isEqualTo(10.0);
		assertThat(r.required()).isCloseTo(-0.087129, within(1e-6));
		assertThat(r.achieved()).isCloseTo(-0.133975, within(1e-6));
		assertThat(r.pace()).isCloseTo(0.650340, within(1e-6));
		assertThat(r.verdict()).isEqualTo(Verdict.ON_PACE);
	}

	@Test
	void aLevelAtOrBelowZeroNeedsTheYearlyChange() {
		// a loss of 10 in 2022 and 5 in 2023 (+5 a year); a profit of 5 by 2025 needs
		// (5 − (−5))/2 = +5 a year: no growth rate of a loss means anything
		Shape profit = new Shape(ValueKind.MONEY, false, Direction.HIGHER, LocalizedText.of("亿元", "100 million CNY"));
		RequiredGrowth r = RequiredGrowth.assess("PROFIT", "CORRIDOR", profit, new int[] { 2022, 2023 },
				new double[] { -10, -5 }, List.of(target(2025, Comparator.GE, "5")), List.of(), TOLERANCE, false,
				false);
		assertThat(r.basis()).isEqualTo(Basis.LINEAR);
		assertThat(r.required()).isEqualTo(5.0);
		assertThat(r.achieved()).isEqualTo(5.0);
		assertThat(r.verdict()).isEqualTo(Verdict.ON_PACE);
	}

	@Test
	void aSeriesMovingAwayFromItsTargetIsSaidToGoTheWrongWay() {
		// 100 → 90 over 2021–2023 fell 0.9^(1/2) − 1 = −5.13 % a year; ≥ 120 by 2025
		// needs
		// (120/90)^(1/2) − 1 = +15.47 % a year
		RequiredGrowth r = RequiredGrowth.assess("REV", "CORRIDOR", MONEY, new int[] { 2021, 2023 },
				new double[] { 100, 90 }, List.of(target(2025, Comparator.GE, "120")), List.of(), TOLERANCE, false,
				false);
		assertThat(r.required()).isCloseTo(0.154701, within(1e-6));
		assertThat(r.achieved()).isCloseTo(-0.051317, within(1e-6));
		assertThat(r.pace()).isNull();
		assertThat(r.verdict()).isEqualTo(Verdict.WRONG_WAY);
		assertThat(r.text().en())
			.isEqualTo("needs to grow 15.5 % a year until 2025, has fallen 5.1 % a year so far: the wrong way");
	}

	@Test
	void metPassedNoTargetAndTooFewFiguresAreSaidPlainly() {
		List<Target> ten = List.of(target(2025, Comparator.GE, "10"));
		RequiredGrowth met = RequiredGrowth.assess("X", "Z", MONEY, new int[] { 2022, 2023 }, new double[] { 8, 12 },
				ten, List.of(), TOLERANCE, false, false);
		assertThat(met.verdict()).isEqualTo(Verdict.MET);
		assertThat(met.required()).isNull();
		assertThat(met.text().zh()).isEqualTo("已达到 2025 年目标（≥ 10，2023 年为 12.00），保持即可");

		RequiredGrowth passed = RequiredGrowth.assess("X", "Z", MONEY, new int[] { 2024, 2025, 2026 },
				new double[] { 9, 11, 8 }, ten, List.of(), TOLERANCE, false, false);
		assertThat(passed.verdict()).isEqualTo(Verdict.PASSED);
		assertThat(passed.text().en()).isEqualTo("the target year 2025 has passed (target ≥ 10, actual 11.00): met");

		RequiredGrowth none = RequiredGrowth.assess("X", "Z", MONEY, new int[] { 2022, 2023 }, new double[] { 8, 9 },
				List.of(), List.of(), TOLERANCE, false, false);
		assertThat(none.verdict()).isEqualTo(Verdict.NO_TARGET);
		assertThat(none.text().zh()).contains("没有本级目标");

		RequiredGrowth one = RequiredGrowth.assess("X", "Z", MONEY, new int[] { 2023 }, new double[] { 8 }, ten,
				List.of(), TOLERANCE, false, false);
		assertThat(one.verdict()).isEqualTo(Verdict.CANNOT_ASSESS);
		assertThat(one.text().zh()).isEqualTo("数据少于 2 个，无法评估");
		assertThat(one.text().en()).isEqualTo("fewer than 2 figures: cannot assess");
		assertThat(one.target().year()).isEqualTo(2025);
	}

	private static Target target(int year, Comparator comparator, String value) {
		return new Target(year, comparator, new BigDecimal(value), null);
	}

}
