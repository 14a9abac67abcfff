package org.corridor.observatory.geo;

import java.util.Locale;

/**
 * A coordinate reference system a longitude/latitude pair may come in. Everything the
 * platform stores and serves is WGS84; the Chinese systems are accepted on input only and
 * converted by {@link ChinaCoordinates}. CGCS2000 is treated as WGS84: the two differ by
 * less than a metre, far below the accuracy of any boundary or address we handle.
 */
public enum Crs {

	/** WGS84 (EPSG:4326), the system of GPS, OpenStreetMap and RFC 7946 GeoJSON. */
	WGS84,

	/** China Geodetic Coordinate System 2000 (EPSG:4490), the official national datum. */
	CGCS2000,

	/**
	 * GCJ-02, the obfuscated system AMap (高德) and Tencent maps publish coordinates in.
	 */
	GCJ02,

	/** BD-09, Baidu's further offset of GCJ-02. */
	BD09;

	/**
	 * The system named by {@code text}: {@code wgs84}, {@code EPSG:4326},
	 * {@code cgcs2000}, {@code EPSG:4490}, {@code gcj02}, {@code gcj-02}, {@code bd09} or
	 * {@code bd-09}, in any case and with surrounding blanks ignored.
	 * @param text the name as written in an import file or request
	 * @return the system
	 * @throws IllegalArgumentException if the name is none of these
	 */
	public static Crs parse(String text) {
		String key = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return switch (key) {
			case "wgs84", "epsg:4326" -> WGS84;
			case "cgcs2000", "epsg:4490" -> CGCS2000;
			case "gcj02", "gcj-02" -> GCJ02;
			case "bd09", "bd-09" -> BD09;
			default -> throw new IllegalArgumentException("坐标系无效 / unknown coordinate reference system: '" + text
					+ "' (expected wgs84, EPSG:4326, cgcs2000, EPSG:4490, gcj02 or bd09)");
		};
	}

	/** Whether coordinates in this system are already WGS84 for our purposes. */
	public boolean isWgs84Equivalent() {
		return this == WGS84 || this == CGCS2000;
	}

}
