package org.corridor.observatory.geo;

/**
 * A longitude/latitude pair in degrees, in that order (as GeoJSON writes them). Only
 * finite values within −180..180 and −90..90 exist; which system they are in is for the
 * holder to know.
 *
 * @param lon the longitude in degrees, east positive
 * @param lat the latitude in degrees, north positive
 */
public record LonLat(double lon, double lat) {

	public LonLat {
		if (!(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException("longitude must be within -180..180, not " + lon);
		}
		if (!(lat >= -90 && lat <= 90)) {
			throw new IllegalArgumentException("latitude must be within -90..90, not " + lat);
		}
	}

}
