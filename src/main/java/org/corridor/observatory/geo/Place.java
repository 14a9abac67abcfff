package org.corridor.observatory.geo;

import java.util.List;

/**
 * A located point: a firm's position as a points file gives it or as the registry holds
 * it (the registry owns it, see {@link FirmPositions}), in WGS84, with the coordinates as
 * they were given and the zones that contain it. A value passed around, never stored as
 * such.
 *
 * @param kind {@code firm}
 * @param code the firm's credit code
 * @param nameZh the Chinese name
 * @param nameEn the English name, or null
 * @param lon WGS84 longitude
 * @param lat WGS84 latitude
 * @param inputCrs the coordinate system the point was given in
 * @param inputLon the longitude as given
 * @param inputLat the latitude as given
 * @param zones codes of the zones containing the point
 * @param demo whether the point is generated demo data
 * @param source where the point comes from
 */
public record Place(String kind, String code, String nameZh, String nameEn, double lon, double lat, Crs inputCrs,
		double inputLon, double inputLat, List<String> zones, boolean demo, String source) {

	public Place {
		zones = List.copyOf(zones);
	}

	public Place withZones(List<String> assigned) {
		return new Place(this.kind, this.code, this.nameZh, this.nameEn, this.lon, this.lat, this.inputCrs,
				this.inputLon, this.inputLat, assigned, this.demo, this.source);
	}

}
