package org.corridor.observatory.geo;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * A county-level district of the corridor with its boundary in WGS84, valid and repaired.
 * The boundary is of its source's vintage (2014–2017), so the current division code may
 * differ from the source's (临安市 330185 became 临安区 330112 in 2017) and one polygon may
 * cover several current districts (the pre-2021 余杭区 covers today's 余杭区 and 临平区):
 * statistics for every code in {@code coversCurrentAdcodes} must be summed before they
 * are joined to it.
 *
 * @param adcode the current division code, e.g. 330112
 * @param name the current name, e.g. 临安区
 * @param geometry the valid WGS84 polygon or multipolygon
 * @param sourceAdcode the code the source gives, e.g. 330185
 * @param sourceName the name the source gives, e.g. 临安市
 * @param coversCurrentAdcodes every current district the polygon covers, at least
 * {@code adcode}
 * @param measuredAreaKm2 the geodesic area of the geometry ({@link GeodesicArea#km2})
 */
public record DistrictBoundary(String adcode, String name, Geometry geometry, String sourceAdcode, String sourceName,
		List<String> coversCurrentAdcodes, double measuredAreaKm2) {

	public DistrictBoundary {
		coversCurrentAdcodes = List.copyOf(coversCurrentAdcodes);
		if (!coversCurrentAdcodes.contains(adcode)) {
			throw new IllegalArgumentException(adcode + " must be among the districts its polygon covers");
		}
	}

	/** Whether the polygon stands for more than one of today's districts. */
	public boolean coversSeveralDistricts() {
		return this.coversCurrentAdcodes.size() > 1;
	}

}
