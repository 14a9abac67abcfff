package org.corridor.observatory.plan;

/**
 * A target decomposed to one zone (分解目标): the zone's own share of one of the plan's
 * targets, due in the same year and stated with the same comparator.
 *
 * @param indicator the indicator code
 * @param zone the zone code (never the plan's root zone, whose targets are the plan's)
 * @param target the zone's target
 */
public record ZoneTarget(String indicator, String zone, Target target) {

	public ZoneTarget {
		if (indicator == null || zone == null || target == null) {
			throw new IllegalArgumentException("a zone target needs an indicator, a zone and a target");
		}
	}

}
