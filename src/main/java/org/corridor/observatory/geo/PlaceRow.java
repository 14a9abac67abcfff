package org.corridor.observatory.geo;

/**
 * A point read from a file, converted to WGS84, with the coordinates as given.
 *
 * @param row the row number in the file
 * @param code the code
 * @param nameZh the Chinese name
 * @param nameEn the English name, or null
 * @param wgs84 the converted position
 * @param crs the coordinate system the row was in
 * @param inputLon the longitude as given
 * @param inputLat the latitude as given
 */
public record PlaceRow(int row, String code, String nameZh, String nameEn, LonLat wgs84, Crs crs, double inputLon,
		double inputLat) {
}
