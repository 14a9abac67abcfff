package org.corridor.observatory.monitor;

import java.util.List;

import org.corridor.observatory.monitor.imports.ObservationRecord;

/**
 * Figures entered but not yet published (未审定): batches waiting for publication, and
 * figures in a reporting round not yet approved by the committee. Analysts may see them,
 * each marked; the public, the overview and the official evaluation never do.
 */
public interface UnpublishedFigures {

	/**
	 * The plan's unpublished figures, older first: where two give the same indicator,
	 * zone and year, the later one counts.
	 */
	List<ObservationRecord> listUnpublished(String planId);

}
