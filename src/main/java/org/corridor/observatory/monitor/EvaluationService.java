package org.corridor.observatory.monitor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.monitor.targets.ZoneTargets;
import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanAdjusted;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.RegistryMeasures;
import org.corridor.observatory.registry.platform.PlatformsChanged;
import org.corridor.observatory.security.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evaluates the plan against the stored figures: one indicator, the whole plan in a year,
 * or an indicator's history year by year. A zone left out means the plan's root zone. A
 * computed indicator takes its figures from the enterprise registry instead of stored
 * observations, and is evaluated in the same way; its working names the query.
 * <p>
 * A whole plan's evaluation from the published figures as they are now (what the
 * overview, the public and the evaluation API ask for most) is kept until the figures,
 * either registry or the zones change ({@link FiguresPublished}, {@link RegistryChanged},
 * {@link PlatformsChanged}, {@link ZonesChanged}, {@link PlanAdjusted}, after their
 * commit); none is kept from inside a transaction, and one computed while such an event
 * arrived is not kept past it.
 * <p>
 * The root zone is judged against the plan's targets; another zone against the targets
 * decomposed to it ({@link ZoneTargets}); a zone without any gets no status against the
 * corridor's ({@link Status#NO_TARGET}) and is shown by its {@link Contribution}.
 * <p>
 * Each year is evaluated under the plan version in force then
 * ({@link PlanCatalog#getPlan(String, int)}); every evaluation names it. An approved
 * version ({@link PlanAdjusted}) forgets the kept evaluations too.
 */
@Service
public class EvaluationService {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final IndicatorEvaluator evaluator;

	private final RollUpCalculator rollUps = new RollUpCalculator();

	private final Map<IndicatorQuery.Subject, RegistryMeasures> measures;

	private final Clock clock;

	private final List<UnpublishedFigures> unpublished;

	private final ZoneTargets zoneTargets;

	/**
	 * Raised by every change that can alter an evaluation; a kept one of an older value
	 * is stale.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final Map<PlanKey, Kept> kept = new ConcurrentHashMap<>();

	EvaluationService(PlanCatalog catalog, ObservationStore store, IndicatorEvaluator evaluator,
			List<RegistryMeasures> measures, List<UnpublishedFigures> unpublished, ZoneTargets zoneTargets,
			Clock clock) {
		this.catalog = catalog;
		this.zoneTargets = zoneTargets;
		this.unpublished = unpublished;
		this.store = store;
		this.evaluator = evaluator;
		this.measures = measures.stream()
			.collect(Collectors.toUnmodifiableMap(RegistryMeasures::subject, Function.identity()));
		this.clock = clock;
	}

	/**
	 * The year shown when none is asked for: the latest year with figures, within the
	 * plan.
	 */
	public int defaultYear(String planId) {
		PlanHeader header = this.catalog.getPlan(planId).header();
		int year = this.store.findLatestYear(planId).orElse(LocalDate.now(this.clock).getYear() - 1);
		return Math.max(header.startYear(), Math.min(year, header.outlookYear()));
	}

	public PlanEvaluation evaluatePlan(String planId, Integer year, String zoneCode) {
		return evaluatePlan(planId, year, zoneCode, false);
	}

	/**
	 * The plan's indicators in a year and zone; with {@code includeUnpublished}, figures
	 * not yet published count too and mark what they touch (for insiders only).
	 * @throws AccessDeniedException when the current actor may not see unpublished
	 * figures
	 */
	public PlanEvaluation evaluatePlan(String planId, Integer year, String zoneCode, boolean includeUnpublished) {
		return evaluatePlan(planId, year, zoneCode, includeUnpublished, null);
	}

	/**
	 * As {@link #evaluatePlan(String, Integer, String, boolean)}, from the figures as
	 * they were published at {@code asOf} (null: now).
	 */
	public PlanEvaluation evaluatePlan(String planId, Integer year, String zoneCode, boolean includeUnpublished,
			Instant asOf) {
		String zone = zone(this.catalog.getPlan(planId), zoneCode);
		int at = (year != null) ? year : defaultYear(planId);
		Plan plan = this.catalog.getPlan(planId, at);
		boolean keepable = !includeUnpublished && asOf == null
				&& !TransactionSynchronizationManager.isActualTransactionActive();
		if (!keepable) {
			return computePlan(plan, at, zone, includeUnpublished, asOf);
		}
		long now = this.generation.get();
		PlanKey key = new PlanKey(planId, year, zone, plan.versionNumber());
		Kept found = this.kept.get(key);
		if (found != null && found.generation() == now) {
			return found.evaluation();
		}
		PlanEvaluation evaluation = computePlan(plan, at, zone, false, null);
		if (at >= plan.header().baselineYear() && at <= plan.header().outlookYear()) {
			this.kept.put(key, new Kept(now, evaluation));
		}
		return evaluation;
	}

	private PlanEvaluation computePlan(Plan plan, int at, String zone, boolean includeUnpublished, Instant asOf) {
		Overlay overlay = overlay(plan.header().id(), includeUnpublished).asOf(asOf);
		List<Indicator> indicators = plan.listIndicators();
		Decomposition decomposition = this.zoneTargets.current(plan);
		List<IndicatorEvaluation> evaluations = indicators.stream()
			.map((indicator) -> evaluate(plan, indicator, zone, at, overlay, decomposition))
			.toList();
		boolean demo = evaluations.stream().anyMatch(IndicatorEvaluation::demo);
		boolean marked = evaluations.stream().anyMatch(IndicatorEvaluation::unpublished);
		return new PlanEvaluation(plan.header().id(), at, zone, evaluations,
				this.rollUps.byGoal(indicators, evaluations), this.rollUps.byCategory(indicators, evaluations), demo,
				marked, plan.versionNumber());
	}

	/** Forgets every kept evaluation once a change to their inputs has committed. */
	@TransactionalEventListener(classes = { FiguresPublished.class, RegistryChanged.class, PlatformsChanged.class,
			ZonesChanged.class, PlanAdjusted.class }, fallbackExecution = true)
	void inputsChanged() {
		this.generation.incrementAndGet();
		this.kept.clear();
	}

	public IndicatorEvaluation evaluateIndicator(String planId, String code, Integer year, String zoneCode) {
		return evaluateIndicator(planId, code, year, zoneCode, false);
	}

	/** One indicator; with {@code includeUnpublished} as for {@link #evaluatePlan}. */
	public IndicatorEvaluation evaluateIndicator(String planId, String code, Integer year, String zoneCode,
			boolean includeUnpublished) {
		return evaluateIndicator(planId, code, year, zoneCode, includeUnpublished, null);
	}

	/** One indicator, from the figures as published at {@code asOf} (null: now). */
	public IndicatorEvaluation evaluateIndicator(String planId, String code, Integer year, String zoneCode,
			boolean includeUnpublished, Instant asOf) {
		int at = (year != null) ? year : defaultYear(planId);
		Plan plan = planWith(planId, code, at);
		Indicator indicator = plan.getIndicator(code);
		return evaluate(plan, indicator, zone(plan, zoneCode), at, overlay(planId, includeUnpublished).asOf(asOf),
				this.zoneTargets.current(plan));
	}

	/**
	 * The firms behind a computed indicator's figure in one year (the default year when
	 * none is asked for).
	 * @throws IllegalArgumentException if the indicator is reported, not computed
	 */
	public RegistryMeasures.Records records(String planId, String code, Integer year, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		if (indicator.query() == null) {
			throw new IllegalArgumentException("indicator " + code + " is reported, not computed from the registry");
		}
		int at = (year != null) ? year : defaultYear(planId);
		return measures(indicator.query()).records(plan, indicator.query(), zone(plan, zoneCode), at);
	}

	/**
	 * Every year from the plan's start to its outlook year that has figures or is due.
	 */
	public List<IndicatorEvaluation> history(String planId, String code, String zoneCode) {
		return history(planId, code, zoneCode, false);
	}

	/**
	 * Every year's evaluation; with {@code includeUnpublished} as for
	 * {@link #evaluatePlan}.
	 */
	public List<IndicatorEvaluation> history(String planId, String code, String zoneCode, boolean includeUnpublished) {
		Plan current = this.catalog.getPlan(planId);
		current.getIndicator(code);
		Overlay overlay = overlay(planId, includeUnpublished);
		PlanHeader header = current.header();
		int last = Math.max(defaultYear(planId), header.startYear());
		String zone = zone(current, zoneCode);
		Map<Integer, Series> seriesByVersion = new HashMap<>();
		List<IndicatorEvaluation> history = new ArrayList<>();
		for (int year = header.startYear(); year <= last; year++) {
			Plan plan = planWith(planId, code, year);
			Indicator indicator = plan.getIndicator(code);
			Series series = seriesByVersion.computeIfAbsent(plan.versionNumber(),
					(number) -> new Series(plan, indicator, zone, overlay));
			history.add(evaluate(plan, indicator, zone, year, series, this.zoneTargets.current(plan)));
		}
		return history;
	}

	/**
	 * An indicator's figures in each of the zones, year by year (reported, or computed
	 * from a registry for a computed indicator), under the plan as it is now; with
	 * {@code includeUnpublished} as for {@link #evaluatePlan}.
	 * @return the figures by zone code, in the order the zones were given
	 */
	public Map<String, List<YearValue>> figures(String planId, String code, List<String> zoneCodes,
			boolean includeUnpublished) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		Overlay overlay = overlay(planId, includeUnpublished);
		Map<String, List<YearValue>> figures = new LinkedHashMap<>();
		for (String zoneCode : zoneCodes) {
			String zone = zone(plan, zoneCode);
			figures.put(zone, series(plan, indicator, zone, overlay));
		}
		return figures;
	}

	/**
	 * What an indicator in a zone is judged against under the plan version in force now:
	 * the plan's targets, the zone's own, or none.
	 */
	public TargetBasis targetBasis(String planId, String code, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		return basis(plan, indicator, zone(plan, zoneCode), this.zoneTargets.current(plan));
	}

	/**
	 * An indicator as a year is evaluated under it: its name, unit, baseline and targets
	 * in the plan version of that year, or as it is now defined when that version did not
	 * have it yet.
	 * @throws org.corridor.observatory.plan.UnknownIndicatorException when no version has
	 * it
	 */
	public Indicator indicatorFor(String planId, String code, int year) {
		return planWith(planId, code, year).getIndicator(code);
	}

	/**
	 * The plan a year is evaluated under; the current one when the indicator was not yet
	 * in the plan of that year (an indicator added by an adjustment is evaluated in
	 * earlier years as it is now defined, and the evaluation says which version).
	 */
	private Plan planWith(String planId, String code, int year) {
		Plan plan = this.catalog.getPlan(planId, year);
		return plan.findIndicator(code).isPresent() ? plan : this.catalog.getPlan(planId);
	}

	private IndicatorEvaluation evaluate(Plan plan, Indicator indicator, String zone, int year, Overlay overlay,
			Decomposition decomposition) {
		return evaluate(plan, indicator, zone, year, new Series(plan, indicator, zone, overlay), decomposition);
	}

	private IndicatorEvaluation evaluate(Plan plan, Indicator indicator, String zone, int year, Series series,
			Decomposition decomposition) {
		TargetBasis basis = basis(plan, indicator, zone, decomposition);
		IndicatorEvaluation evaluation = this.evaluator.evaluate(indicator, plan.header(), series.zone(), year, basis);
		if (basis.kind() == TargetBasis.Kind.CONTRIBUTION) {
			evaluation = ContributionCalculator.attach(evaluation, series.zone(), series.corridor(),
					plan.rootZone().code(), decomposition.isAdditive(indicator), plan.header().baselineYear());
		}
		return ((indicator.query() != null) ? withQuery(evaluation, indicator.query()) : evaluation)
			.withPlanVersion(plan.versionNumber());
	}

	/**
	 * An indicator's series in a zone, and in the root zone when a contribution asks for
	 * it.
	 */
	private final class Series {

		private final Plan plan;

		private final Indicator indicator;

		private final Overlay overlay;

		private final List<YearValue> zone;

		private List<YearValue> corridor;

		Series(Plan plan, Indicator indicator, String zone, Overlay overlay) {
			this.plan = plan;
			this.indicator = indicator;
			this.overlay = overlay;
			this.zone = series(plan, indicator, zone, overlay);
		}

		List<YearValue> zone() {
			return this.zone;
		}

		List<YearValue> corridor() {
			if (this.corridor == null) {
				this.corridor = series(this.plan, this.indicator, this.plan.rootZone().code(), this.overlay);
			}
			return this.corridor;
		}

	}

	/**
	 * What a zone is judged against: the plan's targets for the root zone, the zone's own
	 * where some were decomposed to it, else none (its contribution is shown) unless the
	 * plan has no target to decompose either.
	 */
	private static TargetBasis basis(Plan plan, Indicator indicator, String zone, Decomposition decomposition) {
		if (zone.equals(plan.rootZone().code())) {
			return TargetBasis.plan(indicator);
		}
		String code = indicator.code().value();
		List<Target> own = decomposition.targetsFor(code, zone);
		Baseline baseline = decomposition.findBaseline(code, zone).orElse(null);
		if (!own.isEmpty() || indicator.targets().isEmpty()) {
			return TargetBasis.zone(own, baseline);
		}
		return TargetBasis.contribution(baseline);
	}

	/**
	 * Stored observations, or for a computed indicator the figures worked out from the
	 * registry.
	 */
	private List<YearValue> series(Plan plan, Indicator indicator, String zone, Overlay overlay) {
		IndicatorQuery query = indicator.query();
		if (query == null) {
			String code = indicator.code().value();
			List<YearValue> published = (overlay.asOf() != null)
					? this.store.series(plan.header().id(), code, zone, overlay.asOf())
					: this.store.series(plan.header().id(), code, zone);
			return overlay.over(published, code, zone);
		}
		PlanHeader header = plan.header();
		return measures(query).series(plan, query, zone, header.baselineYear(), header.lastYear())
			.stream()
			.map((measured) -> new YearValue(measured.year(), measured.value(), measured.demo()))
			.toList();
	}

	/** The evaluation with a first line of working that names the query. */
	private static IndicatorEvaluation withQuery(IndicatorEvaluation evaluation, IndicatorQuery query) {
		List<Step> working = new ArrayList<>();
		working.add((query.subject() == IndicatorQuery.Subject.PLATFORMS)
				? new Step("计算指标:由创新平台库计算", "computed from the platform registry", query.describe(), null)
				: new Step("计算指标:由企业库计算", "computed from the enterprise registry", query.describe(), null));
		working.addAll(evaluation.working());
		return evaluation.withWorking(working);
	}

	/**
	 * The end of a day in Beijing: what "as published on that day" means; null for null.
	 */
	public static Instant endOfDay(LocalDate day) {
		return (day != null) ? day.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant() : null;
	}

	/** The unpublished figures to lay over the published ones: none unless asked for. */
	private Overlay overlay(String planId, boolean includeUnpublished) {
		if (!includeUnpublished) {
			return Overlay.NONE;
		}
		Actor actor = Actor.current();
		if (!actor.isSystem() && (actor.role() == null || actor.role().isScoped())) {
			throw new AccessDeniedException("只有内部人员可以查看未审定的数据 / only insiders see unpublished figures");
		}
		Map<String, YearValue> byKey = new HashMap<>();
		for (UnpublishedFigures source : this.unpublished) {
			for (ObservationRecord record : source.listUnpublished(planId)) {
				byKey.put(Overlay.key(record.indicatorCode(), record.zoneCode()) + "|" + record.year(),
						new YearValue(record.year(), record.value(), false, true));
			}
		}
		return new Overlay(byKey, null);
	}

	/**
	 * Unpublished figures by indicator, zone and year.
	 *
	 * @param byKey the figures
	 * @param asOf the moment whose published figures count, or null for now
	 */
	private record Overlay(Map<String, YearValue> byKey, Instant asOf) {

		static final Overlay NONE = new Overlay(Map.of(), null);

		Overlay asOf(Instant at) {
			return new Overlay(this.byKey, at);
		}

		static String key(String indicator, String zone) {
			return indicator + "|" + zone;
		}

		/**
		 * The published series with any unpublished figure of the same year in its place.
		 */
		List<YearValue> over(List<YearValue> published, String indicator, String zone) {
			if (this.byKey.isEmpty()) {
				return published;
			}
			String prefix = key(indicator, zone) + "|";
			Map<Integer, YearValue> byYear = new TreeMap<>();
			published.forEach((value) -> byYear.put(value.year(), value));
			this.byKey.forEach((k, value) -> {
				if (k.startsWith(prefix)) {
					byYear.put(value.year(), value);
				}
			});
			return List.copyOf(byYear.values());
		}

	}

	private static String zone(Plan plan, String zoneCode) {
		return (zoneCode != null) ? plan.getZone(zoneCode).code() : plan.rootZone().code();
	}

	private RegistryMeasures measures(IndicatorQuery query) {
		RegistryMeasures measures = this.measures.get(query.subject());
		if (measures == null) {
			throw new IllegalStateException("no registry measures " + query.subject());
		}
		return measures;
	}

	/** A kept plan evaluation's question: the year as asked (null: the default year). */
	private record PlanKey(String planId, Integer year, String zone, int planVersion) {
	}

	private record Kept(long generation, PlanEvaluation evaluation) {
	}

}
