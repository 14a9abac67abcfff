package org.corridor.observatory.geo.boundary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a Shapefile's {@code .prj} (ESRI or OGC WKT, version 1 or 2) describes a system
 * whose coordinates we can take: longitude/latitude on the WGS84 or CGCS2000 datum. A
 * projected system (Gauss–Krüger zones are the usual Chinese export) holds metres and is
 * refused rather than reprojected; so is a geographic one on another datum (Beijing 1954,
 * Xi'an 1980), whose offsets of up to ~100 m we do not model.
 */
final class PrjCheck {

	/** The first keyword of the WKT and the name in its first quoted argument. */
	private static final Pattern HEAD = Pattern.compile("^\\s*([A-Za-z_]+)\\s*\\[\\s*\"([^\"]*)\"");

	private static final List<String> ACCEPTED_DATUMS = List.of("WGS_1984", "WGS 84", "WGS84",
			"WORLD GEODETIC SYSTEM 1984", "CHINA_2000", "CGCS2000", "CGCS_2000",
			"CHINA GEODETIC COORDINATE SYSTEM 2000");

	private PrjCheck() {
	}

	static void check(String wkt, List<BoundaryProblem> problems) {
		Matcher head = HEAD.matcher((wkt != null) ? wkt : "");
		if (!head.find()) {
			problems.add(BoundaryProblem.ofFile(BoundaryFileReader.CRS_FIELD, wkt, "无法识别 .prj 中的坐标系定义",
					"the .prj does not hold a recognisable coordinate system definition"));
			return;
		}
		String keyword = head.group(1).toUpperCase(Locale.ROOT);
		String name = head.group(2);
		if (keyword.startsWith("PROJ")) {
			problems.add(BoundaryProblem.ofFile(BoundaryFileReader.CRS_FIELD, name,
					".prj 为投影坐标系 " + name + "（单位为米），本系统不做投影转换；请在 GIS 中导出为 WGS84 或 CGCS2000 经纬度（EPSG:4326 / 4490）",
					"the .prj names the projected coordinate system " + name
							+ " (metres), which is not reprojected here; export as WGS84 or CGCS2000 "
							+ "longitude/latitude (EPSG:4326 / 4490) from your GIS"));
			return;
		}
		String upper = wkt.toUpperCase(Locale.ROOT);
		boolean geographic = keyword.startsWith("GEOG") || keyword.startsWith("GEOD");
		if (!geographic || ACCEPTED_DATUMS.stream().noneMatch(upper::contains)) {
			problems.add(BoundaryProblem.ofFile(BoundaryFileReader.CRS_FIELD, name,
					".prj 的坐标系 " + name + " 不是 WGS84 或 CGCS2000 经纬度，不做转换", "the .prj's coordinate system " + name
							+ " is not WGS84 or CGCS2000 longitude/latitude and is not converted"));
		}
	}

}
