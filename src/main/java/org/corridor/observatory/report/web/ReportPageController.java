package org.corridor.observatory.report.web;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.report.ReportArchive;
import org.corridor.observatory.report.ReportJobs;
import org.corridor.observatory.scenario.Scenario;
import org.corridor.observatory.scenario.Scenarios;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reports page (年度监测评估报告): a form to generate a report (year, scope, as-of date,
 * language) followed in the background with its progress ({@code js/reports.js}), and the
 * archive of reports made, each with its inputs and its Word and PDF downloads.
 */
@PageController
class ReportPageController {

	private final PlanCatalog catalog;

	private final ReportArchive archive;

	private final EvaluationService evaluations;

	private final Clock clock;

	private final Scenarios scenarios;

	ReportPageController(PlanCatalog catalog, ReportArchive archive, EvaluationService evaluations, Scenarios scenarios,
			Clock clock) {
		this.catalog = catalog;
		this.scenarios = scenarios;
		this.archive = archive;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String page(Model model) {
		Plan plan = this.catalog.current();
		LocalDate today = LocalDate.now(this.clock);
		int last = Math.min(plan.header().outlookYear(), today.getYear());
		List<Integer> years = new java.util.ArrayList<>();
		for (int y = last; y >= plan.header().startYear(); y--) {
			years.add(y);
		}
		List<Zone> scopes = new java.util.ArrayList<>();
		scopes.add(plan.rootZone());
		plan.listZones().stream().filter((z) -> z.level() == ZoneLevel.DISTRICT && z.reporting()).forEach(scopes::add);
		model.addAttribute("years", years);
		model.addAttribute("defaultYear", Math.min(last, this.evaluations.defaultYear(plan.id())));
		model.addAttribute("scopes", scopes);
		model.addAttribute("today", today);
		model.addAttribute("reports", this.archive.list(plan.id(), 200));
		List<Scenario> all = this.scenarios.listScenarios(plan.id(), true);
		model.addAttribute("scenarios", all.stream().filter((s) -> !s.archived()).toList());
		model.addAttribute("scenarioNames", all.stream().collect(Collectors.toMap(Scenario::id, Scenario::name)));
		model.addAttribute("maxScenarios", ReportJobs.MAX_SCENARIOS);
		return "reports";
	}

}
