package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.monitor.adjustment.DecisionRefusedException;
import org.corridor.observatory.monitor.adjustment.IndicatorColumn;
import org.corridor.observatory.monitor.adjustment.IndicatorRows;
import org.corridor.observatory.monitor.adjustment.IndicatorWorkbook;
import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.InvalidPlanPackException;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.PlanVersions;
import org.corridor.observatory.plan.ValueKind;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator system page (指标体系): the indicators of the version in force, the proposal
 * waiting for the corridor approver with what it changes, the versions with their reasons
 * and effective dates; a form and a workbook to propose changes, the approver's decision
 * (offered to the corridor approver only, never on their own proposal), and each version
 * as a pack to download. Bad input answers 400 with every problem located, a decision the
 * person may not take 403 with the reason, a step the state does not allow 409; nothing
 * is changed.
 */
@PageController
class IndicatorSystemPageController {

	private final PlanVersions versions;

	private final PlanAdjustments adjustments;

	IndicatorSystemPageController(PlanVersions versions, PlanAdjustments adjustments) {
		this.versions = versions;
		this.adjustments = adjustments;
	}

	@GetMapping("/indicator-system")
	String page(@RequestParam(required = false) String edit, Model model, Locale locale) {
		Plan plan = this.versions.current();
		Plan latest = this.versions.version(this.versions.latest().number()).orElse(plan);
		model.addAttribute("current", plan);
		model.addAttribute("currentVersion", version(plan.versionNumber()));
		model.addAttribute("latest", this.versions.latest());
		model.addAttribute("rows", plan.listIndicators().stream().map((i) -> row(plan, i, locale)).toList());
		model.addAttribute("history", this.versions.list());
		Optional<PlanVersion> pending = this.versions.pending();
		model.addAttribute("pending", pending.orElse(null));
		model.addAttribute("changes", pending.map(this.adjustments::changes).orElse(List.of()));
		model.addAttribute("ruleChanges", pending.map(this.adjustments::ruleChanges).orElse(List.of()));
		model.addAttribute("targetChanges", pending.map(this.adjustments::zoneTargetChanges).orElse(List.of()));
		Actor actor = Actor.current();
		boolean own = pending.isPresent() && pending.get().proposedBy().equals(actor.username());
		model.addAttribute("mayDecide", pending.isPresent() && actor.is(Role.APPROVER) && !own);
		model.addAttribute("ownProposal", own);
		model.addAttribute("columns", IndicatorColumn.values());
		if (!model.containsAttribute("form")) {
			Map<IndicatorColumn, String> form = new EnumMap<>(IndicatorColumn.class);
			if (edit != null) {
				latest.findIndicator(edit).ifPresent((i) -> form.putAll(IndicatorRows.format(latest, i, locale)));
			}
			model.addAttribute("form", toNames(form));
		}
		model.addAttribute("categories", latest.listCategories());
		model.addAttribute("goals", latest.listGoals());
		model.addAttribute("today", this.versions.today());
		model.addAttribute("directions", words(Direction.values(), locale));
		model.addAttribute("attributes", words(Attribute.values(), locale));
		model.addAttribute("frequencies", words(Frequency.values(), locale));
		// the columns the form offers as choices rather than typed text
		model.addAttribute("chosen", List.of("CATEGORY", "GOAL", "DIRECTION", "ATTRIBUTE", "FREQUENCY", "TABLE", "KIND",
				"CUMULATIVE", "NEGATIVE_ALLOWED"));
		model.addAttribute("tables",
				latest.listItems(ItemKind.TABLE)
					.stream()
					.map((table) -> IndicatorRows.tableName(table.code(), locale))
					.toList());
		model.addAttribute("kinds", words(ValueKind.values(), locale));
		model.addAttribute("flags", IndicatorRows.flags(locale));
		return "indicator-system";
	}

	private static List<String> words(Enum<?>[] values, Locale locale) {
		return java.util.Arrays.stream(values).map((v) -> IndicatorRows.word(v).in(locale)).toList();
	}

	/** A version's row, or null. */
	private PlanVersion version(int number) {
		return this.versions.listApproved().stream().filter((v) -> v.number() == number).findFirst().orElse(null);
	}

	private static Map<String, String> toNames(Map<IndicatorColumn, String> form) {
		Map<String, String> names = new java.util.HashMap<>();
		form.forEach((column, value) -> names.put(column.field(), value));
		return names;
	}

	/**
	 * One indicator as the page lists it.
	 *
	 * @param code the code, for links
	 * @param cells the table's texts by column
	 * @param basis the sentence of the plan it comes from, or the adjustment's reason
	 * @param adjusted the version that added or last changed it, or null
	 */
	record Row(String code, Map<String, String> cells, String basis, Integer adjusted) {
	}

	private static Row row(Plan plan, Indicator indicator, Locale locale) {
		Map<IndicatorColumn, String> cells = IndicatorRows.format(plan, indicator, locale);
		String basis = (indicator.adjustment() != null) ? indicator.adjustment().basis().in(locale)
				: indicator.source();
		return new Row(indicator.code().value(), toNames(cells), basis,
				(indicator.adjustment() != null) ? indicator.adjustment().version() : null);
	}

	@PostMapping("/indicator-system/indicators")
	String propose(@RequestParam Map<String, String> params, Model model, Locale locale, HttpServletResponse response) {
		Map<IndicatorColumn, String> form = new EnumMap<>(IndicatorColumn.class);
		for (IndicatorColumn column : IndicatorColumn.values()) {
			form.put(column, params.getOrDefault(column.field(), ""));
		}
		try {
			this.adjustments.proposeRow(form, params.get("reason"), date(params.get("effective_date")));
			model.addAttribute("done", "propose");
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("form", toNames(form));
			model.addAttribute("reason", params.get("reason"));
		}
		catch (PlanVersionConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
		}
		return page(null, model, locale);
	}

	@PostMapping("/indicator-system/upload")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String reason,
			@RequestParam(name = "effective_date", required = false) String effectiveDate, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		try {
			this.adjustments.proposeWorkbook(Files.name(file), file.getBytes(), reason, date(effectiveDate));
			model.addAttribute("done", "propose");
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("uploadProblems", ex.problems());
		}
		catch (PlanVersionConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
		}
		return page(null, model, locale);
	}

	@PostMapping("/indicator-system/proposals/{id}/{step:approve|reject}")
	String decide(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String comment,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			if (step.equals("approve")) {
				this.adjustments.approve(id, comment);
			}
			else {
				this.adjustments.reject(id, comment);
			}
			return "redirect:/indicator-system";
		}
		catch (DecisionRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("refused", ex.reason().key());
			return page(null, model, locale);
		}
		catch (PlanVersionConflictException | InvalidPlanPackException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
			return page(null, model, locale);
		}
	}

	/**
	 * The indicator table of a version (the one in force when none is asked for) as a
	 * workbook.
	 */
	@GetMapping("/indicator-system/indicators.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer version, Locale locale) {
		Plan plan = (version != null) ? this.versions.version(version).orElseThrow(() -> noVersion(version))
				: this.versions.current();
		return Files.download(IndicatorWorkbook.xlsx(plan, locale), Files.XLSX,
				plan.id() + "-indicators-v" + plan.versionNumber() + ".xlsx");
	}

	/** A version as a plan pack: its YAML files and source text, zipped. */
	@GetMapping("/indicator-system/versions/{number}/pack.zip")
	ResponseEntity<byte[]> pack(@PathVariable int number) {
		if (this.versions.version(number).isEmpty()) {
			throw noVersion(number);
		}
		return Files.download(this.versions.export(number), MediaType.parseMediaType("application/zip"),
				this.versions.planId() + "-v" + number + ".zip");
	}

	private static ResponseStatusException noVersion(int number) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"没有第 " + number + " 版 / there is no version " + number);
	}

	private static LocalDate date(String text) {
		return EffectiveDates.parse(text);
	}

}
