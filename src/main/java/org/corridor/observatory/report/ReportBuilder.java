package org.corridor.observatory.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.corridor.observatory.chain.ChainFigures;
import org.corridor.observatory.chain.ChainReport;
import org.corridor.observatory.chain.ChainService;
import org.corridor.observatory.chain.Gap;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.registry.platform.PlatformFilter;
import org.corridor.observatory.registry.platform.PlatformRegistry;
import org.corridor.observatory.scenario.AssumptionLabels;
import org.corridor.observatory.scenario.ScenarioRun;
import org.corridor.observatory.scenario.ScenarioRunner;
import org.corridor.observatory.scenario.Scenarios;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * Gathers an {@link AnnualReport}'s figures: the scope's evaluation in the year and in
 * every year of the plan before it (for the series of the charts), the districts' in the
 * year (corridor reports), the platforms and the chains, all from the evaluation the API
 * serves ({@link EvaluationService}) on the published figures as of the end of the as-of
 * day.
 * <p>
 * The figures' SHA-256 is taken over one line per figure used, sorted:
 * {@code zone|indicator|year|actual|baseline|target value}, the values in plain decimal
 * ({@link Double#toString}), empty when absent. Two reports with the same hash were made
 * from the same figures and targets. Scenarios included (情景推演) are named by their number
 * and version in the archive; they are run on the figures published when the report is
 * made.
 */
@Service
public class ReportBuilder {

	private final EvaluationService evaluations;

	private final PlanCatalog catalog;

	private final PlatformRegistry platforms;

	private final ChainService chains;

	private final ZoneShapes shapes;

	private final ScenarioRunner scenarioRunner;

	private final Scenarios scenarios;

	ReportBuilder(EvaluationService evaluations, PlanCatalog catalog, PlatformRegistry platforms, ChainService chains,
			ZoneShapes shapes, ScenarioRunner scenarioRunner, Scenarios scenarios) {
		this.shapes = shapes;
		this.scenarioRunner = scenarioRunner;
		this.scenarios = scenarios;
		this.evaluations = evaluations;
		this.catalog = catalog;
		this.platforms = platforms;
		this.chains = chains;
	}

	/**
	 * The report's figures.
	 * @param zoneCode the corridor's root zone or a district; null for the corridor
	 * @param asOf the figures as published at the end of this day
	 * @param progress told of each step
	 * @throws IllegalArgumentException for a zone that is neither
	 */
	public AnnualReport build(String planId, int year, String zoneCode, LocalDate asOf, Progress progress) {
		return build(planId, year, zoneCode, asOf, List.of(), progress);
	}

	/**
	 * The report's figures, with what-if scenarios.
	 * @param scenarioIds the scenarios to include, each in its latest version run in the
	 * scope from the year's figures; none for a report without
	 * @see #build(String, int, String, LocalDate, Progress)
	 */
	public AnnualReport build(String planId, int year, String zoneCode, LocalDate asOf, List<Long> scenarioIds,
			Progress progress) {
		Plan current = this.catalog.getPlan(planId);
		Zone root = current.rootZone();
		String zone = (zoneCode == null || zoneCode.isBlank()) ? root.code() : zoneCode;
		Zone scope = current.getZone(zone);
		boolean corridor = scope.code().equals(root.code());
		if (!corridor && (scope.level() != ZoneLevel.DISTRICT || !scope.reporting())) {
			throw new IllegalArgumentException("a report is for the corridor or one reporting district, not " + zone);
		}
		int start = current.header().startYear();
		if (year < start || year > current.header().outlookYear()) {
			throw new IllegalArgumentException(
					"the year must be within " + start + "–" + current.header().outlookYear());
		}
		Instant at = EvaluationService.endOfDay(asOf);
		List<Zone> districts = corridor
				? current.listZones().stream().filter((z) -> z.level() == ZoneLevel.DISTRICT && z.reporting()).toList()
				: List.of();
		int steps = (year - start + 1) + districts.size() + 2 + scenarioIds.size();
		int done = 0;
		List<String> figures = new ArrayList<>();
		Map<String, SortedMap<Integer, Double>> series = new HashMap<>();
		PlanEvaluation evaluation = null;
		boolean demo = false;
		for (int y = start; y <= year; y++) {
			progress.step("evaluating", done++, steps);
			PlanEvaluation e = this.evaluations.evaluatePlan(planId, y, zone, false, at);
			note(figures, e);
			demo |= e.demo();
			for (IndicatorEvaluation ie : e.indicators()) {
				SortedMap<Integer, Double> s = series.computeIfAbsent(ie.indicatorCode(), (code) -> new TreeMap<>());
				if (ie.actual() != null) {
					s.put(y, ie.actual());
				}
			}
			evaluation = e;
		}
		Plan plan = this.catalog.getPlan(planId, year);
		List<AnnualReport.IndicatorRow> rows = new ArrayList<>();
		for (IndicatorEvaluation e : evaluation.indicators()) {
			Indicator indicator = plan.getIndicator(e.indicatorCode());
			SortedMap<Integer, Double> s = series.getOrDefault(e.indicatorCode(), new TreeMap<>());
			if (e.baselineYear() != null && e.baselineValue() != null && !s.containsKey(e.baselineYear())) {
				s.put(e.baselineYear(), e.baselineValue());
			}
			LocalizedText category = plan.findCategory(indicator.category()).map((c) -> c.name()).orElse(null);
			rows.add(new AnnualReport.IndicatorRow(indicator, category, e, NdrcRating.of(e), requirement(indicator, e),
					s, source(indicator)));
		}
		rows.sort(Comparator.comparingInt((AnnualReport.IndicatorRow r) -> r.indicator().isBinding() ? 0 : 1));
		Map<NdrcRating, Integer> ratings = new EnumMap<>(NdrcRating.class);
		Map<Status, Integer> statuses = new EnumMap<>(Status.class);
		for (NdrcRating r : NdrcRating.values()) {
			ratings.put(r, 0);
		}
		for (Status s : Status.values()) {
			statuses.put(s, 0);
		}
		for (AnnualReport.IndicatorRow row : rows) {
			ratings.merge(row.rating(), 1, Integer::sum);
			statuses.merge(row.evaluation().status(), 1, Integer::sum);
		}
		List<AnnualReport.DistrictRow> districtRows = new ArrayList<>();
		for (Zone district : districts) {
			progress.step("districts", done++, steps);
			PlanEvaluation d = this.evaluations.evaluatePlan(planId, year, district.code(), false, at);
			note(figures, d);
			demo |= d.demo();
			districtRows.add(district(plan, district, d));
		}
		progress.step("platforms", done++, steps);
		LocalDate day = LocalDate.of(year, 12, 31).isBefore(asOf) ? LocalDate.of(year, 12, 31) : asOf;
		AnnualReport.PlatformSummary platformSummary = platforms(planId, corridor ? null : zone, year, day,
				platformTargets(rows));
		progress.step("chains", done++, steps);
		List<AnnualReport.ChainRow> chainRows = new ArrayList<>();
		ChainReport chainReport = this.chains.report(planId, year, corridor ? null : zone);
		Integer chainYear = chainReport.year();
		demo |= chainReport.demo();
		for (ChainFigures chain : chainReport.chains()) {
			List<LocalizedText> gaps = Gap.of(chain)
				.stream()
				.map((gap) -> LocalizedText.of(
						gapWord(gap).zh() + "：" + gapName(gap).zh() + "（" + gap.evidence().zh() + "）",
						gapWord(gap).en() + ": " + gapName(gap).en() + " (" + gap.evidence().en() + ")"))
				.toList();
			chainRows.add(new AnnualReport.ChainRow(chain.name(), chain.firms(), chain.revenue(), chain.growth(),
					chain.stars(), 3 * chain.segments().size(), gaps));
		}
		List<AnnualReport.ScenarioSection> scenarioSections = new ArrayList<>();
		Map<String, Platform> registered = scenarioIds.isEmpty() ? Map.of() : this.scenarios.platforms(planId);
		// from the year's figures, but no later than the year before the last target
		// year,
		// so that the final year's report still shows what a scenario would have changed
		int scenarioYear = scenarioIds.isEmpty() ? year : Math.min(year, this.scenarioRunner.defaultYear(planId));
		for (Long id : scenarioIds) {
			progress.step("scenarios", done++, steps);
			ScenarioRun run = this.scenarioRunner.run(planId, id, null, zone, scenarioYear);
			demo |= run.demo();
			scenarioSections.add(new AnnualReport.ScenarioSection(run,
					run.assumptions().stream().map((a) -> AssumptionLabels.label(plan, a, registered)).toList()));
		}
		progress.step("figures", done, steps);
		double elapsed = Math.max(0, Math.min(1, (double) (year - plan.header().baselineYear())
				/ (plan.header().endYear() - plan.header().baselineYear())));
		return new AnnualReport(planId, plan.header().name(), year, zone, scope.name(), corridor, asOf,
				evaluation.planVersion(), sha256(figures), demo || platformSummary.demo(), plan.header().baselineYear(),
				plan.header().endYear(), elapsed, meanCompletion(rows.stream().map((r) -> r.evaluation()).toList()),
				ratings, statuses, rows, districtRows, platformSummary, chainRows, chainYear, shapes(districts),
				scenarioSections);
	}

	/** The districts' shapes (WGS84), for the small maps; those without one left out. */
	private Map<String, Geometry> shapes(List<Zone> districts) {
		Map<String, Geometry> found = new java.util.LinkedHashMap<>();
		for (Zone district : districts) {
			this.shapes.findShape(district.code()).ifPresent((shape) -> found.put(district.code(), shape.geometry()));
		}
		return found;
	}

	private static void note(List<String> figures, PlanEvaluation evaluation) {
		for (IndicatorEvaluation e : evaluation.indicators()) {
			figures.add(evaluation.zoneCode() + "|" + e.indicatorCode() + "|" + e.year() + "|" + text(e.actual()) + "|"
					+ text(e.baselineValue()) + "|" + text(e.targetValue()));
		}
	}

	private static String text(Double value) {
		return (value != null) ? value.toString() : "";
	}

	/** The SHA-256 of the lines, sorted and joined by newlines, in hex. */
	static String sha256(List<String> lines) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : new TreeSet<>(lines)) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mean of the completions that exist, each capped to [0, 1]; null if none. */
	static Double meanCompletion(List<IndicatorEvaluation> evaluations) {
		double sum = 0;
		int n = 0;
		for (IndicatorEvaluation e : evaluations) {
			if (e.completion() != null && NdrcRating.of(e).rated()) {
				sum += Math.max(0, Math.min(1, e.completion()));
				n++;
			}
		}
		return (n > 0) ? sum / n : null;
	}

	/**
	 * The requirement a target sets: for a percentage, the points to gain or lose in all
	 * from the baseline; otherwise the yearly growth from the baseline to the target.
	 */
	static LocalizedText requirement(Indicator indicator, IndicatorEvaluation e) {
		Target target = e.target();
		if (target == null || e.baselineValue() == null || e.baselineYear() == null || e.targetValue() == null
				|| indicator.direction() == Direction.RANGE) {
			return null;
		}
		double b = e.baselineValue();
		double t = e.targetValue();
		int years = target.year() - e.baselineYear();
		if (years <= 0) {
			return null;
		}
		if ("%".equals(indicator.unit().zh().strip())) {
			double points = t - b;
			String p = ReportFormat.figure(Math.abs(points));
			return (points >= 0) ? LocalizedText.of("累计提高 " + p + " 个百分点", "+" + p + " points in all")
					: LocalizedText.of("累计降低 " + p + " 个百分点", "−" + p + " points in all");
		}
		if (b <= 0 || t <= 0) {
			String d = ReportFormat.figure(Math.abs(t - b));
			return (t >= b) ? LocalizedText.of("累计增加 " + d, "+" + d + " in all")
					: LocalizedText.of("累计减少 " + d, "−" + d + " in all");
		}
		double cagr = Math.pow(t / b, 1.0 / years) - 1;
		String rate = ReportFormat.percent(Math.abs(cagr));
		return (cagr >= 0) ? LocalizedText.of("年均增长 " + rate, rate + " a year")
				: LocalizedText.of("年均下降 " + rate, "−" + rate + " a year");
	}

	private static LocalizedText source(Indicator indicator) {
		if (indicator.dataSource() != null) {
			return indicator.dataSource();
		}
		if (indicator.query() != null) {
			return LocalizedText.of("由企业/平台登记库计算", "computed from the registries");
		}
		return indicator.reportingUnit();
	}

	private static AnnualReport.DistrictRow district(Plan plan, Zone district, PlanEvaluation evaluation) {
		Map<NdrcRating, Integer> counts = new EnumMap<>(NdrcRating.class);
		for (NdrcRating r : NdrcRating.values()) {
			counts.put(r, 0);
		}
		int rated = 0;
		List<AnnualReport.Share> shares = new ArrayList<>();
		for (IndicatorEvaluation e : evaluation.indicators()) {
			NdrcRating rating = NdrcRating.of(e);
			counts.merge(rating, 1, Integer::sum);
			if (rating.rated()) {
				rated++;
			}
			if (e.contribution() != null && e.contribution().additive() && e.contribution().share() != null) {
				shares
					.add(new AnnualReport.Share(plan.getIndicator(e.indicatorCode()).name(), e.contribution().share()));
			}
		}
		return new AnnualReport.DistrictRow(district.code(), district.name(), rated, counts,
				meanCompletion(evaluation.indicators()), shares);
	}

	/**
	 * The rows of the indicators counted from the platform registry (a count over
	 * platforms), each with its gap to the target.
	 */
	static List<AnnualReport.PlatformTarget> platformTargets(List<AnnualReport.IndicatorRow> rows) {
		List<AnnualReport.PlatformTarget> targets = new ArrayList<>();
		for (AnnualReport.IndicatorRow row : rows) {
			IndicatorQuery query = row.indicator().query();
			if (query != null && query.subject() == IndicatorQuery.Subject.PLATFORMS
					&& query.measure() == IndicatorQuery.Measure.COUNT) {
				targets.add(new AnnualReport.PlatformTarget(row, gap(row.indicator(), row.evaluation())));
			}
		}
		return targets;
	}

	/**
	 * How far the figure is from the target value in the direction the indicator should
	 * move, 0 once reached; null without a target value or a figure, or for a range.
	 */
	static Double gap(Indicator indicator, IndicatorEvaluation e) {
		if (e.targetValue() == null || e.actual() == null) {
			return null;
		}
		return switch (indicator.direction()) {
			case HIGHER -> Math.max(0, e.targetValue() - e.actual());
			case LOWER -> Math.max(0, e.actual() - e.targetValue());
			case RANGE -> null;
		};
	}

	private AnnualReport.PlatformSummary platforms(String planId, String zone, int year, LocalDate day,
			List<AnnualReport.PlatformTarget> targets) {
		PlatformFilter filter = new PlatformFilter(null, null, null, null, null, zone);
		List<Platform> all = this.platforms.search(planId, filter);
		Map<PlatformStatus, Integer> byStage = new EnumMap<>(PlatformStatus.class);
		for (PlatformStatus s : PlatformStatus.values()) {
			byStage.put(s, 0);
		}
		List<String> accredited = new ArrayList<>();
		int inPlan = 0;
		int inPlanOperating = 0;
		boolean demo = false;
		for (Platform p : all) {
			PlatformStatus status = p.statusOn(day);
			if (status != null) {
				byStage.merge(status, 1, Integer::sum);
			}
			LocalDate accreditedOn = p.reached(PlatformStatus.ACCREDITED);
			if (accreditedOn != null && accreditedOn.getYear() == year && !accreditedOn.isAfter(day)) {
				accredited.add(p.name());
			}
			if (p.inPlan()) {
				inPlan++;
				if (status != null && status.ordinal() >= PlatformStatus.OPERATING.ordinal()) {
					inPlanOperating++;
				}
			}
			demo |= p.demo();
		}
		return new AnnualReport.PlatformSummary(day, byStage, all.size(), accredited, inPlan, inPlanOperating, targets,
				demo);
	}

	private static LocalizedText gapWord(Gap gap) {
		return switch (gap.kind()) {
			case EMPTY -> LocalizedText.of("缺链", "missing");
			case SINGLE_POINT -> LocalizedText.of("单点", "single point");
			case WEAK -> LocalizedText.of("弱链", "weak");
			case NO_LEADER -> LocalizedText.of("缺链主", "no chain leader");
		};
	}

	private static LocalizedText gapName(Gap gap) {
		return (gap.segmentName() != null) ? gap.segmentName() : LocalizedText.of("全链", "whole chain");
	}

	/** Told of each step of a report's making. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (phase, done, total) -> {
		};

		void step(String phase, int done, int total);

	}

}
