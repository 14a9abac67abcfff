package org.corridor.observatory.scenario.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.scenario.Assumption;
import org.corridor.observatory.scenario.AssumptionKind;
import org.corridor.observatory.scenario.AssumptionLabels;
import org.corridor.observatory.scenario.Scenario;
import org.corridor.observatory.scenario.ScenarioComparison;
import org.corridor.observatory.scenario.ScenarioDraft;
import org.corridor.observatory.scenario.ScenarioRunner;
import org.corridor.observatory.scenario.ScenarioVersion;
import org.corridor.observatory.scenario.Scenarios;
import org.corridor.observatory.scenario.UnknownScenarioException;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.PageController;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The scenario pages (模拟推演): the plan's scenarios with a form to make one; a scenario's
 * assumptions edited with names (a save makes a new version), its versions, its
 * assumptions as Excel down and up, and its run in a zone beside the baseline forecast
 * and other scenarios chosen. A rejected save or sheet is shown with every problem
 * located, as a 400, and changes nothing.
 */
@PageController
class ScenarioPageController {

	private final PlanCatalog catalog;

	private final Scenarios scenarios;

	private final ScenarioRunner runner;

	ScenarioPageController(PlanCatalog catalog, Scenarios scenarios, ScenarioRunner runner) {
		this.catalog = catalog;
		this.scenarios = scenarios;
		this.runner = runner;
	}

	@GetMapping("/scenarios")
	String list(Model model) {
		model.addAttribute("scenarios", this.scenarios.listScenarios(this.catalog.current().id(), false));
		return "scenarios";
	}

	@PostMapping("/scenarios")
	String create(@RequestParam String name, @RequestParam(required = false) String description, Model model,
			HttpServletResponse response) {
		try {
			Scenario made = this.scenarios.create(this.catalog.current().id(),
					new ScenarioDraft(name, description, null, List.of()));
			return "redirect:/scenarios/" + made.id();
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", named(ex.problems()));
			return list(model);
		}
	}

	@GetMapping("/scenarios/{id}")
	String scenario(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) List<Long> compare, Model model, Locale locale) {
		String planId = this.catalog.current().id();
		ScenarioVersion shown = this.scenarios.getVersion(planId, id, version);
		return page(id, shown, AssumptionForm.of(shown), zone, year, compare, model, locale);
	}

	@PostMapping("/scenarios/{id}")
	String save(@PathVariable long id, @ModelAttribute AssumptionForm form, Model model, Locale locale,
			HttpServletResponse response) {
		String planId = this.catalog.current().id();
		List<ImportProblem> unreadable = new ArrayList<>();
		for (String[] bad : form.unreadable()) {
			unreadable.add(new ImportProblem(Integer.parseInt(bad[0]), bad[1], bad[2], "不是数字", "not a number"));
		}
		try {
			if (!unreadable.isEmpty()) {
				throw new ImportRejectedException(unreadable);
			}
			List<Integer> numbers = new ArrayList<>();
			ScenarioDraft draft = form.draft(numbers);
			Scenarios.Saved saved = this.scenarios.save(planId, id, draft, numbers::get);
			return "redirect:/scenarios/" + id + (saved.changed() ? "?saved" : "?unchanged");
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", named(ex.problems()));
			return page(id, this.scenarios.getVersion(planId, id, null), form.withBlankRows(), null, null, null, model,
					locale);
		}
	}

	@PostMapping("/scenarios/{id}/upload")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		String planId = this.catalog.current().id();
		try {
			Scenarios.Saved saved = this.scenarios.upload(planId, id, file.getOriginalFilename(), file.getBytes());
			return "redirect:/scenarios/" + id + (saved.changed() ? "?saved" : "?unchanged");
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", ex.problems());
			model.addAttribute("rejectedFile", file.getOriginalFilename());
			ScenarioVersion latest = this.scenarios.getVersion(planId, id, null);
			return page(id, latest, AssumptionForm.of(latest), null, null, null, model, locale);
		}
	}

	@PostMapping("/scenarios/{id}/archive")
	String archive(@PathVariable long id) {
		this.scenarios.archive(this.catalog.current().id(), id);
		return "redirect:/scenarios";
	}

	@ExceptionHandler(UnknownScenarioException.class)
	ResponseEntity<ProblemDetail> unknown(UnknownScenarioException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	/** The form's fields as the page names them, for problems located by field. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "情景名称 / name"),
			Map.entry("description", "说明 / description"), Map.entry("note", "备注 / note"),
			Map.entry("kind", "类型 / kind"), Map.entry("indicator", "指标 / indicator"), Map.entry("zone", "空间单元 / zone"),
			Map.entry("year", "起始年份 / year"), Map.entry("rate", "增速/比例 / rate"),
			Map.entry("candidate", "候选企业 / candidate"), Map.entry("platform", "创新平台 / platform"),
			Map.entry("stage", "阶段 / stage"));

	private static List<ImportProblem> named(List<ImportProblem> problems) {
		return problems.stream()
			.map((p) -> new ImportProblem(p.row(),
					(p.column() != null) ? FIELDS.getOrDefault(p.column(), p.column()) : null, p.value(), p.zh(),
					p.en()))
			.toList();
	}

	private String page(long id, ScenarioVersion shown, AssumptionForm form, String zone, Integer year,
			List<Long> compare, Model model, Locale locale) {
		Plan plan = this.catalog.current();
		Scenario scenario = this.scenarios.getScenario(plan.id(), id);
		Map<Long, CandidateFirm> candidates = this.scenarios.candidates(plan.id());
		Map<String, Platform> platforms = this.scenarios.platforms(plan.id());
		List<Long> ids = new ArrayList<>();
		ids.add(id);
		if (compare != null) {
			compare.stream().filter((other) -> other != id && !ids.contains(other)).forEach(ids::add);
		}
		String zoneCode = (zone != null && !zone.isBlank()) ? zone : plan.rootZone().code();
		int asOf = (year != null) ? year : this.runner.defaultYear(plan.id());
		ScenarioComparison comparison = this.runner.compare(plan.id(), ids, zoneCode, asOf);
		model.addAttribute("scenario", scenario);
		model.addAttribute("shown", shown);
		model.addAttribute("form", form);
		model.addAttribute("comparison", comparison);
		model.addAttribute("run", comparison.runs().get(0));
		model.addAttribute("others",
				this.scenarios.listScenarios(plan.id(), false).stream().filter((s) -> s.id() != id).toList());
		model.addAttribute("compared", ids.subList(1, ids.size()));
		model.addAttribute("compareIds", String.join(",", ids.stream().map(String::valueOf).toList()));
		model.addAttribute("zoneCode", zoneCode);
		model.addAttribute("asOf", asOf);
		model.addAttribute("years", years(plan));
		model.addAttribute("labels",
				shown.assumptions()
					.stream()
					.map((a) -> AssumptionLabels.label(plan, a, platforms).in(locale))
					.toList());
		model.addAttribute("kinds", AssumptionKind.values());
		model.addAttribute("indicators", options(plan.listIndicators(), locale));
		model.addAttribute("zones", zones(plan, locale));
		model.addAttribute("candidates", candidates.values());
		model.addAttribute("platforms", platforms.values());
		model.addAttribute("stages", PlatformStatus.values());
		model.addAttribute("pointsUnits",
				plan.listIndicators()
					.stream()
					.filter((i) -> Assumption.growsInPoints(i.unit().zh()))
					.map((i) -> i.code().value())
					.toList());
		return "scenario";
	}

	private static List<Integer> years(Plan plan) {
		List<Integer> years = new ArrayList<>();
		for (int y = plan.header().startYear(); y < plan.header().endYear(); y++) {
			years.add(y);
		}
		return years;
	}

	private static Map<String, String> options(List<Indicator> indicators, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		indicators.forEach((i) -> options.put(i.code().value(), i.name().in(locale)));
		return options;
	}

	private static Map<String, String> zones(Plan plan, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Zone zone : plan.listZones()) {
			options.put(zone.code(), zone.name().in(locale));
		}
		return options;
	}

}
