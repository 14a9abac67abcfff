package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.chain.candidate.CandidateBatch;
import org.corridor.observatory.chain.candidate.CandidateFileReader;
import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateImportResult;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The candidate firms to attract (招商候选企业) over HTTP: import a list (all rows or none; it
 * replaces the current list, which is kept), read the current list and the lists held
 * before, download the templates.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/candidates")
class CandidateApiController {

	private final PlanCatalog catalog;

	private final CandidateList candidates;

	CandidateApiController(PlanCatalog catalog, CandidateList candidates) {
		this.catalog = catalog;
		this.candidates = candidates;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CandidateImportResult> importFile(@PathVariable String planId,
			@RequestParam("file") MultipartFile file) throws IOException {
		CandidateImportResult result = this.candidates.importFile(planId, Files.name(file), file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(result);
	}

	@GetMapping
	Labelled<List<CandidateFirm>> list(@PathVariable String planId) {
		List<CandidateFirm> firms = this.candidates.listCandidates(planId);
		return Labelled.of(firms.stream().anyMatch(CandidateFirm::demo), firms);
	}

	/** Every list the plan has held, the current one first. */
	@GetMapping("/lists")
	Labelled<List<CandidateBatch>> lists(@PathVariable String planId) {
		List<CandidateBatch> lists = this.candidates.listBatches(planId);
		return Labelled.of(lists.stream().anyMatch(CandidateBatch::demo), lists);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(CandidateFileReader.TEMPLATE, true, locale, "candidates");
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(CandidateFileReader.TEMPLATE, false, locale, "candidates");
	}

}
