package org.corridor.observatory.monitor.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.corridor.observatory.monitor.validation.Acknowledgement;
import org.corridor.observatory.monitor.validation.Finding;
import org.corridor.observatory.monitor.validation.Outlier;
import org.corridor.observatory.monitor.validation.RuleEditor;
import org.corridor.observatory.monitor.validation.RuleInput;
import org.corridor.observatory.monitor.validation.RuleStore;
import org.corridor.observatory.monitor.validation.StoredRule;
import org.corridor.observatory.monitor.validation.ValidationRun;
import org.corridor.observatory.monitor.validation.ValidationScope;
import org.corridor.observatory.monitor.validation.ValidationService;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersion;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for validation: the rules in force (the administrator proposes changes, which the
 * corridor approver decides as a plan adjustment), a zone's findings and outliers in a
 * round, acknowledging a warning, and validation runs.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
class ValidationApiController {

	private final ValidationService validation;

	private final RuleStore rules;

	private final RuleEditor editor;

	private final PlanCatalog catalog;

	ValidationApiController(ValidationService validation, RuleStore rules, RuleEditor editor, PlanCatalog catalog) {
		this.validation = validation;
		this.rules = rules;
		this.editor = editor;
		this.catalog = catalog;
	}

	@GetMapping("/validation/rules")
	List<StoredRule> listRules(@PathVariable String planId) {
		this.catalog.getPlan(planId);
		return this.rules.listRules(planId);
	}

	/**
	 * Proposes a rule, new or in place of the one with its code, as a plan adjustment:
	 * the body's fields are the rules sheet's column names, with {@code reason} and
	 * {@code effective_date}. 202 with the waiting proposal; the rule takes effect once
	 * the corridor approver approves it.
	 */
	@PutMapping("/validation/rules/{code}")
	@Operation(summary = "Propose a rule (fields: the rules sheet's columns, reason, effective_date);"
			+ " 202 with the plan adjustment waiting for the corridor approver")
	ResponseEntity<Map<String, Object>> saveRule(@PathVariable String planId, @PathVariable String code,
			@RequestBody Map<String, String> fields) {
		Map<String, String> withCode = new java.util.HashMap<>(fields);
		withCode.put("code", code);
		PlanVersion proposal = this.editor.save(planId, RuleInput.of(withCode), fields.get("reason"),
				EffectiveDates.parse(fields.get("effective_date")));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(proposal.summary());
	}

	/** A validation run over a round, a zone or (with neither) the whole database. */
	@PostMapping("/validation/runs")
	RunView run(@PathVariable String planId, @RequestParam(required = false) Long round,
			@RequestParam(required = false) String zone) {
		ValidationScope scope = (round != null) ? ValidationScope.ofRound(round)
				: (zone != null && !zone.isBlank()) ? ValidationScope.ofZone(zone) : ValidationScope.ALL;
		return RunView.of(this.validation.run(planId, scope));
	}

	@GetMapping("/rounds/{round}/zones/{zone}/findings")
	ZoneFindings findings(@PathVariable String planId, @PathVariable long round, @PathVariable String zone) {
		return new ZoneFindings(this.validation.findings(round, zone).stream().map(FindingView::of).toList(),
				this.validation.outliers(round, zone));
	}

	@PostMapping("/rounds/{round}/zones/{zone}/acknowledgements")
	Acknowledgement acknowledge(@PathVariable String planId, @PathVariable long round, @PathVariable String zone,
			@RequestBody Acknowledging body) {
		return this.validation.acknowledge(round, zone, body.rule(), body.zone(), body.year(), body.comment());
	}

	/**
	 * A warning to acknowledge.
	 *
	 * @param rule the rule code
	 * @param zone the zone of the finding
	 * @param year its year
	 * @param comment why the figures stand
	 */
	record Acknowledging(String rule, String zone, int year, String comment) {
	}

	/**
	 * A zone's findings and outliers in a round.
	 *
	 * @param findings the rules its figures break
	 * @param outliers its figures flagged as outliers
	 */
	record ZoneFindings(List<FindingView> findings, List<Outlier> outliers) {
	}

	/**
	 * A finding as shown: rule, severity, zone, year, the two values and their
	 * difference.
	 *
	 * @param rule the rule code
	 * @param name the rule's name
	 * @param formula the rule as one line
	 * @param severity error or warning
	 * @param zone the zone
	 * @param year the year
	 * @param left the left value
	 * @param right the right value
	 * @param difference left minus right
	 * @param differencePercent the difference in percent of the right side
	 * @param acknowledged whether a warning was acknowledged
	 */
	record FindingView(String rule, String name, String formula, String severity, String zone, int year,
			BigDecimal left, BigDecimal right, BigDecimal difference, BigDecimal differencePercent,
			boolean acknowledged) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.rule().code(), finding.rule().name().zh(), finding.rule().formula(),
					finding.severity().key(), finding.zone(), finding.year(), finding.left(), finding.right(),
					finding.difference(), finding.differencePercent(), finding.acknowledged());
		}

	}

	/**
	 * A run's result.
	 *
	 * @param scope what it covered
	 * @param rules how many rules were checked
	 * @param findings the broken rules
	 * @param outliers the outliers
	 */
	record RunView(String scope, int rules, List<FindingView> findings, List<Outlier> outliers) {

		static RunView of(ValidationRun run) {
			return new RunView(run.scope().describe(), run.rules(),
					run.findings().stream().map(FindingView::of).toList(), run.outliers());
		}

	}

}
