package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.chain.candidate.CandidateBatch;
import org.corridor.observatory.chain.candidate.CandidateFileReader;
import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateImportResult;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.chain.reference.ReferenceFigure;
import org.corridor.observatory.chain.reference.ReferenceFileReader;
import org.corridor.observatory.chain.reference.ReferenceImportResult;
import org.corridor.observatory.chain.reference.ReferenceRegion;
import org.corridor.observatory.chain.reference.ReferenceRevision;
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
 * The chain analysis's inputs over HTTP. The candidate firms to attract (招商候选企业): import
 * a list (all rows or none; it replaces the current list, which is kept), read the
 * current list and the lists held before. The reference region (参照区域): import its yearly
 * totals (all rows or none; the years imported replace the stored ones, which are kept),
 * read the current figures and the replaced ones. The templates of both files.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
class ChainInputApiController {

	private final PlanCatalog catalog;

	private final CandidateList candidates;

	private final ReferenceRegion reference;

	ChainInputApiController(PlanCatalog catalog, CandidateList candidates, ReferenceRegion reference) {
		this.catalog = catalog;
		this.candidates = candidates;
		this.reference = reference;
	}

	@PostMapping(path = "/candidates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CandidateImportResult> importCandidates(@PathVariable String planId,
			@RequestParam("file") MultipartFile file) throws IOException {
		CandidateImportResult result = this.candidates.importFile(planId, Files.name(file), file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(result);
	}

	@GetMapping("/candidates")
	Labelled<List<CandidateFirm>> candidates(@PathVariable String planId) {
		List<CandidateFirm> firms = this.candidates.listCandidates(planId);
		return Labelled.of(firms.stream().anyMatch(CandidateFirm::demo), firms);
	}

	/** Every list the plan has held, the current one first. */
	@GetMapping("/candidates/lists")
	Labelled<List<CandidateBatch>> candidateLists(@PathVariable String planId) {
		List<CandidateBatch> lists = this.candidates.listBatches(planId);
		return Labelled.of(lists.stream().anyMatch(CandidateBatch::demo), lists);
	}

	@PostMapping(path = "/reference", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReferenceImportResult> importReference(@PathVariable String planId,
			@RequestParam("file") MultipartFile file) throws IOException {
		ReferenceImportResult result = this.reference.importFile(planId, Files.name(file), file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(result);
	}

	@GetMapping("/reference")
	Labelled<List<ReferenceFigure>> referenceFigures(@PathVariable String planId) {
		List<ReferenceFigure> figures = this.reference.listFigures(planId);
		return Labelled.of(figures.stream().anyMatch(ReferenceFigure::demo), figures);
	}

	/** The figures imports replaced, latest replacement first. */
	@GetMapping("/reference/revisions")
	Labelled<List<ReferenceRevision>> referenceRevisions(@PathVariable String planId) {
		List<ReferenceRevision> revisions = this.reference.listRevisions(planId);
		return Labelled.of(revisions.stream().anyMatch((revision) -> revision.figure().demo()), revisions);
	}

	/** The template of a candidate-list or reference-region file, as XLSX or CSV. */
	@GetMapping("/{input:candidates|reference}/template.{format:xlsx|csv}")
	ResponseEntity<byte[]> template(@PathVariable String planId, @PathVariable String input,
			@PathVariable String format, Locale locale) {
		this.catalog.getPlan(planId);
		boolean candidateList = input.equals("candidates");
		return Files.template(candidateList ? CandidateFileReader.TEMPLATE : ReferenceFileReader.TEMPLATE,
				format.equals("xlsx"), locale, input);
	}

}
