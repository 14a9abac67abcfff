package org.corridor.observatory.monitor.targets;

import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.SumCheck;
import org.corridor.observatory.plan.ZoneBaseline;
import org.corridor.observatory.plan.ZoneTarget;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.SheetRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a zone-target file (分解目标) in place of the stored one: read and checked row by
 * row, then the decomposition it makes with the pack's is summed
 * ({@link Decomposition#check}); parts that do not add up to the corridor's target refuse
 * the file with the numbers, at the first row of that indicator and year. An accepted
 * file replaces the stored zone targets and baselines in one transaction with its audit
 * entry, and {@link ZoneTargetsChanged} is published for after the commit.
 */
@Service
public class ZoneTargetImportService {

	private final PlanCatalog catalog;

	private final ZoneTargetStore store;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ZoneTargetImportService(PlanCatalog catalog, ZoneTargetStore store, AuditLog audit,
			ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.store = store;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * @throws ImportRejectedException with every problem, nothing stored
	 */
	@Transactional
	public ZoneTargetImport importFile(String planId, String fileName, byte[] content) {
		Plan plan = this.catalog.getPlan(planId);
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
		Decomposition before = this.store.load(plan);
		this.store.replace(planId, read.decomposition());
		this.audit.record("replace", "zone-targets", planId, null, state(before), state(read.decomposition()));
		this.events.publishEvent(new ZoneTargetsChanged(planId));
		return new ZoneTargetImport(read.decomposition().listTargets().size(),
				read.decomposition().listBaselines().size(), checks);
	}

	/** The decomposition as the audit keeps it: one line per target and baseline. */
	private static List<String> state(Decomposition decomposition) {
		List<String> lines = new ArrayList<>();
		for (ZoneTarget t : decomposition.listTargets()) {
			lines.add(t.indicator() + " " + t.zone() + " " + t.target().year() + " " + t.target().describe());
		}
		for (ZoneBaseline b : decomposition.listBaselines()) {
			lines.add(baselineLine(b));
		}
		return lines;
	}

	private static String baselineLine(ZoneBaseline b) {
		return b.indicator() + " " + b.zone() + " baseline " + b.baseline().year() + " "
				+ b.baseline().value().toPlainString();
	}

}
