package org.corridor.observatory.monitor.targets;

import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Plan;

import org.springframework.stereotype.Component;

/**
 * The targets and baselines decomposed to zones as they stand (分解目标): the pack's, with
 * those uploaded since in place for every indicator and zone the upload covers. The
 * evaluation asks it which targets a zone has; a zone it gives none is shown by its
 * contribution. Read from the database on each question (a small table, asked once per
 * plan evaluation), so a replaced decomposition counts from its commit.
 */
@Component
public class ZoneTargets {

	private final ZoneTargetStore store;

	ZoneTargets(ZoneTargetStore store) {
		this.store = store;
	}

	/** The plan's decomposition in force. */
	public Decomposition current(Plan plan) {
		return plan.decomposition().overlaidBy(this.store.load(plan));
	}

	/** What has been uploaded, without the pack's. */
	public Decomposition uploaded(Plan plan) {
		return this.store.load(plan);
	}

}
