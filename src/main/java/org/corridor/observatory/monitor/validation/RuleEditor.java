package org.corridor.observatory.monitor.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ProblemList;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to the rules between figures — add, edit, enable, disable,
 * or a whole sheet at once — each proposed as an adjustment of the plan (规划调整) with a
 * reason and an effective date ({@link PlanAdjustments#proposeRules}): the waiting
 * proposal carries them, and they are in force once the corridor approver (not the
 * proposer) has approved it. Rules are checked against the plan the proposal makes; a
 * sheet with any bad row proposes nothing.
 */
@Service
public class RuleEditor {

	private final PlanCatalog catalog;

	private final PlanAdjustments adjustments;

	RuleEditor(PlanCatalog catalog, PlanAdjustments adjustments) {
		this.catalog = catalog;
		this.adjustments = adjustments;
	}

	/** Proposes a rule, new or in place of the one with its code. */
	@Transactional
	public PlanVersion save(String planId, RuleInput input, String reason, LocalDate effectiveDate) {
		Plan plan = draft(planId);
		List<ImportProblem> problems = new ArrayList<>();
		FigureRule rule = input.check(plan, 0, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return this.adjustments.proposeRules(List.of(rule), reason, effectiveDate);
	}

	/** Proposes to check a rule, or to keep it without checking it. */
	@Transactional
	public PlanVersion setEnabled(String planId, String code, boolean enabled, String reason, LocalDate effectiveDate) {
		Plan plan = draft(planId);
		FigureRule rule = plan.listRules()
			.stream()
			.filter((r) -> r.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ImportRejectedException(
					List.of(new ImportProblem(0, RuleColumn.CODE.en(), code, "没有此规则", "there is no such rule"))));
		return this.adjustments.proposeRules(List.of(new FigureRule(rule.code(), rule.name(), rule.left(),
				rule.operator(), rule.right(), rule.tolerancePercent(), rule.severity(), enabled)), reason,
				effectiveDate);
	}

	/**
	 * Reads a rules sheet: each row adds or replaces the rule of its code; rules not in
	 * the sheet stay as they are. The rows that differ are proposed together.
	 * @throws ImportRejectedException with every problem of every row
	 */
	@Transactional
	public PlanVersion importSheet(String planId, String fileName, byte[] content, String reason,
			LocalDate effectiveDate) {
		Plan plan = draft(planId);
		ProblemList problems = new ProblemList();
		List<FigureRule> rules = new ArrayList<>();
		Map<String, Integer> rows = new HashMap<>();
		for (RuleWorkbook.Entry entry : RuleWorkbook.read(fileName, content)) {
			FigureRule rule = entry.input().check(plan, entry.row(), problems);
			if (rule != null) {
				Integer first = rows.putIfAbsent(rule.code(), entry.row());
				if (first != null) {
					problems.add(new ImportProblem(entry.row(), RuleColumn.CODE.en(), rule.code(),
							"与第 " + first + " 行的规则代码重复", "the same code as row " + first));
				}
				rules.add(rule);
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return this.adjustments.proposeRules(rules, reason, effectiveDate);
	}

	/**
	 * The plan the change is made to: the administrator's waiting proposal, else the
	 * latest version.
	 */
	private Plan draft(String planId) {
		if (!Actor.current().is(Role.ADMIN)) {
			throw new AccessDeniedException("只有管理员可以修改校验规则 / only an administrator may change the rules");
		}
		this.catalog.getPlan(planId);
		return this.adjustments.draft();
	}

}
