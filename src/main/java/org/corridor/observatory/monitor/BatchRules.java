package org.corridor.observatory.monitor;

import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.tabular.ImportRejectedException;

/**
 * The rules between figures a file's figures must keep before they are stored
 * (implemented by the validation package, which reads the rules in force): errors refuse
 * the file; warnings and outliers are let through once acknowledged with a comment.
 */
public interface BatchRules {

	/**
	 * @throws ImportRejectedException listing every error-level rule the figures would
	 * break, together with the published figures
	 */
	void check(String planId, List<ObservationRecord> records);

	/**
	 * The warnings the figures bring, together with the published figures: warning-level
	 * rules they break and outliers among them, less those an earlier acknowledgement
	 * covers for the same values.
	 */
	List<UploadWarning> warnings(String planId, List<ObservationRecord> records);

	/**
	 * Stores the acknowledgements of the warnings of a batch just staged, each with its
	 * comment, and records them in the audit, in the caller's transaction.
	 * @param comments the comment for each warning's key
	 */
	void acknowledge(String planId, long batchId, List<UploadWarning> warnings, Map<String, String> comments);

}
