package org.corridor.observatory.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.registry.RegistryMeasures;

import org.springframework.stereotype.Service;

/**
 * Evaluates the plan against the stored figures: one indicator, the whole plan in a year,
 * or an indicator's history year by year. A zone left out means the plan's root zone. A
 * computed indicator takes its figures from the enterprise registry instead of stored
 * observations, and is evaluated in the same way; its working names the query.
 */
@Service
public class EvaluationService {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final IndicatorEvaluator evaluator;

	private final RollUpCalculator rollUps = new RollUpCalculator();

	private final Map<IndicatorQuery.Subject, RegistryMeasures> measures;

	private final Clock clock;

	EvaluationService(PlanCatalog catalog, ObservationStore store, IndicatorEvaluator evaluator,
			List<RegistryMeasures> measures, Clock clock) {
		this.catalog = catalog;
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
		Plan plan = this.catalog.getPlan(planId);
		int at = (year != null) ? year : defaultYear(planId);
		String zone = zone(plan, zoneCode);
		List<Indicator> indicators = plan.listIndicators();
		List<IndicatorEvaluation> evaluations = indicators.stream()
			.map((indicator) -> evaluate(plan, indicator, zone, at))
			.toList();
		boolean demo = evaluations.stream().anyMatch(IndicatorEvaluation::demo);
		return new PlanEvaluation(planId, at, zone, evaluations, this.rollUps.byGoal(indicators, evaluations),
				this.rollUps.byCategory(indicators, evaluations), demo);
	}

	public IndicatorEvaluation evaluateIndicator(String planId, String code, Integer year, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		int at = (year != null) ? year : defaultYear(planId);
		return evaluate(plan, indicator, zone(plan, zoneCode), at);
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
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		PlanHeader header = plan.header();
		int last = Math.max(defaultYear(planId), header.startYear());
		String zone = zone(plan, zoneCode);
		List<IndicatorEvaluation> history = this.evaluator.history(indicator, header, series(plan, indicator, zone),
				header.startYear(), last);
		if (indicator.query() == null) {
			return history;
		}
		return history.stream().map((evaluation) -> withQuery(evaluation, indicator.query())).toList();
	}

	private IndicatorEvaluation evaluate(Plan plan, Indicator indicator, String zone, int year) {
		IndicatorEvaluation evaluation = this.evaluator.evaluate(indicator, plan.header(),
				series(plan, indicator, zone), year);
		return (indicator.query() != null) ? withQuery(evaluation, indicator.query()) : evaluation;
	}

	/**
	 * Stored observations, or for a computed indicator the figures worked out from the
	 * registry.
	 */
	private List<YearValue> series(Plan plan, Indicator indicator, String zone) {
		IndicatorQuery query = indicator.query();
		if (query == null) {
			return this.store.series(plan.header().id(), indicator.code().value(), zone);
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
		working.add(new Step("计算指标:由企业库计算", "computed from the enterprise registry", query.describe(), null));
		working.addAll(evaluation.working());
		IndicatorEvaluation e = evaluation;
		return new IndicatorEvaluation(e.indicatorCode(), e.year(), e.actual(), e.baselineValue(), e.baselineYear(),
				e.baselineOrigin(), e.target(), e.targetValue(), e.completion(), e.timeProgress(), e.performanceRatio(),
				e.observedCagr(), e.requiredCagr(), e.projection(), e.projectedToMeet(), e.status(),
				e.bindingShortfall(), e.demo(), e.reason(), working);
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

}
