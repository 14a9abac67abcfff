package org.corridor.observatory.monitor;

import java.util.List;

import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.tabular.ImportRejectedException;

/**
 * The rules between figures a file's figures must keep before they are stored
 * (implemented by the validation package, which reads the rules in force).
 */
public interface BatchRules {

	/**
	 * @throws ImportRejectedException listing every error-level rule the figures would
	 * break, together with the published figures
	 */
	void check(String planId, List<ObservationRecord> records);

}
