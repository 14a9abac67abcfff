package org.corridor.observatory.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corridor.observatory.chain.ChainOpportunities;
import org.corridor.observatory.foresight.ForecastService;
import org.corridor.observatory.foresight.Method;
import org.corridor.observatory.foresight.MethodForecast;
import org.corridor.observatory.foresight.MilestoneForecast;
import org.corridor.observatory.foresight.PlanForecast;
import org.corridor.observatory.foresight.SeriesForecast;
import org.corridor.observatory.foresight.YearForecast;
import org.corridor.observatory.monitor.EvaluationBands;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.TargetBasis;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.scenario.ScenarioRun.MilestoneOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Scenarios run on a hand-made baseline of the corridor's plan, the numbers worked out by
 * hand. Digital-core revenue (亿元, target > 10000 in 2025) was 8000, 8500, 9000 in
 * 2021–2023 and is forecast at 9500 in 2024 and 10000 in 2025 (80 % interval 9500–10500,
 * so σ = 1000 / (2 × 1.28155) = 390.15; probability 0.5). National innovation centres (≥
 * 3 in 2025) are forecast at 2 (interval 1.5–2.5, σ = 0.39015; probability 0.1).
 */
class ScenarioRunnerTest {

	private static final String REVENUE = "DIGITAL_CORE_REVENUE";

	private static final String CENTRES = "NATIONAL_INNOVATION_CENTRES";

	private final Plan plan = SamplePacks.corridor();

	private final ForecastService forecasts = mock(ForecastService.class);

	private final EvaluationService evaluations = mock(EvaluationService.class);

	private final ChainOpportunities opportunities = mock(ChainOpportunities.class);

	private final Scenarios scenarios = mock(Scenarios.class);

	private ScenarioRunner runner;

	@BeforeEach
	void baseline() {
		PlanCatalog catalog = mock(PlanCatalog.class);
		when(this.forecasts.defaultYear("chengxi-2021")).thenReturn(2025);
		when(catalog.getPlan("chengxi-2021")).thenReturn(this.plan);
		when(this.evaluations.targetBasis(eq("chengxi-2021"), anyString(), anyString()))
			.thenAnswer((call) -> TargetBasis.plan(this.plan.getIndicator(call.getArgument(1))));
		Target revenueTarget = this.plan.getIndicator(REVENUE).targets().get(0);
		Target centresTarget = this.plan.getIndicator(CENTRES).targets().get(0);
		SeriesForecast revenue = series(REVENUE, "CORRIDOR", new double[] { 8000, 8500, 9000 },
				List.of(year(2024, 9500, 9100, 9900), year(2025, 10000, 9500, 10500)),
				new MilestoneForecast(2025, revenueTarget, 10000, 9500, 10500, 0.5));
		SeriesForecast centres = series(CENTRES, "CORRIDOR", new double[] { 0, 1, 1 },
				List.of(year(2024, 1.5, 1.1, 1.9), year(2025, 2, 1.5, 2.5)),
				new MilestoneForecast(2025, centresTarget, 2, 1.5, 2.5, 0.1));
		when(this.forecasts.forecastPlan(eq("chengxi-2021"), eq("CORRIDOR"), eq(2023), eq(false)))
			.thenReturn(new PlanForecast("chengxi-2021", "CORRIDOR", 2023, Method.LINEAR, List.of(revenue, centres),
					false, false));
		SeriesForecast linping = series(REVENUE, "LINPING", new double[] { 100, 110, 120 },
				List.of(year(2024, 130, 125, 135), year(2025, 140, 130, 150)), null);
		when(this.forecasts.forecastPlan(eq("chengxi-2021"), eq("LINPING"), eq(2023), eq(false))).thenReturn(
				new PlanForecast("chengxi-2021", "LINPING", 2023, Method.LINEAR, List.of(linping), false, false));
		SeriesForecast xihu = series(REVENUE, "XIHU", new double[] { 1000, 1100, 1200 },
				List.of(year(2024, 1300, 1250, 1350), year(2025, 1400, 1300, 1500)), null);
		when(this.forecasts.forecastPlan(eq("chengxi-2021"), eq("XIHU"), eq(2023), eq(false)))
			.thenReturn(new PlanForecast("chengxi-2021", "XIHU", 2023, Method.LINEAR, List.of(xihu), false, false));
		this.runner = new ScenarioRunner(catalog, this.scenarios, this.forecasts, this.evaluations, this.opportunities,
				new EvaluationBands(0.95, 0.8, 0.05));
	}

	@Test
	void growthOfTenPercentFrom2024Lifts2025RevenueTo10890AndMeetsTheTarget() {
		ScenarioRun run = run(Assumption.growth(REVENUE, "CORRIDOR", 2024, new BigDecimal("10")));
		MilestoneOutcome m = milestone(run, REVENUE);
		// 9000 × 1.1 = 9900 in 2024, × 1.1 = 10890 in 2025
		assertThat(m.baseline()).isEqualTo(10000);
		assertThat(m.baselineMeets()).isFalse();
		assertThat(m.value()).isCloseTo(10890, within(1e-9));
		assertThat(m.change()).isCloseTo(890, within(1e-9));
		assertThat(m.meets()).isTrue();
		// 1 − Φ(0 − 890 / 390.15) = Φ(2.2811) = 0.98873
		assertThat(m.probability()).isCloseTo(0.98873, within(0.0001));
		assertThat(m.contributions()).singleElement().satisfies((c) -> {
			assertThat(c.assumption()).isEqualTo(1);
			assertThat(c.kind()).isEqualTo(AssumptionKind.GROWTH);
			assertThat(c.delta()).isCloseTo(890, within(1e-9));
		});
		assertThat(milestone(run, CENTRES).contributions()).isEmpty();
	}

	@Test
	void growthInADistrictAddsItsChangeToTheCorridorsAdditiveRevenue() {
		ScenarioRun run = run(Assumption.growth(REVENUE, "XIHU", 2024, new BigDecimal("20")));
		// Xihu: 1200 × 1.2 = 1440, × 1.2 = 1728 in 2025 against its baseline 1400: +328
		assertThat(milestone(run, REVENUE).change()).isCloseTo(328, within(1e-9));
		assertThat(milestone(run, REVENUE).value()).isCloseTo(10328, within(1e-9));
	}

	/** Candidate 7 landing in 西湖 adds 120 to the revenue. */
	private void candidate7AddsRevenue120InXihu() {
		when(this.opportunities.landing("chengxi-2021", 7L, "XIHU", null))
			.thenReturn(
					new ChainOpportunities.LandingEffect(7, "示例企业", "XIHU", 2023, List.of(),
							List.of(new ChainOpportunities.IndicatorEffect(REVENUE, LocalizedText.of("收入", "revenue"),
									LocalizedText.of("亿元", "100 million CNY"), 9000.0, 120, 9120.0, null, false)),
							false));
	}

	@Test
	void aLandingAddsItsRevenueFromItsYearOn() {
		candidate7AddsRevenue120InXihu();
		ScenarioRun run = run(Assumption.landing(7, "XIHU", 2024).withCandidateName("示例企业"));
		MilestoneOutcome m = milestone(run, REVENUE);
		assertThat(m.value()).isCloseTo(10120, within(1e-9));
		assertThat(m.meets()).isTrue();
		// 1 − Φ(−120 / 390.15) = Φ(0.30757) = 0.62079
		assertThat(m.probability()).isCloseTo(0.62079, within(0.0001));
		assertThat(m.contributions().get(0).label().zh()).contains("示例企业").contains("西湖区");
		// a landing after the milestone changes nothing by it
		ScenarioRun late = run(Assumption.landing(7, "XIHU", 2026));
		assertThat(milestone(late, REVENUE).change()).isZero();
		assertThat(milestone(late, REVENUE).contributions()).isEmpty();
	}

	@Test
	void aCentreAccreditedIn2025TakesTheCountFromTwoToThreeAndMeetsAtLeastThree() {
		Platform centre = new Platform("DEMO_CENTRE", "示例创新中心", "Example centre", "NATIONAL_TECH_INNOVATION_CENTRE",
				"national", null, List.of(), Map.of(PlatformStatus.OPERATING, LocalDate.of(2022, 3, 1)), null, null,
				null, null, List.of("CORRIDOR"), false, false, "test");
		when(this.scenarios.platforms("chengxi-2021")).thenReturn(Map.of("DEMO_CENTRE", centre));
		ScenarioRun run = run(Assumption.platform("DEMO_CENTRE", "accredited", 2025));
		MilestoneOutcome m = milestone(run, CENTRES);
		assertThat(m.baseline()).isEqualTo(2);
		assertThat(m.baselineMeets()).isFalse();
		assertThat(m.value()).isEqualTo(3);
		assertThat(m.meets()).isTrue();
		// Δ = 1 = 2.5631 σ; z₀ = Φ⁻¹(0.9) = 1.28155; 1 − Φ(1.28155 − 2.5631) = 0.9
		assertThat(m.probability()).isCloseTo(0.9, within(0.0001));
		// already accredited in the registry: nothing changes
		Platform accredited = new Platform("DEMO_CENTRE", "示例创新中心", null, "NATIONAL_TECH_INNOVATION_CENTRE", "national",
				null, List.of(), Map.of(PlatformStatus.ACCREDITED, LocalDate.of(2022, 3, 1)), null, null, null, null,
				List.of(), false, false, "test");
		when(this.scenarios.platforms("chengxi-2021")).thenReturn(Map.of("DEMO_CENTRE", accredited));
		ScenarioRun again = run(Assumption.platform("DEMO_CENTRE", "accredited", 2025));
		assertThat(milestone(again, CENTRES).value()).isEqualTo(2);
		assertThat(again.notes()).singleElement().satisfies((n) -> assertThat(n.assumption()).isEqualTo(1));
	}

	@Test
	void linpingCountedInFrom2024AddsItsForecastRevenueToTheCorridor() {
		ScenarioRun run = run(Assumption.boundary("LINPING", 2024, new BigDecimal("100")));
		// Linping's 2025 forecast 140 added
		assertThat(milestone(run, REVENUE).value()).isCloseTo(10140, within(1e-9));
		ScenarioRun half = run(Assumption.boundary("XIHU", 2024, new BigDecimal("-50")));
		// half of Xihu's 2025 forecast (1400) taken out
		assertThat(milestone(half, REVENUE).value()).isCloseTo(9300, within(1e-9));
		assertThat(milestone(half, REVENUE).meets()).isFalse();
		// centres are counts too, but Xihu has no figures of them: unchanged
		assertThat(milestone(half, CENTRES).change()).isZero();
	}

	@Test
	void aCentreAccreditedBeforeThePlanPeriodDoesNotCountAndReportingDistrictsLieWithinTheCorridor() {
		Platform centre = new Platform("OLD", "旧中心", null, "NATIONAL_TECH_INNOVATION_CENTRE", "national", null,
				List.of(), Map.of(), null, null, null, null, List.of("XIHU"), false, false, "test");
		var query = this.plan.getIndicator(CENTRES).query();
		// "since: 2021": accredited in 2020 does not count, in 2022 does from 2022
		assertThat(ScenarioRunner.counts(this.plan, query, centre, this.plan.rootZone(), 2025,
				PlatformStatus.ACCREDITED, 2020))
			.isFalse();
		assertThat(ScenarioRunner.counts(this.plan, query, centre, this.plan.rootZone(), 2021,
				PlatformStatus.ACCREDITED, 2022))
			.isFalse();
		assertThat(ScenarioRunner.counts(this.plan, query, centre, this.plan.getZone("XIHU"), 2022,
				PlatformStatus.ACCREDITED, 2022))
			.isTrue();
		// operating is not accredited
		assertThat(ScenarioRunner.counts(this.plan, query, centre, this.plan.rootZone(), 2025, PlatformStatus.OPERATING,
				2022))
			.isFalse();
		assertThat(ScenarioRunner.within(this.plan, "XIHU", this.plan.rootZone())).isTrue();
		assertThat(ScenarioRunner.within(this.plan, "LINPING", this.plan.rootZone())).isFalse();
		assertThat(ScenarioRunner.within(this.plan, "SOUTH_WING_XIHU", this.plan.rootZone())).isTrue();
		assertThat(ScenarioRunner.within(this.plan, "CORRIDOR", this.plan.getZone("XIHU"))).isFalse();
	}

	@Test
	void runsFromTheYearBeforeTheLastTargetOnceEveryTargetYearHasFigures() {
		// figures to 2025, the plan's targets all due in 2025: the run starts from 2024
		assertThat(this.runner.defaultYear("chengxi-2021")).isEqualTo(2024);
	}

	@Test
	void effectsAddUpAndEachIsNamed() {
		candidate7AddsRevenue120InXihu();
		ScenarioRun run = run(Assumption.growth(REVENUE, "CORRIDOR", 2024, new BigDecimal("10")),
				Assumption.landing(7, "XIHU", 2025), Assumption.boundary("LINPING", 2024, new BigDecimal("100")));
		// 10890 + 120 + 140
		MilestoneOutcome m = milestone(run, REVENUE);
		assertThat(m.value()).isCloseTo(11150, within(1e-9));
		assertThat(m.contributions()).extracting(ScenarioRun.Contribution::assumption).containsExactly(1, 2, 3);
	}

	private ScenarioRun run(Assumption... assumptions) {
		ScenarioVersion version = new ScenarioVersion(1, 1, "测试", null, null, false, "tester", Instant.EPOCH,
				List.of(assumptions));
		return this.runner.run("chengxi-2021", version, null, 2023);
	}

	private static MilestoneOutcome milestone(ScenarioRun run, String code) {
		return run.indicators()
			.stream()
			.filter((i) -> i.code().equals(code))
			.findFirst()
			.orElseThrow()
			.milestones()
			.stream()
			.filter((m) -> m.year() == 2025)
			.findFirst()
			.orElseThrow();
	}

	private static YearForecast year(int year, double value, double lower, double upper) {
		return new YearForecast(year, value, lower, upper, lower, value, value, value, upper);
	}

	private static SeriesForecast series(String code, String zone, double[] values, List<YearForecast> path,
			MilestoneForecast milestone) {
		List<SeriesForecast.Figure> figures = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			figures.add(new SeriesForecast.Figure(2021 + i, values[i], false));
		}
		MethodForecast main = new MethodForecast(Method.LINEAR, true, null, null, values.length, 1.0, null, 1.0, path,
				(milestone != null) ? List.of(milestone) : List.of());
		return new SeriesForecast(code, zone, 2023, figures, true, null, null, Method.LINEAR, List.of(main), List.of(),
				0.8, false, false);
	}

}
