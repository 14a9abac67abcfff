package org.corridor.observatory.geo;

import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.DecimalCells;
import org.corridor.observatory.tabular.Reporter;

/**
 * A position from the longitude, latitude and coordinate-system cells of a row (firms,
 * platforms, points). Both coordinates or neither; the system is the row's own or the one
 * chosen for the file. A position must lie in China ({@link Placement}); one that would
 * lie inside with the two numbers exchanged is reported as swapped.
 */
public final class LocationCells {

	private LocationCells() {
	}

	/**
	 * The position, or null when the row gives none or after reporting why it is bad.
	 */
	public static Located parse(String lonText, String latText, String crsText, Crs fileCrs, Columns columns,
			Reporter reporter) {
		if (lonText.isEmpty() && latText.isEmpty()) {
			return null;
		}
		Crs crs = fileCrs;
		boolean bad = false;
		if (!crsText.isEmpty()) {
			try {
				crs = Crs.parse(crsText);
			}
			catch (IllegalArgumentException ex) {
				reporter.reject(columns.crs(), crsText, "未知的坐标系，可用 wgs84、cgcs2000、gcj02、bd09",
						"unknown coordinate system; use wgs84, cgcs2000, gcj02 or bd09");
				bad = true;
			}
		}
		double lon = coordinate(lonText, columns.lon(), "经度", "longitude", reporter);
		double lat = coordinate(latText, columns.lat(), "纬度", "latitude", reporter);
		if (Double.isNaN(lon) || Double.isNaN(lat) || !inChina(lon, lat, lonText, latText, columns, reporter) || bad) {
			return null;
		}
		return new Located(ChinaCoordinates.toWgs84(crs, lon, lat), crs, lon, lat);
	}

	private static double coordinate(String text, Column column, String zh, String en, Reporter reporter) {
		if (text.isEmpty()) {
			reporter.reject(column, text, zh + "为空：经度和纬度须同时填写或同时留空",
					"the " + en + " is empty: give both longitude and latitude, or neither");
			return Double.NaN;
		}
		double value = DecimalCells.number(text);
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			reporter.reject(column, text, zh + "“" + text + "”不是数字", "the " + en + " '" + text + "' is not a number");
			return Double.NaN;
		}
		return value;
	}

	private static boolean inChina(double lon, double lat, String lonText, String latText, Columns columns,
			Reporter reporter) {
		Placement placement = Placement.of(lon, lat);
		switch (placement) {
			case IN_CHINA -> {
				return true;
			}
			case LATITUDE_OUT_OF_RANGE -> reporter.reject(columns.lat(), latText, placement.zh(), placement.en());
			case LONGITUDE_OUT_OF_RANGE -> reporter.reject(columns.lon(), lonText, placement.zh(), placement.en());
			default -> reporter.reject(columns.lon(), lonText + ", " + latText, placement.zh(), placement.en());
		}
		return false;
	}

	/**
	 * A position read from a row.
	 *
	 * @param wgs84 the position converted to WGS84
	 * @param crs the system it was given in
	 * @param lon the longitude as given
	 * @param lat the latitude as given
	 */
	public record Located(LonLat wgs84, Crs crs, double lon, double lat) {
	}

	/** The longitude, latitude and coordinate-system columns of a file. */
	public record Columns(Column lon, Column lat, Column crs) {
	}

}
