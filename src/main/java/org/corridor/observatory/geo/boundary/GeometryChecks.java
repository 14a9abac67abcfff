package org.corridor.observatory.geo.boundary;

import java.util.Locale;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.geo.Placement;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The checks a boundary's coordinates must pass before they are trusted, and their
 * conversion to WGS84. A boundary of a Chinese zone lies in China ({@link Placement}); a
 * position outside it is most often a latitude/longitude swap or projected metres taken
 * for degrees, and is refused rather than drawn in the ocean.
 */
final class GeometryChecks {

	private GeometryChecks() {
	}

	static BoundaryProblem notPolygonal(SourceFeature feature, String type) {
		return feature.problem("geometry", type, "几何类型为 " + type + "：区域边界须为面（Polygon 或 MultiPolygon）",
				"the geometry is a " + type + ": a zone boundary must be a Polygon or MultiPolygon");
	}

	/**
	 * A problem for the first position outside China ({@link Placement}), or null when
	 * there is none.
	 */
	static BoundaryProblem outsideChina(SourceFeature feature, Geometry geometry) {
		for (Coordinate position : geometry.getCoordinates()) {
			Placement placement = Placement.of(position.x, position.y);
			String value = format(position.x) + "," + format(position.y);
			switch (placement) {
				case IN_CHINA -> {
					continue;
				}
				case SWAPPED -> {
					return feature.problem("coordinates", value, placement.zh() + "：GeoJSON 与 KML 均为先经度后纬度",
							placement.en() + ": swapped lat/lon? GeoJSON and KML put longitude first");
				}
				case LONGITUDE_OUT_OF_RANGE, LATITUDE_OUT_OF_RANGE -> {
					return feature.problem("coordinates", value, placement.zh() + "：是否为投影坐标（米）？只接受经纬度",
							placement.en() + ": projected metres? Only longitude/latitude is accepted");
				}
				default -> {
					return feature.problem("coordinates", value, placement.zh(), placement.en());
				}
			}
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

}
