package org.corridor.observatory.monitor.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import org.corridor.observatory.plan.FigureKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.plan.ValueKind;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The built-in checks every figure passes, whatever the path: the year within the plan's
 * range (base year to outlook year), the value fitting the indicator's kind, a running
 * total (累计) never falling. The second pack (riverside-2026: base year 2025, outlook
 * 2040) has a count that is a running total (CLEAN_FIRMS, 家), money (GREEN_REVENUE, 亿元),
 * a share (RENEWABLE_SHARE, %) and a quantity (ENERGY_INTENSITY, 吨标准煤/万元).
 */
class BuiltInChecksTest {

	static final Plan RIVERSIDE = PlanPackLoader.load(PlanCatalog.packFiles("classpath:packs/riverside-2026"));

	static final Plan CORRIDOR = PlanPackLoader.load(PlanCatalog.packFiles("classpath:packs/chengxi-2021"));

	private static List<ImportProblem> problems(String rows, int currentYear, StoredSeries stored) {
		byte[] csv = ("indicator_code,zone_code,period,value\n" + rows).getBytes(StandardCharsets.UTF_8);
		return assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> ObservationFileReader.read("f.csv", csv, RIVERSIDE, currentYear, stored))
			.actual()
			.problems();
	}

	private static int accepted(String rows, int currentYear, StoredSeries stored) {
		byte[] csv = ("indicator_code,zone_code,period,value\n" + rows).getBytes(StandardCharsets.UTF_8);
		return ObservationFileReader.read("f.csv", csv, RIVERSIDE, currentYear, stored).records().size();
	}

	@Test
	void derivesTheKindFromTheUnitUnlessThePackSaysOtherwise() {
		assertThat(ValueKind.fromUnit(LocalizedText.of("家", "firms"))).isEqualTo(ValueKind.COUNT);
		assertThat(ValueKind.fromUnit(LocalizedText.of("项", "items"))).isEqualTo(ValueKind.COUNT);
		assertThat(ValueKind.fromUnit(LocalizedText.of("%", "%"))).isEqualTo(ValueKind.SHARE);
		assertThat(ValueKind.fromUnit(LocalizedText.of("亿元", "100 million CNY"))).isEqualTo(ValueKind.MONEY);
		assertThat(ValueKind.fromUnit(LocalizedText.of("吨标准煤/万元", "tce per 10 000 CNY"))).isEqualTo(ValueKind.QUANTITY);
		assertThat(ValueKind.fromUnit(LocalizedText.of("平方公里", "km²"))).isEqualTo(ValueKind.QUANTITY);
		assertThat(RIVERSIDE.getIndicator("CLEAN_FIRMS").figures())
			.isEqualTo(new FigureKind(ValueKind.COUNT, true, false));
		assertThat(RIVERSIDE.getIndicator("GREEN_RD_SPENDING").figures().kind()).isEqualTo(ValueKind.MONEY);
		assertThat(CORRIDOR.getIndicator("TOP_INSTITUTIONS_ATTRACTED").figures().cumulative()).isTrue();
		assertThat(CORRIDOR.getIndicator("DIGITAL_CORE_REVENUE").figures().cumulative()).isFalse();
	}

	@Test
	void refusesYearsOutsideTheBaseYearToOutlookYear() {
		List<ImportProblem> problems = problems(
				"GREEN_REVENUE,VALLEY,2024,1\nGREEN_REVENUE,VALLEY,2041,1\nGREEN_REVENUE,VALLEY,2025,1\n"
						+ "GREEN_REVENUE,VALLEY,2040,1\n",
				2045, StoredSeries.NONE);
		assertThat(problems).extracting(ImportProblem::row).containsExactly(2, 3);
		assertThat(problems.get(0).zh()).contains("早于规划基期 2025 年（规划范围 2025–2040 年）");
		assertThat(problems.get(1).en()).contains("after the plan's outlook year 2040 (the plan covers 2025–2040)");
	}

	@Test
	void refusesAFigureForAYearAfterAPlanThatEndsBefore() {
		// The corridor plan's outlook is 2035: 2036 is refused even when it has begun.
		byte[] csv = "indicator_code,zone_code,period,value\nDIGITAL_CORE_REVENUE,CORRIDOR,2036,1\n"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> ObservationFileReader.read("f.csv", csv, CORRIDOR, 2040))
			.satisfies((ex) -> assertThat(ex.problems().get(0).en()).contains("outlook year 2035"));
	}

	@Test
	void refusesValuesThatDoNotFitTheIndicatorsKind() {
		List<ImportProblem> problems = problems(
				"GREEN_REVENUE,VALLEY,2025,-3\n" + "CLEAN_FIRMS,VALLEY,2025,2.5\n" + "CLEAN_FIRMS,NORTH_TOWN,2025,-1\n"
						+ "RENEWABLE_SHARE,VALLEY,2025,100.5\n" + "RENEWABLE_SHARE,NORTH_TOWN,2025,-0.1\n",
				2026, StoredSeries.NONE);
		assertThat(problems).extracting(ImportProblem::row).containsExactly(2, 3, 4, 5, 6);
		assertThat(problems).allSatisfy((p) -> assertThat(p.column()).isEqualTo("value"));
		assertThat(problems.get(0).zh()).isEqualTo("指标 GREEN_REVENUE 为金额（单位：亿元），不能为负数：-3");
		assertThat(problems.get(1).en()).contains("is a count (unit firms) and must be whole, not 2.5");
		assertThat(problems.get(2).en()).contains("cannot be negative: -1");
		assertThat(problems.get(3).zh()).contains("为比重（%），应在 0–100 之间");
		assertThat(problems.get(4).en()).contains("cannot be negative: -0.1");
	}

	@Test
	void acceptsValuesAtTheBoundsAndQuantitiesOfAnySign() {
		assertThat(accepted("RENEWABLE_SHARE,VALLEY,2025,100\nRENEWABLE_SHARE,NORTH_TOWN,2025,0\n"
				+ "CLEAN_FIRMS,VALLEY,2025,5.000\nENERGY_INTENSITY,VALLEY,2025,-0.1\nGREEN_REVENUE,VALLEY,2025,0\n",
				2026, StoredSeries.NONE))
			.isEqualTo(5);
	}

	@Test
	void refusesARunningTotalThatFallsWithinTheFile() {
		List<ImportProblem> problems = problems("CLEAN_FIRMS,VALLEY,2026,4\nCLEAN_FIRMS,VALLEY,2025,5\n", 2026,
				StoredSeries.NONE);
		assertThat(problems).singleElement().satisfies((p) -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.value()).isEqualTo("4");
			assertThat(p.zh()).contains("累计数，不能逐年下降").contains("2026 年为 4，低于 2025 年的 5（本文件第 3 行）");
			assertThat(p.en()).contains("running total and cannot fall");
		});
	}

	@Test
	void refusesARunningTotalThatFallsBelowOrRisesAbovePublishedFigures() {
		TreeMap<Integer, BigDecimal> published = new TreeMap<>();
		published.put(2025, new BigDecimal("5"));
		StoredSeries stored = (indicator, zone) -> indicator.equals("CLEAN_FIRMS") && zone.equals("VALLEY")
				? new TreeMap<>(published) : new TreeMap<>();
		assertThat(problems("CLEAN_FIRMS,VALLEY,2026,4\n", 2026, stored)).singleElement()
			.satisfies((p) -> assertThat(p.zh()).contains("低于 2025 年的 5（已发布）"));
		published.clear();
		published.put(2026, new BigDecimal("3"));
		assertThat(problems("CLEAN_FIRMS,VALLEY,2025,4\n", 2026, stored)).singleElement()
			.satisfies((p) -> assertThat(p.en()).contains("above the published 3 of 2026"));
		// the file's own figure replaces the published one of its year
		assertThat(accepted("CLEAN_FIRMS,VALLEY,2025,4\nCLEAN_FIRMS,VALLEY,2026,6\n", 2026, stored)).isEqualTo(2);
	}

	@Test
	void letsAnIndicatorThatIsNoRunningTotalFall() {
		assertThat(accepted("GREEN_REVENUE,VALLEY,2025,5\nGREEN_REVENUE,VALLEY,2026,4\n", 2026, StoredSeries.NONE))
			.isEqualTo(2);
	}

	@Test
	void checksAFormFigureAsAFileRow() {
		TreeMap<Integer, BigDecimal> published = new TreeMap<>();
		published.put(2025, new BigDecimal("5"));
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> ObservationFileReader.checkFigure(RIVERSIDE, 2026, "CLEAN_FIRMS", "VALLEY", 2026, "4",
					null, (i, z) -> new TreeMap<>(published)))
			.satisfies((ex) -> assertThat(ex.problems().get(0).zh()).contains("累计数"));
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(
				() -> ObservationFileReader.checkFigure(RIVERSIDE, 2026, "CLEAN_FIRMS", "VALLEY", 2026, "5.5", null))
			.satisfies((ex) -> assertThat(ex.problems().get(0).en()).contains("must be whole"));
	}

}
