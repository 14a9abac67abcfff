package org.corridor.observatory.registry.enterprise.web;

import java.net.URI;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseImportJobs;
import org.corridor.observatory.registry.enterprise.ImportJob;
import org.corridor.observatory.web.Files;

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
import org.springframework.web.server.ResponseStatusException;

/**
 * Enterprise imports in the background: a client posts the file, gets a job at once and
 * polls it for the phase and how far it has come, then for the result or every problem.
 * The file is moved to the jobs' spool folder, not read into memory; a full queue is
 * answered 503 with {@code Retry-After} (see {@link EnterpriseImportJobs}).
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/enterprises/jobs")
class EnterpriseJobController {

	private final PlanCatalog catalog;

	private final EnterpriseImportJobs jobs;

	EnterpriseJobController(PlanCatalog catalog, EnterpriseImportJobs jobs) {
		this.catalog = catalog;
		this.jobs = jobs;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJob> submit(@PathVariable String planId, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "wgs84") String crs) {
		this.catalog.getPlan(planId);
		ImportJob job = this.jobs.submit(planId, Files.name(file), file::transferTo, Crs.parse(crs));
		URI location = URI.create("/api/v1/plans/" + planId + "/enterprises/jobs/" + job.id());
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(job);
	}

	@GetMapping("/{id}")
	ImportJob find(@PathVariable String planId, @PathVariable String id) {
		this.catalog.getPlan(planId);
		return this.jobs.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"没有这个导入任务（可能已过期）/ no such import job (it may have expired): " + id));
	}

}
