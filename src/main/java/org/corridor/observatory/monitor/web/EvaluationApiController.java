package org.corridor.observatory.monitor.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.RegistryMeasures;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where the plan stands: evaluations by year, by indicator, and year by year. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/evaluations")
@Tag(name = "evaluations", description = "评估 / where the plan stands")
class EvaluationApiController {

	private final EvaluationService evaluations;

	private final PlanCatalog catalog;

	EvaluationApiController(EvaluationService evaluations, PlanCatalog catalog) {
		this.evaluations = evaluations;
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "Every indicator in one year, with roll-ups by goal and category")
	Labelled<PlanEvaluation> evaluatePlan(@PathVariable String planId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		PlanEvaluation evaluation = this.evaluations.evaluatePlan(planId, year, zone, includeUnpublished);
		return Labelled.of(evaluation.demo(), evaluation);
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "Every indicator in one year as an Excel workbook, with the working")
	ResponseEntity<byte[]> export(@PathVariable String planId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		PlanEvaluation evaluation = this.evaluations.evaluatePlan(planId, year, zone, false,
				EvaluationService.endOfDay(asOf));
		String name = planId + "-evaluation-" + evaluation.year() + (evaluation.demo() ? "-DEMO" : "") + ".xlsx";
		return ResponseEntity.ok()
			.contentType(Files.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Demo-Data", String.valueOf(evaluation.demo()))
			.body(EvaluationWorkbook.xlsx(this.catalog.getPlan(planId, evaluation.year()), evaluation));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One indicator in one year, with its working")
	Labelled<IndicatorEvaluation> evaluateIndicator(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		IndicatorEvaluation evaluation = this.evaluations.evaluateIndicator(planId, code, year, zone,
				includeUnpublished, EvaluationService.endOfDay(asOf));
		return Labelled.of(evaluation.demo(), evaluation);
	}

	@GetMapping("/{code}/records")
	@Operation(summary = "The registry firms behind a computed indicator's figure in one year (at most 100)")
	Labelled<RegistryMeasures.Records> records(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone) {
		RegistryMeasures.Records records = this.evaluations.records(planId, code, year, zone);
		return Labelled.of(records.demo(), records);
	}

	@GetMapping("/{code}/history")
	@Operation(summary = "One indicator evaluated in every year of the plan so far")
	Labelled<List<IndicatorEvaluation>> history(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		List<IndicatorEvaluation> history = this.evaluations.history(planId, code, zone, includeUnpublished);
		return Labelled.of(history.stream().anyMatch(IndicatorEvaluation::demo), history);
	}

}
