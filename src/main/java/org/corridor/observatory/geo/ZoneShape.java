package org.corridor.observatory.geo;

import java.math.BigDecimal;

import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.ZoneLevel;
import org.locationtech.jts.geom.Geometry;

/**
 * A zone's geometry (WGS84) with how it was made and how far to trust it: an
 * administrative boundary, a drawing derived from the plan's words, or an imported
 * official boundary. The declared area is the plan's; the measured one is geodesic, on
 * this geometry.
 *
 * @param zoneCode the zone
 * @param level the zone's level
 * @param geometry the polygon(s), in WGS84
 * @param method how it was made: boundary, landmark_ring, buffer, districts, zones,
 * imported
 * @param precisionM how far the drawn boundary may be from the true one, in metres
 * @param declaredAreaKm2 the area the plan states, or null
 * @param measuredAreaKm2 the geodesic area of the geometry
 * @param note the method in words
 * @param source where the geometry or its inputs come from, and under which terms
 */
public record ZoneShape(String zoneCode, ZoneLevel level, Geometry geometry, String method, int precisionM,
		BigDecimal declaredAreaKm2, double measuredAreaKm2, LocalizedText note, LocalizedText source) {

	/**
	 * Measured minus declared, as a share of declared; null when the plan states no area.
	 */
	public Double areaDifference() {
		if (this.declaredAreaKm2 == null) {
			return null;
		}
		double declared = this.declaredAreaKm2.doubleValue();
		return (this.measuredAreaKm2 - declared) / declared;
	}

}
