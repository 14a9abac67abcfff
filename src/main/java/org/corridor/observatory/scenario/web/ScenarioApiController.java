package org.corridor.observatory.scenario.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.scenario.Scenario;
import org.corridor.observatory.scenario.ScenarioComparison;
import org.corridor.observatory.scenario.ScenarioDraft;
import org.corridor.observatory.scenario.ScenarioResultSheet;
import org.corridor.observatory.scenario.ScenarioRun;
import org.corridor.observatory.scenario.ScenarioRunner;
import org.corridor.observatory.scenario.ScenarioSheet;
import org.corridor.observatory.scenario.ScenarioVersion;
import org.corridor.observatory.scenario.Scenarios;
import org.corridor.observatory.scenario.UnknownScenarioException;
import org.corridor.observatory.web.DemoNotice;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What-if scenarios (模拟推演) over HTTP: listed, read with their versions, made, saved as a
 * new version (a save with the same content makes none), archived, run in a zone beside
 * the baseline forecast, compared, and their assumptions and results as Excel. Labelled
 * DEMO when a scenario or its run rests on demo data.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/scenarios")
class ScenarioApiController {

	private final PlanCatalog catalog;

	private final Scenarios scenarios;

	private final ScenarioRunner runner;

	ScenarioApiController(PlanCatalog catalog, Scenarios scenarios, ScenarioRunner runner) {
		this.catalog = catalog;
		this.scenarios = scenarios;
		this.runner = runner;
	}

	@GetMapping
	@Operation(summary = "The plan's scenarios (archived ones with archived=true)")
	Labelled<List<Scenario>> list(@PathVariable String planId, @RequestParam(defaultValue = "false") boolean archived) {
		List<Scenario> found = this.scenarios.listScenarios(planId, archived);
		return Labelled.of(found.stream().anyMatch(Scenario::demo), found);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a scenario: name, description, note and assumptions (kind GROWTH, LANDING, PLATFORM or "
			+ "BOUNDARY); checked whole, refused with every problem located")
	Labelled<Scenario> create(@PathVariable String planId, @RequestBody ScenarioDraft draft) {
		Scenario made = this.scenarios.create(planId, draft);
		return Labelled.of(made.demo(), made);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A scenario: its latest version with assumptions, and every version")
	Labelled<Scenario> get(@PathVariable String planId, @PathVariable long id) {
		Scenario found = this.scenarios.getScenario(planId, id);
		return Labelled.of(found.demo(), found);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save a new version of a scenario; the same content as the latest makes none (changed=false)")
	Labelled<Scenarios.Saved> save(@PathVariable String planId, @PathVariable long id,
			@RequestBody ScenarioDraft draft) {
		Scenarios.Saved saved = this.scenarios.save(planId, id, draft);
		return Labelled.of(saved.scenario().demo(), saved);
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "Archive a scenario: kept with its versions, no longer listed or changed")
	Labelled<Scenario> archive(@PathVariable String planId, @PathVariable long id) {
		Scenario archived = this.scenarios.archive(planId, id);
		return Labelled.of(archived.demo(), archived);
	}

	@GetMapping("/{id}/versions/{version}")
	@Operation(summary = "One version of a scenario with its assumptions")
	Labelled<ScenarioVersion> version(@PathVariable String planId, @PathVariable long id, @PathVariable int version) {
		ScenarioVersion found = this.scenarios.getVersion(planId, id, version);
		return Labelled.of(found.demo(), found);
	}

	@GetMapping("/{id}/run")
	@Operation(summary = "Run a scenario (its latest version unless one is asked for) in a zone (the corridor unless "
			+ "one is asked for) from the figures up to a year (default: the latest, but before the last target year): every indicator at each milestone ahead, baseline and scenario")
	Labelled<ScenarioRun> run(@PathVariable String planId, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year) {
		ScenarioRun run = this.runner.run(planId, id, version, zone, year);
		return Labelled.of(run.demo(), run);
	}

	@GetMapping("/compare")
	@Operation(summary = "Run the latest versions of scenarios side by side in a zone (ids=1,2,3)")
	Labelled<ScenarioComparison> compare(@PathVariable String planId, @RequestParam List<Long> ids,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year) {
		ScenarioComparison comparison = this.runner.compare(planId, ids, zone, year);
		return Labelled.of(comparison.demo(), comparison);
	}

	@GetMapping("/compare.xlsx")
	@Operation(summary = "Scenarios side by side as Excel")
	ResponseEntity<byte[]> compareWorkbook(@PathVariable String planId, @RequestParam List<Long> ids,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year, Locale locale) {
		ScenarioComparison comparison = this.runner.compare(planId, ids, zone, year);
		return Files.download(ScenarioResultSheet.write(comparison, locale, DemoNotice.TEXT), Files.XLSX,
				"scenarios-" + comparison.zoneCode() + ".xlsx");
	}

	@GetMapping("/{id}/assumptions.xlsx")
	@Operation(summary = "A version's assumptions as an Excel sheet (names beside codes, a row of instructions)")
	ResponseEntity<byte[]> assumptions(@PathVariable String planId, @PathVariable long id,
			@RequestParam(required = false) Integer version, Locale locale) {
		ScenarioVersion found = this.scenarios.getVersion(planId, id, version);
		byte[] sheet = ScenarioSheet.write(this.catalog.getPlan(planId), found, this.scenarios.candidates(planId),
				this.scenarios.platforms(planId), !"en".equals(locale.getLanguage()), DemoNotice.orNull(found.demo()));
		return Files.download(sheet, Files.XLSX, "scenario-" + id + "-v" + found.number() + ".xlsx");
	}

	@PostMapping(path = "/{id}/assumptions", consumes = "multipart/form-data")
	@Operation(summary = "Upload an assumption sheet as a new version (the same assumptions make none); "
			+ "refused whole with every problem located by row and column")
	Labelled<Scenarios.Saved> upload(@PathVariable String planId, @PathVariable long id,
			@RequestPart("file") MultipartFile file) throws IOException {
		Scenarios.Saved saved = this.scenarios.upload(planId, id, Files.name(file), file.getBytes());
		return Labelled.of(saved.scenario().demo(), saved);
	}

	@ExceptionHandler(UnknownScenarioException.class)
	ResponseEntity<ProblemDetail> unknown(UnknownScenarioException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

}
