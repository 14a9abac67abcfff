package org.corridor.observatory.geo.boundary;

import java.util.Locale;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The checks a boundary's coordinates must pass before they are trusted, and their
 * conversion to WGS84. A boundary of a Chinese zone lies in China's rough box (longitude
 * 73–136°, latitude 3–54°); a position outside it is most often a latitude/longitude swap
 * or projected metres taken for degrees, and is refused rather than drawn in the ocean.
 */
final class GeometryChecks {

	private GeometryChecks() {
	}

	static BoundaryProblem notPolygonal(SourceFeature feature, String type) {
		return feature.problem("geometry", type, "几何类型为 " + type + "：区域边界须为面（Polygon 或 MultiPolygon）",
				"the geometry is a " + type + ": a zone boundary must be a Polygon or MultiPolygon");
	}

	/**
	 * A problem for the first position outside China's box, or null when there is none.
	 */
	static BoundaryProblem outsideChina(SourceFeature feature, Geometry geometry) {
		for (Coordinate position : geometry.getCoordinates()) {
			double lon = position.x;
			double lat = position.y;
			if (inChina(lon, lat)) {
				continue;
			}
			String value = format(lon) + "," + format(lat);
			if (inChina(lat, lon)) {
				return feature.problem("coordinates", value, "坐标不在中国范围内，但经纬度互换后在：经纬度是否颠倒？GeoJSON 与 KML 均为先经度后纬度",
						"the position is outside China but would be inside with latitude and longitude swapped: "
								+ "swapped lat/lon? GeoJSON and KML put longitude first");
			}
			if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
				return feature.problem("coordinates", value, "坐标超出经纬度范围（经度 −180~180，纬度 −90~90）：是否为投影坐标（米）？只接受经纬度",
						"the position is outside longitude −180..180 / latitude −90..90: projected metres? "
								+ "Only longitude/latitude is accepted");
			}
			return feature.problem("coordinates", value, "坐标不在中国范围内（经度 73~136，纬度 3~54）",
					"the position is outside China (longitude 73..136, latitude 3..54)");
		}
		return null;
	}

	/** The geometry in WGS84; a copy converted when {@code crs} is GCJ-02 or BD-09. */
	static Geometry toWgs84(Geometry geometry, Crs crs) {
		if (crs.isWgs84Equivalent()) {
			return geometry;
		}
		Geometry converted = geometry.copy();
		converted.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence sequence, int i) {
				LonLat wgs = ChinaCoordinates.toWgs84(crs, sequence.getX(i), sequence.getY(i));
				sequence.setOrdinate(i, CoordinateSequence.X, wgs.lon());
				sequence.setOrdinate(i, CoordinateSequence.Y, wgs.lat());
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return converted;
	}

	static String format(double degrees) {
		return String.format(Locale.ROOT, "%.6f", degrees);
	}

	private static boolean inChina(double lon, double lat) {
		return lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54;
	}

}
