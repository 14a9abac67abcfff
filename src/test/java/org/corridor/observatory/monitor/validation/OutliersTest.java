package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.util.Map;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanPackLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Outliers on the corridor pack's districts: far from the zone's own years (even when the
 * year-on-year change is within bounds), far from the other districts in the same year,
 * or a jump on the year before; ordinary figures are not flagged.
 */
class OutliersTest {

	static final Plan PLAN = PlanPackLoader.load(PlanCatalog.packFiles("classpath:packs/chengxi-2021"));

	private static final String REVENUE = "DIGITAL_CORE_REVENUE";

	private static final String[] DISTRICTS = { "XIHU", "BINJIANG", "YUHANG", "LINPING", "LINAN", "FUYANG", "DEQING" };

	private static Figures ordinary() {
		Figures figures = new Figures();
		for (int d = 0; d < DISTRICTS.length; d++) {
			for (int year = 2020; year <= 2023; year++) {
				figures.put(REVENUE, DISTRICTS[d], year, BigDecimal.valueOf(1000 + 20 * d + 50 * (year - 2020)));
			}
		}
		return figures;
	}

	@Test
	void flagsNothingOrdinary() {
		assertThat(Outliers.check(PLAN, ordinary(), REVENUE, "XIHU", 2023)).isEmpty();
		assertThat(Outliers.check(PLAN, ordinary(), REVENUE, "XIHU", 2030)).isEmpty();
	}

	@Test
	void flagsAJumpOnTheYearBeforeWithItsNumbers() {
		Figures figures = ordinary().put(REVENUE, "XIHU", 2023, BigDecimal.valueOf(1700));
		assertThat(Outliers.check(PLAN, figures, REVENUE, "XIHU", 2023)).hasValueSatisfying((outlier) -> {
			assertThat(outlier.previous()).isEqualByComparingTo("1100");
			assertThat(outlier.yoyPercent()).isCloseTo(54.55, within(0.01));
			assertThat(outlier.reasonZh()).contains("同比 54.55%（上年 1100）");
			assertThat(outlier.reasonEn()).contains("year on year 54.55%");
		});
	}

	@Test
	void flagsAFigureFarFromItsOwnYearsAloneWithMedianMadAndZ() {
		// 西湖 grows by 10 a year, then by 370 (+35.9 %: under the 50 % that flags a jump);
		// the other districts spread around it that year, so only its own years set it
		// apart
		Figures figures = new Figures();
		int[] xihu = { 1000, 1010, 1020, 1030, 1400 };
		for (int i = 0; i < xihu.length; i++) {
			figures.put(REVENUE, "XIHU", 2020 + i, BigDecimal.valueOf(xihu[i]));
		}
		Map.of("BINJIANG", 1500, "YUHANG", 1200, "LINAN", 900, "FUYANG", 1100, "DEQING", 1300)
			.forEach((zone, value) -> figures.put(REVENUE, zone, 2024, BigDecimal.valueOf(value)));
		assertThat(Outliers.check(PLAN, figures, REVENUE, "XIHU", 2024)).hasValueSatisfying((outlier) -> {
			assertThat(outlier.previous()).isEqualByComparingTo("1030");
			assertThat(outlier.yoyPercent()).isCloseTo(370.0 / 1030 * 100, within(1e-9))
				.isLessThan(Outliers.YOY_LIMIT_PERCENT);
			// 1000, 1010, 1020, 1030, 1400: median 1020, deviations 20, 10, 0, 10, 380 →
			// MAD 10
			assertThat(outlier.seriesMedian()).isEqualTo(1020.0);
			assertThat(outlier.seriesMad()).isEqualTo(10.0);
			assertThat(outlier.seriesZ()).isCloseTo(0.6745 * (1400 - 1020) / 10, within(1e-9))
				.isGreaterThan(Outliers.Z_LIMIT);
			// among the six districts (900 … 1500): median 1250, MAD 150, z 0.67
			assertThat(outlier.peerMedian()).isEqualTo(1250.0);
			assertThat(outlier.peerMad()).isEqualTo(150.0);
			assertThat(outlier.peerZ()).isCloseTo(0.6745, within(1e-9));
			// what the reviewer reads: the zone's own years only, against their median
			assertThat(outlier.reference()).isEqualByComparingTo("1020");
			assertThat(outlier.reasonZh()).isEqualTo("本单元历年 z=25.63（中位数 1020.00，MAD 10.00）；");
			assertThat(outlier.reasonEn()).isEqualTo("z within the zone's years 25.63 (median 1020.00, MAD 10.00); ");
		});
	}

	@Test
	void flagsAFigureFarFromItsPeersWithMedianMadAndZ() {
		// a tenfold typo among the districts of 2020, the first year (no year before);
		// the
		// peers are the six reporting districts, not LINPING (its 1060 is left out)
		Figures figures = ordinary().put(REVENUE, "LINAN", 2020, BigDecimal.valueOf(10800));
		assertThat(Outliers.check(PLAN, figures, REVENUE, "LINAN", 2020)).hasValueSatisfying((outlier) -> {
			assertThat(outlier.yoyPercent()).isNull();
			assertThat(outlier.peerMedian()).isEqualTo(1070.0);
			assertThat(outlier.peerMad()).isEqualTo(50.0);
			assertThat(outlier.peerZ()).isCloseTo(0.6745 * (10800 - 1070) / 50, within(0.001));
			assertThat(outlier.reasonEn()).contains("z among peer zones", "median 1070.00", "MAD 50.00");
			// beyond its own years too: compared with its own median
			assertThat(outlier.reference()).isEqualByComparingTo("1205");
		});
	}

	@Test
	void robustStatisticsNeedThreeFiguresAndSomeSpread() {
		assertThat(Outliers.robust(java.util.List.of(BigDecimal.ONE, BigDecimal.TEN), 5)).isNull();
		double[] flat = Outliers.robust(java.util.List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), 1);
		assertThat(Double.isNaN(flat[2])).isTrue();
		double[] spread = Outliers.robust(java.util.List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(105),
				BigDecimal.valueOf(110), BigDecimal.valueOf(500)), 500);
		assertThat(spread[0]).isEqualTo(107.5);
		assertThat(spread[1]).isEqualTo(5.0);
		assertThat(spread[2]).isCloseTo(0.6745 * 392.5 / 5, within(0.001));
	}

}
