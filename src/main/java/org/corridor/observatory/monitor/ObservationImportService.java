package org.corridor.observatory.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.imports.ObservationFileReader;
import org.corridor.observatory.monitor.imports.ParsedFile;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a file of figures (填报): the whole file is checked first — each figure, then the
 * rules between figures at error level — and stored in one transaction, or rejected with
 * every problem and nothing changed. Warnings (warning-level rules, outliers) do not
 * refuse the file, but it is stored only once each is acknowledged with a comment, the
 * acknowledgements stored and audited with the batch; as in a reporting round.
 */
@Service
public class ObservationImportService {

	/** The longest comment acknowledging a warning (the column's size). */
	public static final int MAX_COMMENT = 1000;

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
	 * Imports one CSV or XLSX file as a batch waiting for publication, when it brings no
	 * warning: an approver publishes it (or an administrator withdraws it) before anyone
	 * sees its figures.
	 * @throws ImportRejectedException with every problem when any row is bad
	 * @throws UnacknowledgedWarningsException when it brings warnings
	 */
	public ImportBatch importFile(String planId, String fileName, byte[] content) {
		return importFile(planId, fileName, content, Map.of());
	}

	/**
	 * Imports one CSV or XLSX file as a batch waiting for publication, once every warning
	 * it brings is acknowledged.
	 * @param acknowledgements the comment for each warning's key
	 * ({@link UploadWarning#key()}); keys of warnings the file does not bring are ignored
	 * @throws ImportRejectedException with every problem when any row is bad, or a
	 * comment is too long
	 * @throws UnacknowledgedWarningsException listing every warning when any is without a
	 * comment
	 */
	@Transactional
	public ImportBatch importFile(String planId, String fileName, byte[] content,
			Map<String, String> acknowledgements) {
		Plan plan = this.catalog.getPlan(planId);
		ParsedFile parsed = ObservationFileReader.read(fileName, content, plan, LocalDate.now(this.clock).getYear(),
				this.store.published(planId));
		this.rules.check(planId, parsed.records());
		List<UploadWarning> warnings = this.rules.warnings(planId, parsed.records());
		List<String> missing = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (UploadWarning warning : warnings) {
			String comment = acknowledgements.get(warning.key());
			if (comment == null || comment.isBlank()) {
				missing.add(warning.key());
			}
			else if (comment.strip().length() > MAX_COMMENT) {
				problems.add(new ImportProblem(0, "acknowledgement", warning.key(), "说明最多 " + MAX_COMMENT + " 个字符",
						"a comment has at most " + MAX_COMMENT + " characters"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		if (!missing.isEmpty()) {
			throw new UnacknowledgedWarningsException(warnings, missing);
		}
		ImportBatch batch = this.store.stage(planId, fileName, parsed.format(), parsed.encoding(), parsed.records(),
				false);
		if (!warnings.isEmpty()) {
			this.rules.acknowledge(planId, batch.id(), warnings, acknowledgements);
		}
		return batch;
	}

}
