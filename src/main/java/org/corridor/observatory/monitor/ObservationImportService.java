package org.corridor.observatory.monitor;

import java.time.Clock;
import java.time.LocalDate;

import org.corridor.observatory.monitor.imports.ObservationFileReader;
import org.corridor.observatory.monitor.imports.ParsedFile;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.stereotype.Service;

/**
 * Imports a file of figures (填报): the whole file is checked first — each figure, then the
 * rules between figures at error level — and stored in one transaction, or rejected with
 * every problem and nothing changed.
 */
@Service
public class ObservationImportService {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final Clock clock;

	private final BatchRules rules;

	ObservationImportService(PlanCatalog catalog, ObservationStore store, Clock clock, BatchRules rules) {
		this.catalog = catalog;
		this.store = store;
		this.clock = clock;
		this.rules = rules;
	}

	/**
	 * Imports one CSV or XLSX file as a batch waiting for publication: an approver
	 * publishes it (or an administrator withdraws it) before anyone sees its figures.
	 * @throws ImportRejectedException with every problem when any row is bad
	 */
	public ImportBatch importFile(String planId, String fileName, byte[] content) {
		Plan plan = this.catalog.getPlan(planId);
		ParsedFile parsed = ObservationFileReader.read(fileName, content, plan, LocalDate.now(this.clock).getYear(),
				this.store.published(planId));
		this.rules.check(planId, parsed.records());
		return this.store.stage(planId, fileName, parsed.format(), parsed.encoding(), parsed.records(), false);
	}

}
