package org.corridor.observatory.report;

import java.util.List;

import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorCode;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress words as docs/reports.md maps them from the statuses, the numbers as the
 * report writes them, and the yearly or total requirement a target sets.
 */
class NdrcRatingTest {

	@Test
	void statusesMapToTheNdrcWords() {
		assertThat(NdrcRating.of(Status.ACHIEVED, 0.5)).isEqualTo(NdrcRating.AHEAD);
		assertThat(NdrcRating.of(Status.ON_TRACK, 1.10)).isEqualTo(NdrcRating.FASTER);
		assertThat(NdrcRating.of(Status.ON_TRACK, 1.0999)).isEqualTo(NdrcRating.AS_EXPECTED);
		assertThat(NdrcRating.of(Status.ON_TRACK, null)).isEqualTo(NdrcRating.AS_EXPECTED);
		assertThat(NdrcRating.of(Status.LAGGING, 0.9)).isEqualTo(NdrcRating.LAGGING);
		assertThat(NdrcRating.of(Status.OFF_TRACK, 0.2)).isEqualTo(NdrcRating.LAGGING);
		assertThat(NdrcRating.of(Status.NO_DATA, null).rated()).isFalse();
		assertThat(NdrcRating.of(Status.NO_TARGET, null).rated()).isFalse();
		assertThat(List.of(NdrcRating.AHEAD, NdrcRating.FASTER, NdrcRating.AS_EXPECTED, NdrcRating.LAGGING))
			.extracting((r) -> r.label().zh())
			.containsExactly("提前实现", "快于预期", "基本符合预期", "滞后");
	}

	@Test
	void numbersAreWrittenSoTheyCanBeReadBack() {
		assertThat(ReportFormat.figure(12345.678)).isEqualTo("12,345.68");
		assertThat(ReportFormat.figure(2025.0)).isEqualTo("2,025");
		assertThat(ReportFormat.figure(0.005)).isEqualTo("0.01");
		assertThat(ReportFormat.figure(null)).isEqualTo("—");
		assertThat(ReportFormat.percent(0.3333)).isEqualTo("33.3%");
		assertThat(ReportFormat.percent(1.05)).isEqualTo("105.0%");
		assertThat(ReportFormat.ratio(0.8)).isEqualTo("0.80");
	}

	@Test
	void theRequirementIsYearlyGrowthOrPointsInAll() {
		Indicator money = indicator("亿元");
		IndicatorEvaluation e = evaluation(1000.0, 2020, 2025, 1610.51);
		assertThat(ReportBuilder.requirement(money, e).zh()).isEqualTo("年均增长 10.0%");
		Indicator share = indicator("%");
		assertThat(ReportBuilder.requirement(share, evaluation(2.5, 2020, 2025, 3.2)).zh()).isEqualTo("累计提高 0.7 个百分点");
		assertThat(ReportBuilder.requirement(indicator("家"), evaluation(0.0, 2020, 2025, 3.0)).zh())
			.isEqualTo("累计增加 3");
	}

	private static Indicator indicator(String unit) {
		return new Indicator(new IndicatorCode("TEST_X"), LocalizedText.of("指标", "indicator"),
				LocalizedText.of(unit, unit), "C", null, Direction.HIGHER, Attribute.EXPECTED, null, List.of(),
				Frequency.ANNUAL, null, null, null, "", null);
	}

	private static IndicatorEvaluation evaluation(double baseline, int baseYear, int targetYear, double target) {
		return new IndicatorEvaluation("TEST_X", 2023, null, baseline, baseYear,
				IndicatorEvaluation.BaselineOrigin.PLAN,
				new Target(targetYear, Comparator.GE, java.math.BigDecimal.valueOf(target), null), target, null, null,
				null, null, null, null, null, Status.NO_DATA, false, false, false, null, List.of());
	}

}
