package org.corridor.observatory.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.scenario.ScenarioRun;
import org.locationtech.jts.geom.Geometry;

/**
 * The figures of an annual evaluation report (年度监测评估报告) for a plan, a year and a scope,
 * as of a date: everything the report says, before it is written in a language or a
 * format. Nothing here is prose; the sentences are made from these figures
 * ({@link ReportComposer}).
 *
 * @param planId the plan
 * @param planName the plan's name
 * @param year the year reported on
 * @param zoneCode the scope: the corridor's root zone or a district
 * @param zoneName the scope's name
 * @param corridor whether the scope is the whole corridor
 * @param asOf the figures as published at the end of this day
 * @param planVersion the plan version (规划版本) the year is evaluated under
 * @param figuresSha256 the SHA-256 of the figures used (see {@link ReportBuilder})
 * @param demo whether any figure used is demo data
 * @param baselineYear the plan's base year
 * @param endYear the last year of the plan period
 * @param timeElapsed the share of the plan period elapsed by the end of the year
 * @param meanCompletion the mean completion of the indicators that have one, each capped
 * to 0–100%, or null when none has
 * @param ratingCounts how many indicators have each progress word
 * @param statusCounts how many indicators have each platform status
 * @param indicators the indicator table's rows, binding indicators first
 * @param districts the districts compared (corridor reports only)
 * @param platforms the platforms by stage
 * @param chains the industry chains with their gaps, or empty
 * @param chainYear the year of the chain figures, or null when there are none
 * @param districtShapes the districts' shapes in WGS84 (corridor reports), by zone code
 * @param scenarios the what-if scenarios (情景推演) asked to be included, run in the report's
 * scope, in the order asked
 */
public record AnnualReport(String planId, LocalizedText planName, int year, String zoneCode, LocalizedText zoneName,
		boolean corridor, LocalDate asOf, int planVersion, String figuresSha256, boolean demo, int baselineYear,
		int endYear, double timeElapsed, Double meanCompletion, Map<NdrcRating, Integer> ratingCounts,
		Map<Status, Integer> statusCounts, List<IndicatorRow> indicators, List<DistrictRow> districts,
		PlatformSummary platforms, List<ChainRow> chains, Integer chainYear, Map<String, Geometry> districtShapes,
		List<ScenarioSection> scenarios) {

	/** The rows rated lagging (滞后 or 严重滞后), in table order. */
	public List<IndicatorRow> lagging() {
		return this.indicators.stream().filter((row) -> row.rating() == NdrcRating.LAGGING).toList();
	}

	/**
	 * One row of the indicator table (主要目标指标完成情况).
	 *
	 * @param indicator the indicator
	 * @param category its category's name, or null
	 * @param evaluation its evaluation in the year
	 * @param rating its progress word
	 * @param requirement the yearly or cumulative requirement (年均/累计要求), or null
	 * @param series its figures year by year up to the year reported on
	 * @param source where its figures come from, or null
	 */
	public record IndicatorRow(Indicator indicator, LocalizedText category, IndicatorEvaluation evaluation,
			NdrcRating rating, LocalizedText requirement, SortedMap<Integer, Double> series, LocalizedText source) {
	}

	/**
	 * A district of the corridor in the year.
	 *
	 * @param code the zone code
	 * @param name the name
	 * @param rated how many indicators were rated against the district's own targets
	 * @param counts how many have each progress word
	 * @param meanCompletion the mean capped completion of those rated, or null
	 * @param shares the district's share of the corridor's figure, per additive indicator
	 * that has one
	 */
	public record DistrictRow(String code, LocalizedText name, int rated, Map<NdrcRating, Integer> counts,
			Double meanCompletion, List<Share> shares) {
	}

	/**
	 * A district's share of the corridor's figure of one indicator.
	 *
	 * @param indicator the indicator's name
	 * @param share the share
	 */
	public record Share(LocalizedText indicator, double share) {
	}

	/**
	 * The platforms of the scope at the end of the year (or on the as-of date, if
	 * earlier).
	 *
	 * @param day the day the stages are counted on
	 * @param byStage how many are at each stage
	 * @param total how many platforms there are, with a stage or without
	 * @param accreditedInYear the names of those accredited in the year
	 * @param inPlan how many the plan names
	 * @param inPlanOperating how many of those operate, are accredited or evaluated
	 * @param targets the plan's indicators that count platforms in the registry, against
	 * their targets, in table order
	 * @param demo whether any record is demo data
	 */
	public record PlatformSummary(LocalDate day, Map<PlatformStatus, Integer> byStage, int total,
			List<String> accreditedInYear, int inPlan, int inPlanOperating, List<PlatformTarget> targets,
			boolean demo) {

		public PlatformSummary {
			targets = List.copyOf(targets);
		}

	}

	/**
	 * An indicator whose figure is the count of platforms in the registry (a computed
	 * indicator over platforms, e.g. national innovation centres), against its target.
	 *
	 * @param row the indicator's row of the indicator table: its target and its count in
	 * the year, as the evaluation gives them
	 * @param gap how far the count is from the target value in the direction the
	 * indicator should move (0 once it is reached), or null without a target or a count
	 */
	public record PlatformTarget(IndicatorRow row, Double gap) {
	}

	/**
	 * An industry chain in the scope.
	 *
	 * @param name its name
	 * @param firms its firms with figures for the year
	 * @param revenue their revenue (10,000 yuan)
	 * @param growth revenue growth on the year before, or null
	 * @param stars the stars of its segments
	 * @param maxStars three per segment
	 * @param gaps its gaps (补链强链), most serious first: what and the evidence
	 */
	public record ChainRow(LocalizedText name, int firms, double revenue, Double growth, int stars, int maxStars,
			List<LocalizedText> gaps) {
	}

	/**
	 * A what-if scenario as the report shows it.
	 *
	 * @param run the scenario's latest version run in the report's scope from the report
	 * year's figures, or the year before the plan's last target year if that is earlier
	 * @param assumptions each assumption in words, numbered as in the run
	 */
	public record ScenarioSection(ScenarioRun run, List<LocalizedText> assumptions) {

		public ScenarioSection {
			assumptions = List.copyOf(assumptions);
		}

	}

}
