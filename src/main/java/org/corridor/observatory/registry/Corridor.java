package org.corridor.observatory.registry;

import org.corridor.observatory.plan.Plan;

/**
 * One meaning of "the corridor" (走廊) for every module that counts firms: the plan's root
 * zone holds every firm of the registry, located or not (the registry is the corridor's
 * register of firms; a firm without a position is still the corridor's); a zone below it
 * holds only the firms located in it. The chain figures, the cultivation ladder, the firm
 * search and the computed indicators all count this way, and their pages say so (message
 * {@code corridor.rule}).
 */
public final class Corridor {

	private Corridor() {
	}

	/**
	 * Whether a zone filter on firms leaves every firm in: no zone, or the plan's root
	 * zone.
	 */
	public static boolean holdsEveryFirm(Plan plan, String zone) {
		return zone == null || zone.isBlank() || zone.strip().equals(plan.rootZone().code());
	}

}
