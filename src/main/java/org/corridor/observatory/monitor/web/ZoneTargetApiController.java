package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.monitor.targets.ZoneTargetImport;
import org.corridor.observatory.monitor.targets.ZoneTargetImportService;
import org.corridor.observatory.monitor.targets.ZoneTargets;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.SumCheck;
import org.corridor.observatory.plan.ZoneBaseline;
import org.corridor.observatory.plan.ZoneTarget;
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

/**
 * The targets decomposed to zones (分解目标): read those in force, or propose new ones as a
 * plan adjustment.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/zone-targets")
@Tag(name = "zone targets", description = "分解目标 / targets decomposed to zones")
class ZoneTargetApiController {

	private final PlanCatalog catalog;

	private final ZoneTargets zoneTargets;

	private final ZoneTargetImportService imports;

	ZoneTargetApiController(PlanCatalog catalog, ZoneTargets zoneTargets, ZoneTargetImportService imports) {
		this.catalog = catalog;
		this.zoneTargets = zoneTargets;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "The zone targets and baselines of the plan version in force, and their sum checks")
	ZoneTargetsView list(@PathVariable String planId) {
		Plan plan = this.catalog.getPlan(planId);
		Decomposition current = this.zoneTargets.current(plan);
		return new ZoneTargetsView(current.listTargets(), current.listBaselines(), current.check(plan));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Propose zone targets from a file (the template's columns) as a plan adjustment, with reason"
			+ " and effective_date; 202 with the sum checks and the proposal, in force once the corridor approver"
			+ " approves it; 400 with every problem")
	ResponseEntity<ZoneTargetImport> upload(@PathVariable String planId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String reason,
			@RequestParam(name = "effective_date", required = false) String effectiveDate) throws IOException {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.imports.importFile(planId, Files.name(file), file.getBytes(), reason,
					EffectiveDates.parse(effectiveDate)));
	}

	/**
	 * The decomposition in force.
	 *
	 * @param targets the zone targets
	 * @param baselines the zone baselines
	 * @param checks whether the parts add up to the corridor's targets
	 */
	record ZoneTargetsView(List<ZoneTarget> targets, List<ZoneBaseline> baselines, List<SumCheck> checks) {
	}

}
