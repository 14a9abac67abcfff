package org.corridor.observatory.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The area on the Earth of a WGS84 (longitude, latitude) geometry, computed as
 * {@code @turf/area} does, so that figures agree with what web-GIS tools report: each
 * ring on a sphere by the Chamberlain–Duquette formula (JPL Publication 07-03),
 * {@code R²/2 · Σ (λ[i+1] − λ[i−1]) · sin φ[i]}; a polygon is its shell less its holes, a
 * collection the sum of its polygons; points and lines have none. Ring orientation does
 * not matter. The default radius is the mean Earth radius 6 371 008.8 m that current turf
 * (7.x) uses; turf up to 6.x used the WGS84 semi-major axis 6 378 137 m, which gives
 * 0.22% more. Against the WGS84 ellipsoid the sphere is within about ±0.5% at mid
 * latitudes.
 */
public final class GeodesicArea {

	/** The radius {@code @turf/area} 7.x uses (its {@code earthRadius}), in metres. */
	public static final double TURF_RADIUS_M = 6371008.8;

	/**
	 * The radius {@code @turf/area} up to 6.x used: the WGS84 semi-major axis, in metres.
	 */
	public static final double WGS84_SEMI_MAJOR_AXIS_M = 6378137.0;

	private GeodesicArea() {
	}

	/** The area in km², on the sphere of {@link #TURF_RADIUS_M}. */
	public static double km2(Geometry geometry) {
		return squareMetres(geometry, TURF_RADIUS_M) / 1e6;
	}

	/** The area in m², on a sphere of the given radius in metres. */
	public static double squareMetres(Geometry geometry, double radiusM) {
		double total = 0;
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			if (part instanceof Polygon polygon) {
				total += polygonArea(polygon, radiusM);
			}
			else if (part != geometry) {
				total += squareMetres(part, radiusM);
			}
		}
		return total;
	}

	private static double polygonArea(Polygon polygon, double radiusM) {
		if (polygon.isEmpty()) {
			return 0;
		}
		double area = Math.abs(ringArea(polygon.getExteriorRing(), radiusM));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			area -= Math.abs(ringArea(polygon.getInteriorRingN(i), radiusM));
		}
		return area;
	}

	/** Signed: positive for a clockwise ring. The closing vertex is not counted twice. */
	private static double ringArea(LineString ring, double radiusM) {
		Coordinate[] points = ring.getCoordinates();
		int n = points.length - 1;
		if (n <= 2) {
			return 0;
		}
		double total = 0;
		for (int i = 0; i < n; i++) {
			Coordinate lower = points[i];
			Coordinate middle = points[(i + 1) % n];
			Coordinate upper = points[(i + 2) % n];
			total += (Math.toRadians(upper.x) - Math.toRadians(lower.x)) * Math.sin(Math.toRadians(middle.y));
		}
		return total * radiusM * radiusM / 2;
	}

}
