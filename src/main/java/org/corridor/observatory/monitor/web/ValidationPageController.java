package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.monitor.adjustment.RuleChange;

import org.corridor.observatory.monitor.round.RoundService;
import org.corridor.observatory.monitor.validation.RuleColumn;
import org.corridor.observatory.monitor.validation.RuleEditor;
import org.corridor.observatory.monitor.validation.RuleInput;
import org.corridor.observatory.monitor.validation.RuleStore;
import org.corridor.observatory.monitor.validation.RuleWorkbook;
import org.corridor.observatory.monitor.validation.ValidationRun;
import org.corridor.observatory.monitor.validation.ValidationScope;
import org.corridor.observatory.monitor.validation.ValidationService;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.PlanVersions;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The validation pages: a run over a round, a zone or everything, with its Excel report;
 * the rules page, where the rules of the version in force are listed with those the
 * waiting plan adjustment changes, and the administrator proposes additions, edits,
 * enabling and disabling, one by one or as an Excel sheet, each with a reason and an
 * effective date; they take effect once the corridor approver approves the adjustment.
 */
@PageController
class ValidationPageController {

	private final ValidationService validation;

	private final RuleStore rules;

	private final RuleEditor editor;

	private final RoundService rounds;

	private final PlanCatalog catalog;

	private final PlanVersions versions;

	private final PlanAdjustments adjustments;

	ValidationPageController(ValidationService validation, RuleStore rules, RuleEditor editor, RoundService rounds,
			PlanCatalog catalog, PlanVersions versions, PlanAdjustments adjustments) {
		this.versions = versions;
		this.adjustments = adjustments;
		this.validation = validation;
		this.rules = rules;
		this.editor = editor;
		this.rounds = rounds;
		this.catalog = catalog;
	}

	@GetMapping("/validation")
	String page(Model model) {
		Plan plan = this.catalog.current();
		model.addAttribute("rounds", this.rounds.listRounds(plan.id()));
		model.addAttribute("zones", plan.listZones());
		model.addAttribute("scope", "all");
		return "validation";
	}

	@PostMapping("/validation")
	String run(@RequestParam(defaultValue = "all") String scope, Model model) {
		page(model);
		model.addAttribute("scope", scope);
		model.addAttribute("run", this.validation.run(this.catalog.current().id(), scope(scope)));
		return "validation";
	}

	@GetMapping("/validation/report.xlsx")
	ResponseEntity<byte[]> report(@RequestParam(defaultValue = "all") String scope) {
		Plan plan = this.catalog.current();
		ValidationRun run = this.validation.run(plan.id(), scope(scope));
		return Files.download(ValidationWorkbook.xlsx(plan, run), Files.XLSX, "validation-report.xlsx");
	}

	@GetMapping("/validation/rules")
	String rules(Model model) {
		Plan plan = this.catalog.current();
		boolean english = "en".equals(model.getAttribute("lang"));
		Optional<PlanVersion> pending = this.versions.pending();
		List<RuleChange> changes = pending.map(this.adjustments::ruleChanges).orElse(List.of());
		Map<String, String> changeFormulas = new java.util.HashMap<>();
		changes.forEach((change) -> changeFormulas.put(change.rule().code(), named(plan, change.rule(), english)));
		model.addAttribute("pending", pending.orElse(null));
		model.addAttribute("ownPending",
				pending.filter((p) -> p.proposedBy().equals(Actor.current().username())).orElse(null));
		model.addAttribute("ruleChanges", changes);
		model.addAttribute("changeFormulas", changeFormulas);
		model.addAttribute("today", this.versions.today());
		List<org.corridor.observatory.monitor.validation.StoredRule> stored = this.rules.listRules(plan.id());
		Map<String, String> formulas = new java.util.HashMap<>();
		stored.forEach((rule) -> formulas.put(rule.rule().code(), named(plan, rule.rule(), english)));
		model.addAttribute("formulas", formulas);
		model.addAttribute("rules", stored);
		model.addAttribute("columns", RuleColumn.values());
		model.addAttribute("admin", Actor.current().is(Role.ADMIN));
		return "validation-rules";
	}

	@PostMapping("/validation/rules")
	String save(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		RuleInput input = RuleInput.of(form);
		try {
			this.editor.save(this.catalog.current().id(), input, form.get("reason"),
					EffectiveDates.parse(form.get("effective_date")));
			model.addAttribute("done", proposed(model));
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("form", input);
			model.addAttribute("reason", form.get("reason"));
		}
		catch (PlanVersionConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("form", input);
		}
		return rules(model);
	}

	@PostMapping("/validation/rules/{code}/{step:enable|disable}")
	String enable(@PathVariable String code, @PathVariable String step, @RequestParam(required = false) String reason,
			@RequestParam(name = "effective_date", required = false) String effectiveDate, Model model,
			HttpServletResponse response) {
		try {
			this.editor.setEnabled(this.catalog.current().id(), code, step.equals("enable"), reason,
					EffectiveDates.parse(effectiveDate));
			model.addAttribute("done", proposed(model));
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
		}
		catch (PlanVersionConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
		}
		return rules(model);
	}

	/** What the page says once a change is proposed. */
	private static String proposed(Model model) {
		return message(model, "已作为规划调整提出，待管委会审定人审定；审定并到生效日期后才生效。",
				"Proposed as a plan adjustment: it takes effect once the corridor approver approves it, from its effective date.");
	}

	@GetMapping("/validation/rules.xlsx")
	ResponseEntity<byte[]> download() {
		return Files.download(RuleWorkbook.xlsx(this.rules.listRules(this.catalog.current().id())), Files.XLSX,
				"validation-rules.xlsx");
	}

	@PostMapping("/validation/rules/upload")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String reason,
			@RequestParam(name = "effective_date", required = false) String effectiveDate, Model model,
			HttpServletResponse response) throws IOException {
		try {
			this.editor.importSheet(this.catalog.current().id(), Files.name(file), file.getBytes(), reason,
					EffectiveDates.parse(effectiveDate));
			model.addAttribute("done", proposed(model));
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
		}
		catch (PlanVersionConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", ex.getMessage());
		}
		return rules(model);
	}

	/** A rule's formula with the names of its indicators and zones rather than codes. */
	private static String named(Plan plan, org.corridor.observatory.plan.FigureRule rule, boolean english) {
		String tolerance = (rule.operator() == org.corridor.observatory.plan.RuleOperator.APPROX)
				? "（±" + rule.tolerancePercent().stripTrailingZeros().toPlainString() + "%）" : "";
		return side(plan, rule.left(), english) + " " + rule.operator().zh() + " " + side(plan, rule.right(), english)
				+ tolerance;
	}

	private static String side(Plan plan, org.corridor.observatory.plan.FigureRule.Side side, boolean english) {
		String indicator = plan.findIndicator(side.indicator())
			.map((i) -> english ? i.name().en() : i.name().zh())
			.orElse(side.indicator());
		org.corridor.observatory.plan.ZoneSet zones = side.zones();
		String where;
		if (zones.zone() != null) {
			where = plan.findZone(zones.zone())
				.map((z) -> english ? z.name().en() : z.name().zh())
				.orElse(zones.zone());
		}
		else if (zones.level() != null) {
			where = english ? "sum over " + zones.level().en() : zones.level().zh() + "之和";
		}
		else if (!zones.zones().isEmpty()) {
			where = String.join(english ? " + " : "＋", zones.zones()
				.stream()
				.map((code) -> plan.findZone(code).map((z) -> english ? z.name().en() : z.name().zh()).orElse(code))
				.toList());
		}
		else {
			where = english ? "each zone" : "各空间单元";
		}
		String year = (side.yearOffset() == 0) ? ""
				: english ? " (year " + side.yearOffset() + ")" : "（" + side.yearOffset() + " 年）";
		return where + "·" + indicator + year;
	}

	private static String message(Model model, String zh, String en) {
		return "en".equals(model.getAttribute("lang")) ? en : zh;
	}

	private static ValidationScope scope(String scope) {
		if (scope.startsWith("round:")) {
			return ValidationScope.ofRound(Long.parseLong(scope.substring(6)));
		}
		if (scope.startsWith("zone:")) {
			return ValidationScope.ofZone(scope.substring(5));
		}
		return ValidationScope.ALL;
	}

}
