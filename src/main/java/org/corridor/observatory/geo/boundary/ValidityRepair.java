package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.geo.GeodesicArea;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Makes a boundary valid, but only by repairs that keep its shape. Official boundaries
 * arrive with spikes, repeated points and rings touching themselves, which
 * {@link GeometryFixer} removes without changing the area; a crossing ring (a bow-tie)
 * has no single right repair, and the one JTS picks can change the area a lot, so a
 * repair changing the geodesic area by more than
 * {@link BoundaryFileReader#MAX_REPAIR_AREA_CHANGE} is refused rather than silently
 * reshaping the zone.
 */
final class ValidityRepair {

	private ValidityRepair() {
	}

	/**
	 * The valid boundary with RFC 7946 ring orientation, recording any repair; null after
	 * adding a problem.
	 */
	static Geometry repair(String zoneCode, SourceFeature feature, Geometry geometry, List<BoundaryRepair> repairs,
			List<BoundaryProblem> problems) {
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error == null) {
			return oriented(geometry);
		}
		String reason = error.getMessage() + " at " + GeometryChecks.format(error.getCoordinate().x) + ","
				+ GeometryChecks.format(error.getCoordinate().y);
		Geometry fixed = Rings.FACTORY.buildGeometry(PolygonExtracter.getPolygons(GeometryFixer.fix(geometry)));
		double before = GeodesicArea.km2(geometry);
		double after = GeodesicArea.km2(fixed);
		double change = (before > 0) ? Math.abs(after - before) / before : Double.POSITIVE_INFINITY;
		if (fixed.isEmpty() || change > BoundaryFileReader.MAX_REPAIR_AREA_CHANGE) {
			String areas = String.format(Locale.ROOT, "%.3f → %.3f km²", before, after);
			problems.add(feature.problem("geometry", reason,
					"边界无效（" + reason + "），自动修复会使面积改变超过 1%（" + areas + "）：请在 GIS 中修正后重新导入",
					"the boundary is invalid (" + reason + ") and repairing it would change its area by more than 1% ("
							+ areas + "): fix it in your GIS and import again"));
			return null;
		}
		repairs.add(new BoundaryRepair(zoneCode, reason, before, after));
		return oriented(fixed);
	}

	/** Shells counter-clockwise, holes clockwise, as RFC 7946 asks. */
	private static Geometry oriented(Geometry polygonal) {
		List<Polygon> polygons = new ArrayList<>();
		for (int i = 0; i < polygonal.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) polygonal.getGeometryN(i);
			LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
			for (int h = 0; h < holes.length; h++) {
				holes[h] = oriented(polygon.getInteriorRingN(h), false);
			}
			polygons.add(Rings.FACTORY.createPolygon(oriented(polygon.getExteriorRing(), true), holes));
		}
		return (polygonal instanceof Polygon) ? polygons.get(0)
				: Rings.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
		return (Orientation.isCCW(ring.getCoordinateSequence()) == counterClockwise) ? ring : ring.reverse();
	}

}
