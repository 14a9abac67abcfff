package org.corridor.observatory.monitor.validation;

import java.util.List;
import java.util.Optional;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersions;

import org.springframework.stereotype.Component;

/**
 * The rules between figures in force, per plan: those of the version of the plan in force
 * today ({@code rules.yaml} of the pack, or of the latest approved adjustment in force).
 * A change is never written here: the administrator proposes it ({@link RuleEditor}), and
 * it is in force once the corridor approver has approved the version that carries it and
 * its effective date has come.
 */
@Component
public class RuleStore {

	private final PlanCatalog catalog;

	private final PlanVersions versions;

	RuleStore(PlanCatalog catalog, PlanVersions versions) {
		this.catalog = catalog;
		this.versions = versions;
	}

	public List<StoredRule> listRules(String planId) {
		Plan plan = this.catalog.getPlan(planId);
		List<FigureRule> pack = this.versions.version(1).map(Plan::listRules).orElse(List.of());
		return plan.listRules()
			.stream()
			.map((rule) -> new StoredRule(rule, pack.contains(rule) ? "pack" : "adjustment", plan.versionNumber()))
			.toList();
	}

	/** The enabled rules. */
	public List<FigureRule> listEnabled(String planId) {
		return this.catalog.getPlan(planId).listRules().stream().filter(FigureRule::enabled).toList();
	}

	public Optional<StoredRule> findRule(String planId, String code) {
		return listRules(planId).stream().filter((stored) -> stored.rule().code().equals(code)).findFirst();
	}

}
