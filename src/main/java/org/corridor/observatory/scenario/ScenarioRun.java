package org.corridor.observatory.scenario;

import java.util.List;

import org.corridor.observatory.foresight.Method;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Target;

/**
 * A scenario run in one zone (情景推演结果): every indicator of the plan at each milestone
 * still ahead, the baseline forecast beside the scenario's outcome, and which assumptions
 * moved it.
 *
 * @param planId the plan
 * @param zoneCode the zone run in
 * @param zoneName its name
 * @param asOfYear the latest year whose figures count (the baseline's)
 * @param method the baseline forecast's method
 * @param scenarioId the scenario
 * @param version the version run
 * @param name the scenario's name in that version
 * @param assumptions the version's assumptions, numbered from 1 in this order
 * @param indicators one per indicator of the plan, in the plan's order
 * @param notes assumptions that could not be applied here, and why
 * @param demo whether the run rests on demo data (the figures, a candidate, a platform)
 */
public record ScenarioRun(String planId, String zoneCode, LocalizedText zoneName, int asOfYear, Method method,
		long scenarioId, int version, String name, List<Assumption> assumptions, List<IndicatorOutcome> indicators,
		List<Note> notes, boolean demo) {

	public ScenarioRun {
		assumptions = List.copyOf(assumptions);
		indicators = List.copyOf(indicators);
		notes = List.copyOf(notes);
	}

	/** The indicators the scenario changes at some milestone. */
	public List<IndicatorOutcome> changed() {
		return this.indicators.stream().filter(IndicatorOutcome::changed).toList();
	}

	/**
	 * One indicator: its milestones ahead, baseline and scenario.
	 *
	 * @param code the indicator's code
	 * @param name its name
	 * @param unit its unit
	 * @param direction which way it improves
	 * @param assessable whether the baseline could be forecast
	 * @param reasonZh why not, in Chinese, or null
	 * @param reasonEn why not, in English, or null
	 * @param milestones each target still ahead, in year order
	 */
	public record IndicatorOutcome(String code, LocalizedText name, LocalizedText unit, Direction direction,
			boolean assessable, String reasonZh, String reasonEn, List<MilestoneOutcome> milestones) {

		public IndicatorOutcome {
			milestones = List.copyOf(milestones);
		}

		/** Whether any assumption moves it at any milestone. */
		public boolean changed() {
			return this.milestones.stream().anyMatch((m) -> !m.contributions().isEmpty());
		}

	}

	/**
	 * A target ahead: the baseline forecast and the scenario's outcome.
	 *
	 * @param year the year it is due
	 * @param target the target
	 * @param baseline the baseline forecast's value, or null when it cannot be assessed
	 * @param baselineLower its prediction interval's lower end, or null
	 * @param baselineUpper its upper end, or null
	 * @param baselineProbability the baseline's probability of meeting the target, or
	 * null
	 * @param baselineMeets whether the baseline value meets it, or null
	 * @param value the scenario's value, or null when it cannot be known
	 * @param probability the scenario's probability of meeting it (the baseline's
	 * distribution moved by the change; {@link ScenarioMath}), or null
	 * @param meets whether the scenario's value meets it, or null
	 * @param change the scenario's value less the baseline's, or null
	 * @param contributions what each assumption that moves it adds, in assumption order
	 */
	public record MilestoneOutcome(int year, Target target, Double baseline, Double baselineLower, Double baselineUpper,
			Double baselineProbability, Boolean baselineMeets, Double value, Double probability, Boolean meets,
			Double change, List<Contribution> contributions) {

		public MilestoneOutcome {
			contributions = List.copyOf(contributions);
		}

		/**
		 * The baseline's probability in whole percent as shown ({@link #percentText}).
		 */
		public String baselinePercentText() {
			return percentText(this.baselineProbability);
		}

		/**
		 * The scenario's probability in whole percent as shown ({@link #percentText}).
		 */
		public String percentText() {
			return percentText(this.probability);
		}

		/**
		 * A probability in whole percent, "≥ 99" above 99 % and "≤ 1" below 1 % as the
		 * forecasts show it; "—" for none.
		 */
		public static String percentText(Double probability) {
			if (probability == null) {
				return "—";
			}
			if (probability > 0.99) {
				return "≥ 99 %";
			}
			if (probability < 0.01) {
				return "≤ 1 %";
			}
			return Math.round(probability * 100) + " %";
		}

	}

	/**
	 * What one assumption adds to an indicator in a year.
	 *
	 * @param assumption the assumption's number, from 1
	 * @param kind its kind
	 * @param label what it is, in words
	 * @param delta what it adds, in the indicator's unit; null for a growth assumption
	 * whose baseline cannot be known
	 */
	public record Contribution(int assumption, AssumptionKind kind, LocalizedText label, Double delta) {
	}

	/**
	 * An assumption not applied in this run.
	 *
	 * @param assumption its number, from 1
	 * @param zh why, in Chinese
	 * @param en why, in English
	 */
	public record Note(int assumption, String zh, String en) {
	}

}
