package org.corridor.observatory.geo;

import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.DecimalCells;
import org.corridor.observatory.tabular.Reporter;

/**
 * A firm's position from the longitude, latitude and coordinate-system cells. Both
 * coordinates or neither; the system is the row's own or the one chosen for the file. A
 * position must lie in range and inside the rough China box of {@link ChinaCoordinates};
 * one that would lie inside with the two numbers exchanged is reported as swapped, the
 * commonest slip when copying from a map.
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
		boolean inRange = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
		if (inRange && !ChinaCoordinates.isOutsideChina(lon, lat)) {
			return true;
		}
		String both = lonText + ", " + latText;
		if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90 && !ChinaCoordinates.isOutsideChina(lat, lon)) {
			reporter.reject(columns.lon(), both, "坐标在中国境外，疑似经纬度填反",
					"the point lies outside China; longitude and latitude look swapped");
		}
		else if (Math.abs(lon) > 180) {
			reporter.reject(columns.lon(), lonText, "经度应在 −180 到 180 之间", "the longitude must lie within −180–180");
		}
		else if (Math.abs(lat) > 90) {
			reporter.reject(columns.lat(), latText, "纬度应在 −90 到 90 之间", "the latitude must lie within −90–90");
		}
		else {
			reporter.reject(columns.lon(), both, "坐标在中国境外", "the point lies outside China");
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
