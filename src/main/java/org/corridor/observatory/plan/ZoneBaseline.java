package org.corridor.observatory.plan;

/**
 * A zone's own baseline for an indicator (分区基期值), loaded with the zone targets.
 *
 * @param indicator the indicator code
 * @param zone the zone code
 * @param baseline the zone's baseline
 */
public record ZoneBaseline(String indicator, String zone, Baseline baseline) {

	public ZoneBaseline {
		if (indicator == null || zone == null || baseline == null) {
			throw new IllegalArgumentException("a zone baseline needs an indicator, a zone and a baseline");
		}
	}

}
