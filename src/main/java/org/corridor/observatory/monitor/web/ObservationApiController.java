package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.corridor.observatory.monitor.BatchState;
import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.Observation;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.imports.ObservationTemplate;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Figures: list them, import a file of them, download the template to fill in. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/observations")
@Tag(name = "observations", description = "观测值与填报导入 / figures and their import")
class ObservationApiController {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final ObservationImportService imports;

	ObservationApiController(PlanCatalog catalog, ObservationStore store, ObservationImportService imports) {
		this.catalog = catalog;
		this.store = store;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "Stored figures, optionally for one indicator and/or zone")
	Labelled<List<Observation>> listObservations(@PathVariable String planId,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String zone) {
		this.catalog.getPlan(planId);
		List<Observation> observations = this.store.listObservations(planId, indicator, zone);
		return Labelled.of(observations.stream().anyMatch(Observation::demo), observations);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a CSV (UTF-8 or GBK) or XLSX file: all rows or none, "
			+ "with a report of every bad row (400) when any is bad. When the figures bring warnings "
			+ "(warning-level rules, outliers) the answer is 409 listing them, each with its key; send the "
			+ "file again with one acknowledgement=KEY=comment per warning to store it")
	@Parameter(name = "acknowledgement", in = ParameterIn.QUERY,
			description = "警告说明，每条警告一个 / one per warning: KEY=comment, the key as the 409 answer lists it",
			array = @ArraySchema(schema = @Schema(type = "string")))
	ImportBatch importFile(@PathVariable String planId, @RequestPart("file") MultipartFile file,
			@Parameter(hidden = true) HttpServletRequest request) throws IOException {
		// read as sent: a List parameter would split a single comment at its commas
		return this.imports.importFile(planId, file.getOriginalFilename(), file.getBytes(),
				Acknowledgements.parse(request.getParameterValues("acknowledgement")));
	}

	@GetMapping("/batches")
	@Operation(summary = "The batches of figures in a state (pending by default), newest first")
	List<ImportBatch> batches(@PathVariable String planId, @RequestParam(defaultValue = "PENDING") BatchState state) {
		this.catalog.getPlan(planId);
		return this.store.listBatches(planId, state);
	}

	@PostMapping("/batches/{batch}/publish")
	@Operation(summary = "Publish a pending batch (approver): its figures become the published ones")
	ImportBatch publish(@PathVariable String planId, @PathVariable long batch) {
		return this.store.publish(planId, batch);
	}

	@PostMapping("/batches/{batch}/withdraw")
	@Operation(summary = "Withdraw a pending batch (administrator), with a reason: it is never published")
	ImportBatch withdraw(@PathVariable String planId, @PathVariable long batch, @RequestParam String reason) {
		return this.store.withdraw(planId, batch, reason);
	}

	@GetMapping("/template.xlsx")
	@Operation(summary = "The Excel template to fill in, with this plan's codes")
	ResponseEntity<byte[]> templateXlsx(@PathVariable String planId, Locale locale) {
		return Files.download(ObservationTemplate.xlsx(this.catalog.getPlan(planId), locale), Files.XLSX,
				planId + "-template.xlsx");
	}

	@GetMapping("/template.csv")
	@Operation(summary = "The CSV template (UTF-8 with BOM, opens in Excel)")
	ResponseEntity<byte[]> templateCsv(@PathVariable String planId) {
		return Files.download(ObservationTemplate.csv(this.catalog.getPlan(planId)), Files.CSV,
				planId + "-template.csv");
	}

}
