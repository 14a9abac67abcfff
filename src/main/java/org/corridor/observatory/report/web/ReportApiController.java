package org.corridor.observatory.report.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.report.ReportArchive;
import org.corridor.observatory.report.ReportFormatKind;
import org.corridor.observatory.report.ReportJob;
import org.corridor.observatory.report.ReportJobs;
import org.corridor.observatory.web.Labelled;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Annual evaluation reports over the API: ask for one (made in the background, 202 with
 * the job), follow it, list the archive, download a made report's Word or PDF file
 * exactly as it was generated.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/reports")
@Tag(name = "reports", description = "年度监测评估报告 / annual evaluation reports")
class ReportApiController {

	private final ReportJobs jobs;

	private final ReportArchive archive;

	private final PlanCatalog catalog;

	ReportApiController(ReportJobs jobs, ReportArchive archive, PlanCatalog catalog) {
		this.jobs = jobs;
		this.archive = archive;
		this.catalog = catalog;
	}

	@PostMapping
	@Operation(summary = "Generate a report for a year and a scope (the corridor or one district) from the figures"
			+ " published as of a date, with what-if scenarios if asked (scenario=ID, repeated, at most 5);"
			+ " answered 202 with the job to follow")
	ResponseEntity<ReportJob> generate(@PathVariable String planId, @RequestParam Integer year,
			@RequestParam(required = false) String zone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String language,
			@RequestParam(name = "scenario", required = false) List<Long> scenarios) {
		ReportJob job = this.jobs.submit(planId, year, zone, asOf, language, scenarios);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(job);
	}

	@GetMapping
	@Operation(summary = "The archived reports, latest first (at most 200)")
	List<ReportJob> list(@PathVariable String planId) {
		this.catalog.getPlan(planId);
		return this.archive.list(planId, 200);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report: waiting, being made (phase, percent), done (inputs, hashes) or failed")
	Labelled<ReportJob> find(@PathVariable String planId, @PathVariable String id) {
		ReportJob job = job(planId, id);
		return Labelled.of(job.demo(), job);
	}

	@GetMapping("/{id}/report.docx")
	@Operation(summary = "A made report as Word, byte for byte as generated")
	ResponseEntity<byte[]> docx(@PathVariable String planId, @PathVariable String id) {
		return file(planId, id, ReportFormatKind.DOCX);
	}

	@GetMapping("/{id}/report.pdf")
	@Operation(summary = "A made report as PDF, byte for byte as generated")
	ResponseEntity<byte[]> pdf(@PathVariable String planId, @PathVariable String id) {
		return file(planId, id, ReportFormatKind.PDF);
	}

	private ReportJob job(String planId, String id) {
		this.catalog.getPlan(planId);
		return this.jobs.find(id)
			.filter((job) -> job.planId().equals(planId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该报告 / no such report: " + id));
	}

	private ResponseEntity<byte[]> file(String planId, String id, ReportFormatKind kind) {
		ReportJob job = job(planId, id);
		byte[] bytes = this.archive.file(id, kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"报告尚未生成完成 / the report is not made yet: " + id));
		String name = ReportNames.file(job, kind);
		return ResponseEntity.ok()
			.contentType(kind.type())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Demo-Data", String.valueOf(job.demo()))
			.header("X-Content-SHA256", (kind == ReportFormatKind.DOCX) ? job.docxSha256() : job.pdfSha256())
			.body(bytes);
	}

}
