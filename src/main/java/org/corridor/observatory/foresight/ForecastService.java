package org.corridor.observatory.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.monitor.EvaluationBands;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.FiguresPublished;
import org.corridor.observatory.monitor.TargetBasis;
import org.corridor.observatory.monitor.YearValue;
import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanAdjusted;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.platform.PlatformsChanged;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forecasts the plan's indicators (预测) from the figures evaluations read, under the same
 * rules: the published figures unless an insider asks for unpublished ones too
 * ({@link EvaluationService#figures}), each zone against its own targets
 * ({@link EvaluationService#targetBasis}); demo figures mark what they touch.
 * <p>
 * A forecast is made "as of" a year: from the figures up to it, to every milestone of the
 * plan and every target year after it, up to the outlook year. Each series' simulation is
 * seeded from the plan's seed and the indicator and zone, so that the same figures always
 * give the same probabilities. The method shown is the one with the best backtest over
 * every indicator and zone of the plan ({@link Backtest}); the backtest and whole-plan
 * forecasts from the published figures are kept until the figures, a registry, the zones
 * or the plan's version (which carries the zone targets) change.
 */
@Service
public class ForecastService {

	/** Simulated paths per forecast. */
	public static final int DRAWS = 1000;

	/** The prediction intervals' coverage. */
	public static final double LEVEL = 0.8;

	private static final long SEED = 20210101L;

	private final PlanCatalog catalog;

	private final EvaluationService evaluations;

	private final double tolerance;

	private final AtomicLong generation = new AtomicLong();

	private final Map<String, Kept<PlanBacktest>> backtests = new ConcurrentHashMap<>();

	private final Map<String, Kept<PlanForecast>> plans = new ConcurrentHashMap<>();

	ForecastService(PlanCatalog catalog, EvaluationService evaluations, EvaluationBands bands) {
		this.catalog = catalog;
		this.evaluations = evaluations;
		this.tolerance = bands.approxTolerance();
	}

	/** The latest year whose figures count when none is asked for. */
	public int defaultYear(String planId) {
		return this.evaluations.defaultYear(planId);
	}

	/** Every indicator in a zone (null: the plan's root zone). */
	public PlanForecast forecastPlan(String planId, String zoneCode, Integer asOf, boolean includeUnpublished) {
		Plan plan = this.catalog.getPlan(planId);
		String zone = (zoneCode != null && !zoneCode.isBlank()) ? plan.getZone(zoneCode).code()
				: plan.rootZone().code();
		int year = (asOf != null) ? asOf : defaultYear(planId);
		boolean keepable = !includeUnpublished && !TransactionSynchronizationManager.isActualTransactionActive();
		String key = planId + "|" + zone + "|" + year + "|" + plan.versionNumber();
		long now = this.generation.get();
		Kept<PlanForecast> found = keepable ? this.plans.get(key) : null;
		if (found != null && found.generation() == now) {
			return found.value();
		}
		Method chosen = backtest(planId).report().chosen();
		List<SeriesForecast> forecasts = plan.listIndicators()
			.stream()
			.map((indicator) -> forecast(plan, indicator, zone, year, includeUnpublished, chosen))
			.toList();
		PlanForecast result = new PlanForecast(planId, zone, year, chosen, forecasts,
				forecasts.stream().anyMatch(SeriesForecast::demo),
				forecasts.stream().anyMatch(SeriesForecast::unpublished));
		if (keepable) {
			this.plans.put(key, new Kept<>(now, result));
		}
		return result;
	}

	/** One indicator in a zone (null: the plan's root zone). */
	public SeriesForecast forecast(String planId, String code, String zoneCode, Integer asOf,
			boolean includeUnpublished) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		String zone = (zoneCode != null && !zoneCode.isBlank()) ? plan.getZone(zoneCode).code()
				: plan.rootZone().code();
		int year = (asOf != null) ? asOf : defaultYear(planId);
		return forecast(plan, indicator, zone, year, includeUnpublished, backtest(planId).report().chosen());
	}

	/** Every indicator in every zone of the plan (what the bench times). */
	public List<PlanForecast> forecastEveryZone(String planId, Integer asOf) {
		Plan plan = this.catalog.getPlan(planId);
		return plan.listZones().stream().map((zone) -> forecastPlan(planId, zone.code(), asOf, false)).toList();
	}

	/**
	 * The backtest over every indicator and zone of the plan, from the published figures
	 * up to the default year.
	 */
	public PlanBacktest backtest(String planId) {
		Plan plan = this.catalog.getPlan(planId);
		long now = this.generation.get();
		Kept<PlanBacktest> found = this.backtests.get(planId);
		if (found != null && found.generation() == now) {
			return found.value();
		}
		int year = defaultYear(planId);
		List<Backtest.Series> series = new ArrayList<>();
		boolean demo = false;
		for (Indicator indicator : plan.listIndicators()) {
			if (indicator.frequency() == Frequency.ONCE) {
				continue;
			}
			for (Zone zone : plan.listZones()) {
				Input input = input(plan, indicator, zone.code(), year, false);
				if (input.years.length > Forecaster.MIN_FIGURES) {
					demo |= input.demo;
					series.add(new Backtest.Series(indicator.code().value() + "@" + zone.code(), input.years,
							input.values, indicator.direction(), input.targets));
				}
			}
		}
		BacktestReport report = new Backtest(new Forecaster(DRAWS / 2, SEED, LEVEL, this.tolerance)).run(series,
				this.tolerance);
		PlanBacktest result = new PlanBacktest(planId, year, report, demo);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			this.backtests.put(planId, new Kept<>(now, result));
		}
		return result;
	}

	/** Forgets what was kept once a change to its inputs has committed. */
	@TransactionalEventListener(classes = { FiguresPublished.class, RegistryChanged.class, PlatformsChanged.class,
			ZonesChanged.class, PlanAdjusted.class }, fallbackExecution = true)
	void inputsChanged() {
		this.generation.incrementAndGet();
		this.backtests.clear();
		this.plans.clear();
	}

	private SeriesForecast forecast(Plan plan, Indicator indicator, String zone, int asOf, boolean includeUnpublished,
			Method chosen) {
		String code = indicator.code().value();
		Input input = input(plan, indicator, zone, asOf, includeUnpublished);
		List<SeriesForecast.Figure> figures = new ArrayList<>();
		for (int i = 0; i < input.years.length; i++) {
			figures.add(new SeriesForecast.Figure(input.years[i], input.values[i], input.years[i] == input.baseline));
		}
		int latest = (input.years.length > 0) ? input.years[input.years.length - 1] : asOf;
		List<SeriesForecast.Settled> settled = new ArrayList<>();
		for (Target target : input.targets) {
			for (int i = 0; i < input.years.length; i++) {
				if (input.years[i] == target.year()) {
					settled.add(new SeriesForecast.Settled(target.year(), target, input.values[i],
							Forecaster.meets(target, indicator.direction(), input.values[i], this.tolerance)));
				}
			}
		}
		if (indicator.frequency() == Frequency.ONCE) {
			return new SeriesForecast(code, zone, asOf, figures, false, "一次性指标,不作预测",
					"a figure stated once: not forecast", chosen, List.of(), settled, LEVEL, input.demo,
					input.unpublished);
		}
		TreeSet<Integer> ahead = new TreeSet<>();
		plan.header().milestones().stream().filter((y) -> y > latest).forEach(ahead::add);
		input.targets.stream().map(Target::year).filter((y) -> y > latest).forEach(ahead::add);
		ahead.removeIf((y) -> y > plan.header().outlookYear());
		if (ahead.isEmpty()) {
			return new SeriesForecast(code, zone, asOf, figures, false, "没有待预测的目标年份", "no milestone ahead", chosen,
					List.of(), settled, LEVEL, input.demo, input.unpublished);
		}
		if (input.years.length < Forecaster.MIN_FIGURES) {
			return new SeriesForecast(code, zone, asOf, figures, false, "数据少于 " + Forecaster.MIN_FIGURES + " 个,无法评估",
					"fewer than " + Forecaster.MIN_FIGURES + " figures: cannot assess", chosen, List.of(), settled,
					LEVEL, input.demo, input.unpublished);
		}
		List<Target> open = input.targets.stream().filter((t) -> t.year() > latest).toList();
		Forecaster forecaster = new Forecaster(DRAWS, SEED ^ (code + "@" + zone).hashCode(), LEVEL, this.tolerance);
		List<MethodForecast> methods = new ArrayList<>();
		for (Method method : Method.values()) {
			methods
				.add(forecaster.forecast(method, input.years, input.values, indicator.direction(), open, ahead.last()));
		}
		boolean any = methods.stream().anyMatch((m) -> m.method() == chosen && m.available());
		Method shown = any ? chosen : Method.LINEAR;
		return new SeriesForecast(code, zone, asOf, figures, true, null, null, shown, methods, settled, LEVEL,
				input.demo, input.unpublished);
	}

	/** The figures up to a year, with a stated baseline in its year, and the targets. */
	private Input input(Plan plan, Indicator indicator, String zone, int asOf, boolean includeUnpublished) {
		String code = indicator.code().value();
		List<YearValue> stored = this.evaluations.figures(plan.id(), code, List.of(zone), includeUnpublished).get(zone);
		TargetBasis basis = this.evaluations.targetBasis(plan.id(), code, zone);
		Baseline baseline = basis.baseline();
		java.util.TreeMap<Integer, Double> byYear = new java.util.TreeMap<>();
		boolean demo = false;
		boolean unpublished = false;
		for (YearValue figure : stored) {
			if (figure.year() <= asOf) {
				byYear.put(figure.year(), figure.value().doubleValue());
				demo |= figure.demo();
				unpublished |= figure.unpublished();
			}
		}
		int baselineYear = Integer.MIN_VALUE;
		if (baseline != null && baseline.year() <= asOf && !byYear.isEmpty()) {
			// a stated baseline takes the place of any figure observed in its year
			byYear.put(baseline.year(), baseline.value().doubleValue());
			baselineYear = baseline.year();
		}
		int[] years = byYear.keySet().stream().mapToInt(Integer::intValue).toArray();
		double[] values = byYear.values().stream().mapToDouble(Double::doubleValue).toArray();
		return new Input(years, values, basis.targets(), baselineYear, demo, unpublished);
	}

	private record Input(int[] years, double[] values, List<Target> targets, int baseline, boolean demo,
			boolean unpublished) {
	}

	private record Kept<T>(long generation, T value) {
	}

}
