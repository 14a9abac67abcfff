package org.corridor.observatory.compositeindex.web;

import java.util.List;
import java.util.Locale;

import org.corridor.observatory.compositeindex.Aggregation;
import org.corridor.observatory.compositeindex.CompositeIndexService;
import org.corridor.observatory.compositeindex.IndexDefinition;
import org.corridor.observatory.compositeindex.IndexResult;
import org.corridor.observatory.compositeindex.MissingRule;
import org.corridor.observatory.compositeindex.Normalisation;
import org.corridor.observatory.compositeindex.SensitivityAnalysis;
import org.corridor.observatory.compositeindex.SensitivityResult;
import org.corridor.observatory.compositeindex.UnknownIndexException;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The composite indices over HTTP: their definitions, the scores and ranks per zone and
 * year with each score's decomposition (the index's own choices, or the normalisation,
 * aggregation and missing-data rule asked for), a sensitivity run, and the scores as
 * Excel. Labelled DEMO when any figure used is demo data.
 */
@RestController
class CompositeIndexApiController {

	private final CompositeIndexService indices;

	CompositeIndexApiController(CompositeIndexService indices) {
		this.indices = indices;
	}

	@GetMapping("/api/v1/plans/{planId}/composite-indices")
	List<IndexDefinition> definitions(@PathVariable String planId) {
		return this.indices.listIndices(planId);
	}

	@GetMapping("/api/v1/plans/{planId}/composite-indices/{index}")
	Labelled<IndexResult> scores(@PathVariable String planId, @PathVariable String index,
			@RequestParam(required = false) String normalisation, @RequestParam(required = false) String aggregation,
			@RequestParam(required = false) String missing) {
		IndexResult result = this.indices.scores(planId, index, Normalisation.parse(normalisation),
				Aggregation.parse(aggregation), MissingRule.parse(missing));
		return Labelled.of(result.demo(), result);
	}

	@GetMapping("/api/v1/plans/{planId}/composite-indices/{index}/sensitivity")
	Labelled<SensitivityResult> sensitivity(@PathVariable String planId, @PathVariable String index,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1000") int draws,
			@RequestParam(defaultValue = "1") long seed, @RequestParam(required = false) Double concentration) {
		SensitivityResult result = this.indices.sensitivity(planId, index, year, draws, seed,
				(concentration != null) ? concentration : SensitivityAnalysis.DEFAULT_CONCENTRATION);
		return Labelled.of(result.demo(), result);
	}

	@GetMapping("/api/v1/plans/{planId}/composite-indices/{index}/scores.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String planId, @PathVariable String index,
			@RequestParam(required = false) String normalisation, @RequestParam(required = false) String aggregation,
			@RequestParam(required = false) String missing, Locale locale) {
		IndexResult result = this.indices.scores(planId, index, Normalisation.parse(normalisation),
				Aggregation.parse(aggregation), MissingRule.parse(missing));
		return Files.download(IndexWorkbook.write(result, this.indices.getIndex(planId, index), locale), Files.XLSX,
				"composite-index-" + index + ".xlsx");
	}

	@ExceptionHandler(UnknownIndexException.class)
	ResponseEntity<ProblemDetail> unknown(UnknownIndexException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

}
