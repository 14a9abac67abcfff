package org.corridor.observatory.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanHeader;

import org.springframework.stereotype.Service;

/**
 * Evaluates the plan against the stored figures: one indicator, the whole plan in a year,
 * or an indicator's history year by year. A zone left out means the plan's root zone.
 */
@Service
public class EvaluationService {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final IndicatorEvaluator evaluator;

	private final RollUpCalculator rollUps = new RollUpCalculator();

	private final Clock clock;

	EvaluationService(PlanCatalog catalog, ObservationStore store, IndicatorEvaluator evaluator, Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.evaluator = evaluator;
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
			.map((indicator) -> this.evaluator.evaluate(indicator, plan.header(),
					this.store.series(planId, indicator.code().value(), zone), at))
			.toList();
		boolean demo = evaluations.stream().anyMatch(IndicatorEvaluation::demo);
		return new PlanEvaluation(planId, at, zone, evaluations, this.rollUps.byGoal(indicators, evaluations),
				this.rollUps.byCategory(indicators, evaluations), demo);
	}

	public IndicatorEvaluation evaluateIndicator(String planId, String code, Integer year, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		int at = (year != null) ? year : defaultYear(planId);
		return this.evaluator.evaluate(indicator, plan.header(), this.store.series(planId, code, zone(plan, zoneCode)),
				at);
	}

	/**
	 * Every year from the plan's start to its outlook year that has figures or is due.
	 */
	public List<IndicatorEvaluation> history(String planId, String code, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(code);
		PlanHeader header = plan.header();
		int last = Math.max(defaultYear(planId), header.startYear());
		return this.evaluator.history(indicator, header, this.store.series(planId, code, zone(plan, zoneCode)),
				header.startYear(), last);
	}

	private static String zone(Plan plan, String zoneCode) {
		return (zoneCode != null) ? plan.getZone(zoneCode).code() : plan.rootZone().code();
	}

}
