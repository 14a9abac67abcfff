package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.Observation;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.monitor.UnacknowledgedWarningsException;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.tabular.ImportProblem;
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

	private final PendingUploads pending;

	DashboardPageController(PlanCatalog catalog, EvaluationService evaluations, ObservationStore store,
			ObservationImportService imports, PendingUploads pending) {
		this.pending = pending;
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
		model.addAttribute("years", years(plan));
		return "overview";
	}

	/**
	 * One indicator for one zone (the plan's top zone unless one is chosen) and one year:
	 * its figures as one series, never several zones' figures as one line; for a computed
	 * indicator, the platforms or firms behind the year's figure. The indicator is shown
	 * as the plan version the year is evaluated under defines it (name, unit, baseline,
	 * targets), not as it is defined today.
	 */
	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, @RequestParam(defaultValue = "false") boolean unpublished,
			Model model) {
		Plan plan = this.catalog.current();
		plan.getIndicator(code); // an unknown code is a 404 before anything is evaluated
		String zoneCode = (zone != null && !zone.isBlank()) ? plan.getZone(zone).code() : plan.rootZone().code();
		IndicatorEvaluation evaluation = this.evaluations.evaluateIndicator(plan.id(), code, year, zoneCode,
				unpublished);
		Indicator indicator = this.evaluations.indicatorFor(plan.id(), code, evaluation.year());
		List<IndicatorEvaluation> history = this.evaluations.history(plan.id(), code, zoneCode, unpublished);
		List<Observation> observations = this.store.listObservations(plan.id(), code, zoneCode);
		model.addAttribute("indicator", indicator);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("unpublished", unpublished);
		model.addAttribute("zone", plan.getZone(zoneCode));
		model.addAttribute("history", history);
		model.addAttribute("observations", observations);
		model.addAttribute("points",
				(indicator.query() == null) ? observations.stream().map((o) -> new Point(o.year(), o.value())).toList()
						: history.stream()
							.filter((h) -> h.actual() != null)
							.map((h) -> new Point(h.year(), BigDecimal.valueOf(h.actual())))
							.toList());
		model.addAttribute("years", years(plan));
		model.addAttribute("records", (indicator.query() != null)
				? this.evaluations.records(plan.id(), code, evaluation.year(), zoneCode) : null);
		return "indicator";
	}

	/**
	 * One point of the indicator's chart.
	 *
	 * @param year the year
	 * @param value the figure
	 */
	record Point(int year, BigDecimal value) {
	}

	private static List<Integer> years(Plan plan) {
		return IntStream.rangeClosed(plan.header().startYear(), plan.header().endYear()).boxed().toList();
	}

	@GetMapping("/import")
	String importForm() {
		return "import";
	}

	/**
	 * A figures file: stored when it has no problem and no warning; refused with every
	 * problem (400); or, when it brings warnings, kept for a while and shown again with
	 * its warnings, each to acknowledge with a comment (the second step).
	 */
	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		byte[] content = file.getBytes();
		try {
			model.addAttribute("batch",
					this.imports.importFile(this.catalog.current().id(), file.getOriginalFilename(), content));
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (UnacknowledgedWarningsException ex) {
			String token = this.pending.keep(Actor.current().username(), file.getOriginalFilename(), content)
				.orElse(null);
			warnings(model, ex, token, file.getOriginalFilename(), Map.of());
		}
		return "import";
	}

	/**
	 * The second step: the kept file (or the same file sent again when it could not be
	 * kept) with a comment for each warning; stored once every warning has one.
	 */
	@PostMapping("/import/acknowledge")
	String acknowledge(@RequestParam(required = false) String pending,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request, Model model)
			throws IOException {
		String owner = Actor.current().username();
		PendingUploads.Pending kept = this.pending.find(owner, pending).orElse(null);
		String fileName;
		byte[] content;
		if (kept != null) {
			fileName = kept.fileName();
			content = kept.content();
		}
		else if (file != null && !file.isEmpty()) {
			fileName = file.getOriginalFilename();
			content = file.getBytes();
		}
		else {
			model.addAttribute("problems",
					List.of(new ImportProblem(0, "file", null, "上传的文件已不再保留（超过 30 分钟或已被更新的上传挤出），请重新上传",
							"the uploaded file is no longer kept (over 30 minutes, or pushed out by newer uploads);"
									+ " upload it again")));
			return "import";
		}
		// read as sent: a List parameter would split a single comment at its commas
		Map<String, String> comments = Acknowledgements.of(request.getParameterValues("key"),
				request.getParameterValues("comment"));
		try {
			model.addAttribute("batch",
					this.imports.importFile(this.catalog.current().id(), fileName, content, comments));
			if (kept != null) {
				this.pending.forget(pending);
			}
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (UnacknowledgedWarningsException ex) {
			String token = (kept != null) ? pending : this.pending.keep(owner, fileName, content).orElse(null);
			warnings(model, ex, token, fileName, comments);
			model.addAttribute("commentsMissing", true);
		}
		return "import";
	}

	private static void warnings(Model model, UnacknowledgedWarningsException ex, String token, String fileName,
			Map<String, String> comments) {
		model.addAttribute("warnings", ex.warnings());
		model.addAttribute("pending", token);
		model.addAttribute("pendingName", fileName);
		model.addAttribute("comments", comments);
	}

}
