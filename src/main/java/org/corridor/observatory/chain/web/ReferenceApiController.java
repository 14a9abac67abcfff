package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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
 * The reference region (参照区域) over HTTP: import its yearly totals (all rows or none; the
 * years imported replace the stored ones, which are kept), read the current figures and
 * the replaced ones, download the templates.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/reference")
class ReferenceApiController {

	private final PlanCatalog catalog;

	private final ReferenceRegion reference;

	ReferenceApiController(PlanCatalog catalog, ReferenceRegion reference) {
		this.catalog = catalog;
		this.reference = reference;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReferenceImportResult> importFile(@PathVariable String planId,
			@RequestParam("file") MultipartFile file) throws IOException {
		ReferenceImportResult result = this.reference.importFile(planId, Files.name(file), file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(result);
	}

	@GetMapping
	Labelled<List<ReferenceFigure>> list(@PathVariable String planId) {
		List<ReferenceFigure> figures = this.reference.listFigures(planId);
		return Labelled.of(figures.stream().anyMatch(ReferenceFigure::demo), figures);
	}

	/** The figures imports replaced, latest replacement first. */
	@GetMapping("/revisions")
	Labelled<List<ReferenceRevision>> revisions(@PathVariable String planId) {
		List<ReferenceRevision> revisions = this.reference.listRevisions(planId);
		return Labelled.of(revisions.stream().anyMatch((revision) -> revision.figure().demo()), revisions);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(ReferenceFileReader.TEMPLATE, true, locale, "reference");
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(ReferenceFileReader.TEMPLATE, false, locale, "reference");
	}

}
