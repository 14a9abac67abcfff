package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.time.LocalDate;

import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.PageController;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The dashboard pages of the figures: the overview, one indicator, and the import page
 * with its figures form.
 */
@PageController
class DashboardPageController {

	private final PlanCatalog catalog;

	private final EvaluationService evaluations;

	private final ObservationStore store;

	private final ObservationImportService imports;

	DashboardPageController(PlanCatalog catalog, EvaluationService evaluations, ObservationStore store,
			ObservationImportService imports) {
		this.catalog = catalog;
		this.evaluations = evaluations;
		this.store = store;
		this.imports = imports;
	}

	@GetMapping("/")
	String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean unpublished,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		Plan plan = this.catalog.current();
		PlanEvaluation evaluation = this.evaluations.evaluatePlan(plan.id(), year, zone, unpublished,
				EvaluationService.endOfDay(asOf));
		model.addAttribute("asOf", asOf);
		model.addAttribute("unpublished", unpublished);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("zone", plan.getZone(evaluation.zoneCode()));
		model.addAttribute("years",
				java.util.stream.IntStream.rangeClosed(plan.header().startYear(), plan.header().endYear())
					.boxed()
					.toList());
		return "overview";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, @RequestParam(defaultValue = "false") boolean unpublished,
			Model model) {
		Plan plan = this.catalog.current();
		model.addAttribute("indicator", plan.getIndicator(code));
		model.addAttribute("evaluation", this.evaluations.evaluateIndicator(plan.id(), code, year, zone, unpublished));
		model.addAttribute("unpublished", unpublished);
		model.addAttribute("history", this.evaluations.history(plan.id(), code, zone, unpublished));
		model.addAttribute("observations", this.store.listObservations(plan.id(), code, zone));
		return "indicator";
	}

	@GetMapping("/import")
	String importForm() {
		return "import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			ImportBatch batch = this.imports.importFile(this.catalog.current().id(), file.getOriginalFilename(),
					file.getBytes());
			model.addAttribute("batch", batch);
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "import";
	}

}
