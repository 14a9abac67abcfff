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
 * Imports a file of figures (填报): the whole file is checked first and stored in one
 * transaction, or rejected with every problem and nothing changed.
 */
@Service
public class ObservationImportService {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final Clock clock;

	ObservationImportService(PlanCatalog catalog, ObservationStore store, Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.clock = clock;
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
		return this.store.stage(planId, fileName, parsed.format(), parsed.encoding(), parsed.records(), false);
	}

}
