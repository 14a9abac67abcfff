package org.corridor.observatory.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.corridor.observatory.chain.ChainOpportunities;
import org.corridor.observatory.chain.UnknownChainException;
import org.corridor.observatory.foresight.ForecastService;
import org.corridor.observatory.foresight.Forecaster;
import org.corridor.observatory.foresight.MethodForecast;
import org.corridor.observatory.foresight.MilestoneForecast;
import org.corridor.observatory.foresight.PlanForecast;
import org.corridor.observatory.foresight.SeriesForecast;
import org.corridor.observatory.foresight.YearForecast;
import org.corridor.observatory.monitor.EvaluationBands;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.UnknownZoneException;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.scenario.ScenarioRun.Contribution;
import org.corridor.observatory.scenario.ScenarioRun.IndicatorOutcome;
import org.corridor.observatory.scenario.ScenarioRun.MilestoneOutcome;
import org.corridor.observatory.scenario.ScenarioRun.Note;

import org.springframework.stereotype.Service;

/**
 * Runs scenarios (模拟推演): the baseline forecast of every indicator in a zone
 * ({@link ForecastService}, published figures, the backtest's method) with a version's
 * assumptions applied, at each target still ahead. How each kind is applied:
 * <ul>
 * <li>Growth in the zone run: the indicator follows the rate from the year before its
 * first year ({@link ScenarioMath#grow}); in a zone within it, for an additive indicator,
 * the zone's grown figure less its baseline is added.</li>
 * <li>Landing: the firm's effect on each indicator ({@link ChainOpportunities#landing})
 * is added every year from its year on, when it lands in the zone run or within it: its
 * listed figures, neither grown nor counted twice, for a running total (the firm is
 * there) as for a yearly flow (its yearly figures count each year).</li>
 * <li>Platform: every computed count of platforms the platform would then match (type,
 * level, domain, zone, the stage reached, its {@code since} year) is one higher from its
 * year on, unless the registry already counts it that year.</li>
 * <li>Boundary: run in the corridor, each additive indicator changes by the zone's figure
 * (reported, else its baseline forecast, else its latest figure) times the share; shares,
 * rates and other indicators that do not add up are left as they are.</li>
 * </ul>
 * Within a zone means the zone itself, one under it, or, for the corridor, any reporting
 * district. The probabilities move with the change ({@link ScenarioMath#probability}).
 */
@Service
public class ScenarioRunner {

	private final PlanCatalog catalog;

	private final Scenarios scenarios;

	private final ForecastService forecasts;

	private final EvaluationService evaluations;

	private final ChainOpportunities opportunities;

	private final double tolerance;

	ScenarioRunner(PlanCatalog catalog, Scenarios scenarios, ForecastService forecasts, EvaluationService evaluations,
			ChainOpportunities opportunities, EvaluationBands bands) {
		this.catalog = catalog;
		this.scenarios = scenarios;
		this.forecasts = forecasts;
		this.evaluations = evaluations;
		this.opportunities = opportunities;
		this.tolerance = bands.approxTolerance();
	}

	/**
	 * Runs a version of a scenario in a zone.
	 * @param planId the plan
	 * @param scenarioId the scenario
	 * @param version the version, or null for the latest
	 * @param zoneCode the zone, or null for the plan's root zone (the corridor)
	 */
	public ScenarioRun run(String planId, long scenarioId, Integer version, String zoneCode) {
		return run(planId, this.scenarios.getVersion(planId, scenarioId, version), zoneCode, null);
	}

	/**
	 * Runs a version of a scenario in a zone from the figures up to a year.
	 * @param asOf the latest year whose figures count, or null for {@link #defaultYear}
	 */
	public ScenarioRun run(String planId, long scenarioId, Integer version, String zoneCode, Integer asOf) {
		return run(planId, this.scenarios.getVersion(planId, scenarioId, version), zoneCode, asOf);
	}

	/** Runs the latest versions of scenarios side by side in a zone. */
	public ScenarioComparison compare(String planId, List<Long> scenarioIds, String zoneCode) {
		return compare(planId, scenarioIds, zoneCode, null);
	}

	/**
	 * The year a run starts from when none is asked for: the latest year with figures,
	 * but no later than the year before the plan's last target, so that a target is still
	 * ahead once every target year has its figures (the run then says what would have
	 * changed the outcome).
	 */
	public int defaultYear(String planId) {
		Plan plan = this.catalog.getPlan(planId);
		int last = plan.listIndicators()
			.stream()
			.flatMap((i) -> i.targets().stream())
			.mapToInt(Target::year)
			.max()
			.orElse(plan.header().endYear());
		return Math.min(this.forecasts.defaultYear(planId), last - 1);
	}

	/**
	 * Runs the latest versions of scenarios side by side in a zone from the figures up to
	 * a year.
	 */
	public ScenarioComparison compare(String planId, List<Long> scenarioIds, String zoneCode, Integer asOfYear) {
		List<ScenarioRun> runs = new ArrayList<>();
		for (Long id : scenarioIds) {
			runs.add(run(planId, id, null, zoneCode, asOfYear));
		}
		int asOf = runs.isEmpty() ? ((asOfYear != null) ? asOfYear : defaultYear(planId)) : runs.get(0).asOfYear();
		Plan plan = this.catalog.getPlan(planId);
		String zone = (zoneCode != null && !zoneCode.isBlank()) ? plan.getZone(zoneCode).code()
				: plan.rootZone().code();
		return new ScenarioComparison(planId, zone, asOf, runs, runs.stream().anyMatch(ScenarioRun::demo));
	}

	/**
	 * Runs a version in a zone (null: the corridor) from the figures up to a year (null:
	 * {@link #defaultYear}).
	 */
	public ScenarioRun run(String planId, ScenarioVersion version, String zoneCode, Integer asOf) {
		Plan plan = this.catalog.getPlan(planId);
		Zone zone = (zoneCode != null && !zoneCode.isBlank()) ? plan.getZone(zoneCode) : plan.rootZone();
		Run run = new Run(plan, zone, version, (asOf != null) ? asOf : defaultYear(planId));
		List<Assumption> assumptions = version.assumptions();
		for (int i = 0; i < assumptions.size(); i++) {
			Assumption a = assumptions.get(i);
			switch (a.kind()) {
				case GROWTH -> run.growth(i + 1, a);
				case LANDING -> run.landing(i + 1, a);
				case PLATFORM -> run.platform(i + 1, a);
				case BOUNDARY -> run.boundary(i + 1, a);
			}
		}
		return run.result();
	}

	/** Whether zone {@code part} is the zone {@code whole} or lies within it. */
	static boolean within(Plan plan, String part, Zone whole) {
		if (part.equals(whole.code())) {
			return true;
		}
		Zone zone = plan.findZone(part).orElse(null);
		if (zone == null) {
			return false;
		}
		if (whole.code().equals(plan.rootZone().code()) && zone.level() == ZoneLevel.DISTRICT && zone.reporting()) {
			return true;
		}
		for (Zone at = zone; at.parent() != null; at = plan.getZone(at.parent())) {
			if (at.parent().equals(whole.code())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a platform counts towards a computed count in a zone by the end of a year:
	 * the registry's own stages, or the stage assumed from its year on.
	 */
	static boolean counts(Plan plan, IndicatorQuery query, Platform platform, Zone zone, int year,
			PlatformStatus assumed, Integer assumedYear) {
		boolean root = zone.code().equals(plan.rootZone().code());
		if (!root && !platform.zones().contains(zone.code())) {
			return false;
		}
		if (!query.types().isEmpty() && !query.types().contains(platform.type())) {
			return false;
		}
		if (query.level() != null && !query.level().equals(platform.level())) {
			return false;
		}
		if (query.domain() != null && !platform.domains().contains(query.domain())) {
			return false;
		}
		if (query.zone() != null && !query.zone().equals(plan.rootZone().code())
				&& !platform.zones().contains(query.zone())) {
			return false;
		}
		LocalDate end = LocalDate.of(year, 12, 31);
		if (query.status() == null) {
			return platform.stages().isEmpty() || platform.stages().values().stream().anyMatch((d) -> !d.isAfter(end))
					|| (assumed != null && assumedYear <= year);
		}
		List<PlatformStatus> through = PlatformStatus.of(query.status()).reachedThrough();
		Integer reached = through.stream()
			.map(platform::reached)
			.filter((day) -> day != null && !day.isAfter(end))
			.map(LocalDate::getYear)
			.min(Integer::compare)
			.orElse(null);
		if (assumed != null && through.contains(assumed) && assumedYear <= year
				&& (reached == null || assumedYear < reached)) {
			reached = assumedYear;
		}
		return reached != null && (query.since() == null || reached >= query.since());
	}

	/** One run: the baseline of the zone, then each assumption's effect. */
	private final class Run {

		private final Plan plan;

		private final Zone zone;

		private final ScenarioVersion version;

		private final int asOf;

		private final PlanForecast base;

		private final Map<String, PlanForecast> others = new HashMap<>();

		private final Map<String, Map<Integer, Double>> rates = new HashMap<>();

		private final Map<String, TreeMap<Integer, Integer>> rateAssumptions = new HashMap<>();

		private final Map<String, List<Effect>> effects = new LinkedHashMap<>();

		private final List<Note> notes = new ArrayList<>();

		private Map<String, Platform> platforms;

		private boolean demo;

		Run(Plan plan, Zone zone, ScenarioVersion version, int asOf) {
			this.plan = plan;
			this.zone = zone;
			this.version = version;
			this.asOf = asOf;
			this.base = ScenarioRunner.this.forecasts.forecastPlan(plan.id(), zone.code(), asOf, false);
			this.demo = this.base.demo() || version.demo();
		}

		void growth(int number, Assumption a) {
			Indicator indicator = this.plan.getIndicator(a.indicator());
			LocalizedText label = label(a);
			if (a.zone().equals(this.zone.code())) {
				this.rates.computeIfAbsent(a.indicator(), (k) -> new TreeMap<>()).put(a.year(), a.rate().doubleValue());
				this.rateAssumptions.computeIfAbsent(a.indicator(), (k) -> new TreeMap<>()).put(a.year(), number);
				return;
			}
			if (!within(this.plan, a.zone(), this.zone)) {
				note(number, "所设空间单元不在本次推演范围内", "its zone lies outside the zone run");
				return;
			}
			if (!this.plan.decomposition().isAdditive(indicator)) {
				note(number, "该指标不可加，下级空间单元的增速不改变本空间单元的数值",
						"the indicator does not add up, so a zone's growth within does not change this zone's figure");
				return;
			}
			SeriesForecast there = forecastIn(a.zone()).byCode().get(a.indicator());
			Map<Integer, Double> figures = figures(there);
			Map<Integer, Double> baseline = path(there);
			Map<Integer, Double> grown = ScenarioMath.grow(figures, baseline, Map.of(a.year(), a.rate().doubleValue()),
					Assumption.growsInPoints(indicator.unit().zh()), this.plan.header().outlookYear());
			effect(a.indicator(), new Effect(number, AssumptionKind.GROWTH, label, (year) -> {
				Double g = grown.get(year);
				Double b = baseline.get(year);
				return (g != null && b != null) ? g - b : null;
			}));
		}

		void landing(int number, Assumption a) {
			if (!within(this.plan, a.zone(), this.zone)) {
				note(number, "企业落地的空间单元不在本次推演范围内", "the firm lands outside the zone run");
				return;
			}
			ChainOpportunities.LandingEffect effect;
			try {
				effect = ScenarioRunner.this.opportunities.landing(this.plan.id(), a.candidate(), a.zone(), null);
			}
			catch (UnknownChainException ex) {
				note(number, "招商候选名单中已没有这家企业", "the firm is no longer on the candidate list");
				return;
			}
			catch (UnknownZoneException ex) {
				note(number, "产业链分析不含这个空间单元", "the chain analysis does not cover this zone");
				return;
			}
			this.demo |= effect.demo();
			if (effect.indicators().isEmpty()) {
				note(number, "这家企业不计入任何规划指标", "the firm counts towards none of the plan's indicators");
			}
			LocalizedText label = label(a);
			for (ChainOpportunities.IndicatorEffect indicator : effect.indicators()) {
				double delta = indicator.delta();
				effect(indicator.code(),
						new Effect(number, AssumptionKind.LANDING, label, (year) -> (year >= a.year()) ? delta : 0.0));
			}
		}

		void platform(int number, Assumption a) {
			Platform platform = platforms().get(a.platform());
			if (platform == null) {
				note(number, "创新平台库中已没有这个平台", "the platform is no longer in the registry");
				return;
			}
			this.demo |= platform.demo();
			PlatformStatus stage = PlatformStatus.of(a.stage());
			boolean any = false;
			for (Indicator indicator : this.plan.listIndicators()) {
				IndicatorQuery query = indicator.query();
				if (query == null || query.subject() != IndicatorQuery.Subject.PLATFORMS
						|| query.measure() != IndicatorQuery.Measure.COUNT) {
					continue;
				}
				boolean touched = false;
				for (int year = a.year(); year <= this.plan.header().outlookYear() && !touched; year++) {
					touched = counts(this.plan, query, platform, this.zone, year, stage, a.year())
							&& !counts(this.plan, query, platform, this.zone, year, null, null);
				}
				if (!touched) {
					continue;
				}
				any = true;
				effect(indicator.code().value(),
						new Effect(number, AssumptionKind.PLATFORM, label(a),
								(year) -> (counts(this.plan, query, platform, this.zone, year, stage, a.year())
										&& !counts(this.plan, query, platform, this.zone, year, null, null)) ? 1.0
												: 0.0));
			}
			if (!any) {
				note(number, "没有计算指标因此变化（平台不符合条件、不在本空间单元，或已计入）",
						"no computed indicator changes (the platform does not match, lies elsewhere, or already counts)");
			}
		}

		void boundary(int number, Assumption a) {
			if (!this.zone.code().equals(this.plan.rootZone().code())) {
				note(number, "范围调整只作用于走廊整体", "a boundary change applies to the corridor as a whole");
				return;
			}
			double share = a.rate().doubleValue() / 100;
			PlanForecast there = forecastIn(a.zone());
			this.demo |= there.demo();
			for (Indicator indicator : this.plan.listIndicators()) {
				if (!this.plan.decomposition().isAdditive(indicator)) {
					continue;
				}
				SeriesForecast series = there.byCode().get(indicator.code().value());
				Map<Integer, Double> figures = figures(series);
				if (figures.isEmpty()) {
					continue;
				}
				Map<Integer, Double> baseline = path(series);
				int latest = figures.keySet().stream().mapToInt(Integer::intValue).max().getAsInt();
				double last = figures.get(latest);
				effect(indicator.code().value(), new Effect(number, AssumptionKind.BOUNDARY, label(a), (year) -> {
					if (year < a.year()) {
						return 0.0;
					}
					Double value = figures.getOrDefault(year, baseline.getOrDefault(year, last));
					return share * value;
				}));
			}
		}

		ScenarioRun result() {
			List<IndicatorOutcome> outcomes = new ArrayList<>();
			for (Indicator indicator : this.plan.listIndicators()) {
				outcomes.add(outcome(indicator, this.base.byCode().get(indicator.code().value())));
			}
			return new ScenarioRun(this.plan.id(), this.zone.code(), this.zone.name(), this.base.asOfYear(),
					this.base.chosen(), this.version.scenarioId(), this.version.number(), this.version.name(),
					this.version.assumptions(), outcomes, this.notes, this.demo);
		}

		private IndicatorOutcome outcome(Indicator indicator, SeriesForecast series) {
			String code = indicator.code().value();
			Map<Integer, Double> figures = figures(series);
			Map<Integer, Double> baseline = path(series);
			int latest = figures.keySet()
				.stream()
				.mapToInt(Integer::intValue)
				.max()
				.orElse((series != null) ? series.asOfYear() : this.base.asOfYear());
			MethodForecast main = (series != null) ? series.main() : null;
			List<Target> ahead = ScenarioRunner.this.evaluations.targetBasis(this.plan.id(), code, this.zone.code())
				.targets()
				.stream()
				.filter((t) -> t.year() > latest && t.year() <= this.plan.header().outlookYear())
				.toList();
			Map<Integer, Double> rates = this.rates.get(code);
			Map<Integer, Double> grown = (rates == null) ? null : ScenarioMath.grow(figures, baseline, rates,
					Assumption.growsInPoints(indicator.unit().zh()), this.plan.header().outlookYear());
			List<MilestoneOutcome> milestones = new ArrayList<>();
			for (Target target : ahead) {
				int year = target.year();
				Double b = baseline.get(year);
				MilestoneForecast forecast = (main == null) ? null
						: main.milestones()
							.stream()
							.filter((m) -> m.year() == year && m.target().equals(target))
							.findFirst()
							.orElse(null);
				List<Contribution> contributions = new ArrayList<>();
				Double value = b;
				if (grown != null && this.rateAssumptions.get(code).floorEntry(year) != null) {
					int number = this.rateAssumptions.get(code).floorEntry(year).getValue();
					value = grown.get(year);
					contributions.add(new Contribution(number, AssumptionKind.GROWTH,
							label(this.version.assumptions().get(number - 1)),
							(value != null && b != null) ? value - b : null));
				}
				for (Effect effect : this.effects.getOrDefault(code, List.of())) {
					Double delta = effect.delta().apply(year);
					if (delta == null || delta == 0) {
						continue;
					}
					contributions.add(new Contribution(effect.number(), effect.kind(), effect.label(), delta));
					value = (value != null) ? value + delta : null;
				}
				contributions.sort(java.util.Comparator.comparingInt(Contribution::assumption));
				Double change = (value != null && b != null) ? value - b : null;
				Double probability = null;
				if (forecast != null && value != null && change != null) {
					probability = ScenarioMath.probability(target, indicator.direction(), ScenarioRunner.this.tolerance,
							forecast.value(), forecast.lower(), forecast.upper(), series.level(),
							forecast.probability(), change);
				}
				milestones.add(new MilestoneOutcome(year, target, b, (forecast != null) ? forecast.lower() : null,
						(forecast != null) ? forecast.upper() : null,
						(forecast != null) ? forecast.probability() : null,
						(b != null) ? meets(target, indicator, b) : null, value, probability,
						(value != null) ? meets(target, indicator, value) : null, change, contributions));
			}
			return new IndicatorOutcome(code, indicator.name(), indicator.unit(), indicator.direction(), main != null,
					(series != null) ? series.reasonZh() : null, (series != null) ? series.reasonEn() : null,
					milestones);
		}

		private boolean meets(Target target, Indicator indicator, double value) {
			return Forecaster.meets(target, indicator.direction(), value, ScenarioRunner.this.tolerance);
		}

		private PlanForecast forecastIn(String zoneCode) {
			return this.others.computeIfAbsent(zoneCode,
					(code) -> ScenarioRunner.this.forecasts.forecastPlan(this.plan.id(), code, this.asOf, false));
		}

		private Map<String, Platform> platforms() {
			if (this.platforms == null) {
				this.platforms = ScenarioRunner.this.scenarios.platforms(this.plan.id());
			}
			return this.platforms;
		}

		private void effect(String code, Effect effect) {
			this.effects.computeIfAbsent(code, (k) -> new ArrayList<>()).add(effect);
		}

		private void note(int number, String zh, String en) {
			this.notes.add(new Note(number, zh, en));
		}

		private LocalizedText label(Assumption a) {
			return AssumptionLabels.label(this.plan, a, platforms());
		}

	}

	/** The reported figures of a forecast, by year. */
	static Map<Integer, Double> figures(SeriesForecast series) {
		Map<Integer, Double> figures = new TreeMap<>();
		if (series != null) {
			series.figures().forEach((f) -> figures.put(f.year(), f.value()));
		}
		return figures;
	}

	/** The chosen method's forecast values, by year; empty when there is none. */
	static Map<Integer, Double> path(SeriesForecast series) {
		Map<Integer, Double> path = new TreeMap<>();
		MethodForecast main = (series != null) ? series.main() : null;
		if (main != null) {
			for (YearForecast year : main.path()) {
				path.put(year.year(), year.value());
			}
		}
		return path;
	}

	private record Effect(int number, AssumptionKind kind, LocalizedText label, IntFunction<Double> delta) {
	}

}
