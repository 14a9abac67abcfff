package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanPackLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Outliers on the corridor pack's districts: far from the zone's own years, far from the
 * other districts in the same year, or a jump on the year before; ordinary figures are
 * not flagged.
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
