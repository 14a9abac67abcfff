package org.corridor.observatory.monitor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
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
 * or a whole sheet at once — in force at once (no restart), each audited; a sheet with
 * any bad row changes nothing.
 */
@Service
public class RuleEditor {

	private final RuleStore store;

	private final PlanCatalog catalog;

	RuleEditor(RuleStore store, PlanCatalog catalog) {
		this.store = store;
		this.catalog = catalog;
	}

	/** Adds a rule or replaces the one with its code. */
	@Transactional
	public StoredRule save(String planId, RuleInput input) {
		requireAdministrator();
		Plan plan = this.catalog.getPlan(planId);
		List<ImportProblem> problems = new ArrayList<>();
		FigureRule rule = input.check(plan, 0, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return this.store.save(planId, rule);
	}

	@Transactional
	public StoredRule setEnabled(String planId, String code, boolean enabled) {
		requireAdministrator();
		StoredRule stored = this.store.findRule(planId, code)
			.orElseThrow(() -> new IllegalArgumentException("没有此规则 / no such rule: " + code));
		FigureRule rule = stored.rule();
		return this.store.save(planId, new FigureRule(rule.code(), rule.name(), rule.left(), rule.operator(),
				rule.right(), rule.tolerancePercent(), rule.severity(), enabled));
	}

	/**
	 * Reads a rules sheet: each row adds or replaces the rule of its code; rules not in
	 * the sheet stay as they are.
	 * @return the rules saved
	 * @throws ImportRejectedException with every problem of every row
	 */
	@Transactional
	public int importSheet(String planId, String fileName, byte[] content) {
		requireAdministrator();
		Plan plan = this.catalog.getPlan(planId);
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
		rules.forEach((rule) -> this.store.save(planId, rule));
		return rules.size();
	}

	private static void requireAdministrator() {
		if (!Actor.current().is(Role.ADMIN)) {
			throw new AccessDeniedException("只有管理员可以修改校验规则 / only an administrator may change the rules");
		}
	}

}
