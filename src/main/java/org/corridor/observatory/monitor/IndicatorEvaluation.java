package org.corridor.observatory.monitor;

import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.plan.Target;

/**
 * Where one indicator stands in one year for one zone (指标评估): the figures it was judged
 * on, the completion C, time progress τ and performance ratio R = C/τ, the growth rates
 * and the projection to the target year, the status, and the working that leads there.
 * Computed figures are null when they cannot be computed; the working says why. Nothing
 * is rounded here; only the formula text of the working is.
 *
 * @param indicatorCode the indicator
 * @param year the year evaluated (t)
 * @param actual the figure for that year (A), or null when there is none
 * @param baselineValue the baseline (B), or null when there is none
 * @param baselineYear the base year (t0), or null when there is no baseline
 * @param baselineOrigin whether the plan states the baseline or it was observed, or null
 * @param target the target judged against, or null when the indicator has none
 * @param targetValue the value completion is measured towards (T), or null
 * @param completion C = (A − B)/(T − B)
 * @param timeProgress τ = (t − t0)/(t1 − t0), capped at 1 after the target year
 * @param performanceRatio R = C/τ
 * @param observedCagr the annual growth rate from B at t0 to A at t
 * @param requiredCagr the annual growth rate still needed from A at t to T at t1
 * @param projection the value at the target year on the least-squares trend
 * @param projectedToMeet whether the projection meets the target
 * @param status the status
 * @param bindingShortfall whether a binding indicator falls short of time progress
 * @param demo whether any figure used is demo data
 * @param unpublished whether any figure used is not yet published (未审定)
 * @param reason why there is no status, in Chinese and English, or null
 * @param working the inputs, formulas and the rule that set the status
 * @param contribution for a zone without a target of its own ({@link Status#NO_TARGET}),
 * its share of the corridor's figure and growth; otherwise null
 */
public record IndicatorEvaluation(String indicatorCode, int year, Double actual, Double baselineValue,
		Integer baselineYear, BaselineOrigin baselineOrigin, Target target, Double targetValue, Double completion,
		Double timeProgress, Double performanceRatio, Double observedCagr, Double requiredCagr, Double projection,
		Boolean projectedToMeet, Status status, boolean bindingShortfall, boolean demo, boolean unpublished,
		String reason, List<Step> working, Contribution contribution) {

	public IndicatorEvaluation {
		if (indicatorCode == null || status == null) {
			throw new IllegalArgumentException("an evaluation needs an indicator code and a status");
		}
		working = List.copyOf(working);
	}

	/** An evaluation against a target (no contribution). */
	public IndicatorEvaluation(String indicatorCode, int year, Double actual, Double baselineValue,
			Integer baselineYear, BaselineOrigin baselineOrigin, Target target, Double targetValue, Double completion,
			Double timeProgress, Double performanceRatio, Double observedCagr, Double requiredCagr, Double projection,
			Boolean projectedToMeet, Status status, boolean bindingShortfall, boolean demo, boolean unpublished,
			String reason, List<Step> working) {
		this(indicatorCode, year, actual, baselineValue, baselineYear, baselineOrigin, target, targetValue, completion,
				timeProgress, performanceRatio, observedCagr, requiredCagr, projection, projectedToMeet, status,
				bindingShortfall, demo, unpublished, reason, working, null);
	}

	/** This evaluation with other working, the same in all else. */
	public IndicatorEvaluation withWorking(List<Step> steps) {
		return new IndicatorEvaluation(this.indicatorCode, this.year, this.actual, this.baselineValue,
				this.baselineYear, this.baselineOrigin, this.target, this.targetValue, this.completion,
				this.timeProgress, this.performanceRatio, this.observedCagr, this.requiredCagr, this.projection,
				this.projectedToMeet, this.status, this.bindingShortfall, this.demo, this.unpublished, this.reason,
				steps, this.contribution);
	}

	/** This evaluation with the zone's contribution, its steps added to the working. */
	public IndicatorEvaluation withContribution(Contribution found, List<Step> steps, boolean demoUsed) {
		List<Step> all = new ArrayList<>(this.working);
		all.addAll(steps);
		return new IndicatorEvaluation(this.indicatorCode, this.year, this.actual, this.baselineValue,
				this.baselineYear, this.baselineOrigin, this.target, this.targetValue, this.completion,
				this.timeProgress, this.performanceRatio, this.observedCagr, this.requiredCagr, this.projection,
				this.projectedToMeet, this.status, this.bindingShortfall, this.demo || demoUsed, this.unpublished,
				this.reason, all, found);
	}

	/** Where a baseline comes from. */
	public enum BaselineOrigin {

		/** Stated by the plan (规划基期值). */
		PLAN,

		/** Taken from the figure observed in the plan's base year. */
		OBSERVED,

		/** The zone's own, decomposed to it with its targets (分区基期值). */
		DECOMPOSED

	}

}
