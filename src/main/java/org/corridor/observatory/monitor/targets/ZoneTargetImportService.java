package org.corridor.observatory.monitor.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.plan.SumCheck;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.SheetRow;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a zone-target file (分解目标) as a proposed adjustment of the plan: read and checked
 * row by row against the plan the proposal makes (the person's waiting proposal, else the
 * latest version), then the decomposition it makes laid over that plan's is summed
 * ({@link Decomposition#check}); parts that do not add up to the corridor's target refuse
 * the file with the numbers, at the first row of that indicator and year. An accepted
 * file is proposed with its reason and effective date
 * ({@link PlanAdjustments#proposeDecomposition}, audited there); it is in force once the
 * corridor approver (not the proposer) approves it.
 */
@Service
public class ZoneTargetImportService {

	private final PlanCatalog catalog;

	private final PlanAdjustments adjustments;

	ZoneTargetImportService(PlanCatalog catalog, PlanAdjustments adjustments) {
		this.catalog = catalog;
		this.adjustments = adjustments;
	}

	/**
	 * @throws ImportRejectedException with every problem, nothing proposed
	 */
	@Transactional
	public ZoneTargetImport importFile(String planId, String fileName, byte[] content, String reason,
			LocalDate effectiveDate) {
		this.catalog.getPlan(planId);
		Actor actor = Actor.current();
		if (!actor.is(Role.ADMIN) && !actor.is(Role.APPROVER)) {
			throw new AccessDeniedException(
					"只有系统管理员或管委会审定人可以提出分解目标 / only an administrator or the corridor approver proposes zone targets");
		}
		Plan plan = this.adjustments.draft();
		ZoneTargetFileReader.Read read = ZoneTargetFileReader.read(fileName, content, plan);
		Decomposition merged = plan.decomposition().overlaidBy(read.decomposition());
		List<SumCheck> checks = merged.check(plan);
		List<ImportProblem> problems = new ArrayList<>();
		for (SumCheck check : checks) {
			if (check.refused()) {
				SheetRow row = read.firstRow(check.indicator(), check.year()).orElse(null);
				String zh = check.indicator() + " " + check.zh();
				String en = check.indicator() + " " + check.en();
				problems.add((row != null) ? read.file()
					.problem(row, ZoneTargetColumn.TARGET, check.sum().stripTrailingZeros().toPlainString(), zh, en)
						: ImportProblem.ofFile(zh, en));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		PlanVersion proposal = this.adjustments.proposeDecomposition(read.decomposition(), reason, effectiveDate);
		return new ZoneTargetImport(read.decomposition().listTargets().size(),
				read.decomposition().listBaselines().size(), checks, proposal.id(), proposal.state().name());
	}

}
