package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.monitor.targets.ZoneTargetImportService;
import org.corridor.observatory.monitor.targets.ZoneTargetWorkbook;
import org.corridor.observatory.monitor.targets.ZoneTargets;
import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.PlanVersions;
import org.corridor.observatory.plan.SumCheck;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Names;
import org.corridor.observatory.web.PageController;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The zone targets page (分解目标): the targets and baselines decomposed to zones in the
 * version of the plan in force, where they come from (the pack or an adjustment), the sum
 * checks, what the waiting adjustment would change, and for the administrator and the
 * corridor approver the template and the upload that proposes an adjustment (with a
 * reason and an effective date). A rejected file answers 400 with every problem, nothing
 * changed; a proposal by someone else waiting, 409.
 */
@PageController
class ZoneTargetsPageController {

	private final PlanCatalog catalog;

	private final ZoneTargets zoneTargets;

	private final ZoneTargetImportService imports;

	private final PlanVersions versions;

	private final PlanAdjustments adjustments;

	ZoneTargetsPageController(PlanCatalog catalog, ZoneTargets zoneTargets, ZoneTargetImportService imports,
			PlanVersions versions, PlanAdjustments adjustments) {
		this.versions = versions;
		this.adjustments = adjustments;
		this.catalog = catalog;
		this.zoneTargets = zoneTargets;
		this.imports = imports;
	}

	@GetMapping("/targets")
	String page(Model model, Locale locale) {
		fill(model, locale);
		return "targets";
	}

	@GetMapping("/targets/template.xlsx")
	ResponseEntity<byte[]> template() {
		Plan plan = this.catalog.current();
		return Files.download(ZoneTargetWorkbook.xlsx(plan, this.zoneTargets.current(plan)), Files.XLSX,
				plan.id() + "-zone-targets.xlsx");
	}

	@PostMapping("/targets")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String reason,
			@RequestParam(name = "effective_date", required = false) String effectiveDate, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		try {
			model.addAttribute("imported", this.imports.importFile(this.catalog.current().id(), Files.name(file),
					file.getBytes(), reason, EffectiveDates.parse(effectiveDate)));
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("reason", reason);
		}
		catch (PlanVersionConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
		}
		fill(model, locale);
		return "targets";
	}

	private void fill(Model model, Locale locale) {
		Plan plan = this.catalog.current();
		Optional<PlanVersion> pending = this.versions.pending();
		model.addAttribute("pending", pending.orElse(null));
		model.addAttribute("ownPending",
				pending.filter((p) -> p.proposedBy().equals(Actor.current().username())).orElse(null));
		model.addAttribute("targetChanges", pending.map(this.adjustments::zoneTargetChanges).orElse(List.of()));
		model.addAttribute("today", this.versions.today());
		model.addAttribute("planVersion", plan.versionNumber());
		Decomposition current = this.zoneTargets.current(plan);
		Decomposition uploaded = this.zoneTargets.uploaded(plan);
		List<Line> lines = new ArrayList<>();
		for (Indicator indicator : plan.listIndicators()) {
			String code = indicator.code().value();
			for (Zone zone : plan.listZones()) {
				List<Target> targets = current.targetsFor(code, zone.code());
				Baseline baseline = current.findBaseline(code, zone.code()).orElse(null);
				if (targets.isEmpty() && baseline == null) {
					continue;
				}
				boolean fromUpload = !uploaded.targetsFor(code, zone.code()).isEmpty()
						|| uploaded.findBaseline(code, zone.code()).isPresent();
				lines.add(new Line(indicator, zone, targets, baseline, fromUpload));
			}
		}
		model.addAttribute("lines", lines);
		Names names = new Names(plan, locale);
		boolean english = "en".equals(locale.getLanguage());
		model.addAttribute("checks",
				current.check(plan)
					.stream()
					.map((check) -> new CheckLine(check, english ? check.en(names::zone) : check.zh(names::zone)))
					.toList());
		model.addAttribute("parts", Decomposition.parts(plan.listZones()));
		model.addAttribute("notReporting", plan.listZones().stream().filter((zone) -> !zone.reporting()).toList());
		model.addAttribute("additive",
				plan.listIndicators().stream().filter(current::isAdditive).map((i) -> i.code().value()).toList());
	}

	/**
	 * A sum check as the page says it, zones by name.
	 *
	 * @param check the check
	 * @param text what it found, in the page's language
	 */
	record CheckLine(SumCheck check, String text) {
	}

	/**
	 * One indicator's decomposition to one zone, as the page lists it.
	 *
	 * @param indicator the indicator
	 * @param zone the zone
	 * @param targets the zone's targets
	 * @param baseline the zone's baseline, or null
	 * @param uploaded whether an adjustment gave it (else the pack did)
	 */
	record Line(Indicator indicator, Zone zone, List<Target> targets, Baseline baseline, boolean uploaded) {
	}

}
