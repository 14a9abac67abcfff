package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Turns an AMap-derived ECharts boundary (GCJ-02, quantized to 1/1024°) into a valid
 * WGS84 polygon, in the steps of the reference method (docs/data-sources.md, "Conversion
 * method"):
 * <ol>
 * <li>re-centre each vertex in its quantization cell: the ECharts encoder rounds up, so
 * decoded vertices lie 0–1/1024° north-east of the truth, half a cell on average;</li>
 * <li>GCJ-02 → WGS84 by {@link ChinaCoordinates#gcj02ToWgs84};</li>
 * <li>drop consecutive duplicate vertices (quantization merges close ones);</li>
 * <li>repair with JTS {@link GeometryFixer}: as decoded the rings have spikes, touch
 * themselves and cross;</li>
 * <li>drop holes and detached parts under {@link #ARTEFACT_KM2}, the half-cell debris the
 * repair leaves (about 0.005 km² each), but never the largest part.</li>
 * </ol>
 * The result is valid, with counter-clockwise shells and clockwise holes (RFC 7946).
 */
public final class BoundaryConversion {

	/** Holes and detached parts smaller than this are artefacts, in km². */
	public static final double ARTEFACT_KM2 = 0.02;

	private static final double HALF_CELL_DEG = 0.5 / 1024;

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private BoundaryConversion() {
	}

	/**
	 * The corrected geometry and what the correction removed.
	 *
	 * @param geometry the valid WGS84 polygon or multipolygon
	 * @param validAsDecoded whether the decoded geometry was valid before repair
	 * @param droppedHoles how many artefact holes were removed
	 * @param droppedParts how many artefact parts were removed
	 */
	public record Result(Geometry geometry, boolean validAsDecoded, int droppedHoles, int droppedParts) {
	}

	/** The WGS84 boundary for a decoded GCJ-02 one. */
	public static Result toWgs84(Geometry decoded) {
		List<Polygon> shifted = new ArrayList<>();
		for (int i = 0; i < decoded.getNumGeometries(); i++) {
			Polygon polygon = shift((Polygon) decoded.getGeometryN(i));
			if (polygon != null) {
				shifted.add(polygon);
			}
		}
		Geometry repaired = GeometryFixer.fix(FACTORY.buildGeometry(shifted));
		List<Polygon> parts = new ArrayList<>();
		for (int i = 0; i < repaired.getNumGeometries(); i++) {
			if (repaired.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
				parts.add(polygon);
			}
		}
		Polygon largest = parts.stream()
			.max((a, b) -> Double.compare(GeodesicArea.km2(a), GeodesicArea.km2(b)))
			.orElseThrow(() -> new IllegalArgumentException("the boundary collapses to nothing"));
		int droppedHoles = 0;
		List<Polygon> kept = new ArrayList<>();
		for (Polygon part : parts) {
			if (part == largest || GeodesicArea.km2(part) >= ARTEFACT_KM2) {
				List<LinearRing> holes = new ArrayList<>();
				for (int h = 0; h < part.getNumInteriorRing(); h++) {
					LinearRing hole = part.getInteriorRingN(h);
					if (GeodesicArea.km2(FACTORY.createPolygon(hole)) >= ARTEFACT_KM2) {
						holes.add(oriented(hole, false));
					}
					else {
						droppedHoles++;
					}
				}
				LinearRing shell = oriented(part.getExteriorRing(), true);
				kept.add(FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
			}
		}
		Geometry result = (kept.size() == 1) ? kept.get(0) : FACTORY.createMultiPolygon(kept.toArray(Polygon[]::new));
		if (!result.isValid()) {
			throw new IllegalStateException("boundary still invalid after repair");
		}
		return new Result(result, decoded.isValid(), droppedHoles, parts.size() - kept.size());
	}

	/** Steps 1–3 for one polygon; null if its shell collapses. */
	private static Polygon shift(Polygon polygon) {
		LinearRing shell = shift(polygon.getExteriorRing());
		if (shell == null) {
			return null;
		}
		List<LinearRing> holes = new ArrayList<>();
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			LinearRing hole = shift(polygon.getInteriorRingN(i));
			if (hole != null) {
				holes.add(hole);
			}
		}
		return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
	}

	private static LinearRing shift(LinearRing ring) {
		Coordinate[] points = ring.getCoordinates();
		Coordinate[] shifted = new Coordinate[points.length];
		for (int i = 0; i < points.length; i++) {
			LonLat wgs = ChinaCoordinates.gcj02ToWgs84(points[i].x - HALF_CELL_DEG, points[i].y - HALF_CELL_DEG);
			shifted[i] = new Coordinate(wgs.lon(), wgs.lat());
		}
		Coordinate[] distinct = CoordinateArrays.removeRepeatedPoints(shifted);
		return (distinct.length >= 4) ? FACTORY.createLinearRing(distinct) : null;
	}

	private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
		if (Orientation.isCCW(ring.getCoordinateSequence()) == counterClockwise) {
			return ring;
		}
		return ring.reverse();
	}

}
