package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Checks that zones meant to tile an area (the districts of the corridor, the zones of a
 * plan) do so: JTS {@link CoverageValidator} for edges that overlap or fail to match,
 * {@link CoverageGapFinder} for holes between zones, and a pairwise overlay for how much
 * overlaps. A hole narrower than the gap width is a gap (an error of the data); a wider
 * one is a real hole of the area (a lake, an enclave of another jurisdiction). The
 * validator only flags near-parallel edges longer than the gap width, so a small gap can
 * leave every edge valid: the gap finder is what sees it. Zones are WGS84; the width is
 * given in metres and turned into degrees of longitude at the zones' mid latitude, the
 * larger of the two degree lengths, so no gap of that width is missed.
 */
public final class CoverageCheck {

	private CoverageCheck() {
	}

	/**
	 * Checks the zones, each under its name.
	 * @param zones the polygonal zones by name, in WGS84
	 * @param gapWidthM holes between zones up to this width in metres are gaps
	 * @return what was found
	 */
	public static CoverageReport check(Map<String, Geometry> zones, double gapWidthM) {
		List<String> names = new ArrayList<>(zones.keySet());
		Geometry[] coverage = zones.values().toArray(Geometry[]::new);
		if (coverage.length == 0) {
			return new CoverageReport(Map.of(), List.of(), List.of(), 0, gapWidthM);
		}
		Envelope extent = new Envelope();
		for (Geometry zone : coverage) {
			extent.expandToInclude(zone.getEnvelopeInternal());
		}
		double gapWidthDeg = gapWidthM / metresPerDegreeOfLongitude(extent.centre().y);
		Map<String, Geometry> invalidEdges = new LinkedHashMap<>();
		Geometry[] invalid = CoverageValidator.validate(coverage, gapWidthDeg);
		for (int i = 0; i < invalid.length; i++) {
			if (invalid[i] != null) {
				invalidEdges.put(names.get(i), invalid[i]);
			}
		}
		boolean matched = invalidEdges.isEmpty() || CoverageValidator.isValid(coverage);
		List<Polygon> gaps = matched ? gapsOfCoverage(coverage, gapWidthDeg) : gapsOfOverlay(coverage, gapWidthDeg);
		double gapAreaKm2 = gaps.stream().mapToDouble(GeodesicArea::km2).sum();
		return new CoverageReport(invalidEdges, overlaps(names, coverage), gaps, gapAreaKm2, gapWidthM);
	}

	/** The length of one degree along the parallel of this latitude, on WGS84. */
	private static double metresPerDegreeOfLongitude(double latitude) {
		double sin = Math.sin(Math.toRadians(latitude));
		double e2 = Geodesic.WGS84.Flattening() * (2 - Geodesic.WGS84.Flattening());
		return Math.toRadians(Geodesic.WGS84.EquatorialRadius()) * Math.cos(Math.toRadians(latitude))
				/ Math.sqrt(1 - e2 * sin * sin);
	}

	private static List<CoverageReport.ZoneOverlap> overlaps(List<String> names, Geometry[] coverage) {
		List<CoverageReport.ZoneOverlap> overlaps = new ArrayList<>();
		for (int i = 0; i < coverage.length; i++) {
			for (int j = i + 1; j < coverage.length; j++) {
				if (coverage[i].getEnvelopeInternal().intersects(coverage[j].getEnvelopeInternal())) {
					Geometry common = OverlayNGRobust.overlay(coverage[i], coverage[j], OverlayNG.INTERSECTION);
					Geometry area = common.getFactory().buildGeometry(PolygonExtracter.getPolygons(common));
					if (!area.isEmpty()) {
						overlaps.add(new CoverageReport.ZoneOverlap(names.get(i), names.get(j), area,
								GeodesicArea.km2(area) * 1e6));
					}
				}
			}
		}
		overlaps.sort(Comparator.comparingDouble(CoverageReport.ZoneOverlap::areaM2).reversed());
		return overlaps;
	}

	/**
	 * The gaps of zones whose shared edges match, as {@link CoverageGapFinder} finds
	 * them.
	 */
	private static List<Polygon> gapsOfCoverage(Geometry[] coverage, double gapWidthDeg) {
		GeometryFactory factory = coverage[0].getFactory();
		Geometry rings = CoverageGapFinder.findGaps(coverage, gapWidthDeg);
		List<Polygon> gaps = new ArrayList<>();
		for (int i = 0; i < rings.getNumGeometries(); i++) {
			gaps.add(factory.createPolygon(rings.getGeometryN(i).getCoordinates()));
		}
		return gaps;
	}

	/**
	 * The gaps of zones that overlap or whose edges do not match: the coverage union
	 * {@link CoverageGapFinder} relies on assumes matching edges, so the holes of a full
	 * overlay union are taken instead, by the same width criterion.
	 */
	private static List<Polygon> gapsOfOverlay(Geometry[] coverage, double gapWidthDeg) {
		GeometryFactory factory = coverage[0].getFactory();
		List<Polygon> gaps = new ArrayList<>();
		for (Object part : PolygonExtracter.getPolygons(UnaryUnionOp.union(List.of(coverage)))) {
			Polygon polygon = (Polygon) part;
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				Polygon hole = factory.createPolygon(polygon.getInteriorRingN(h).getCoordinates());
				double width = 2 * MaximumInscribedCircle.getRadiusLine(hole, gapWidthDeg / 100).getLength();
				if (gapWidthDeg > 0 && width <= gapWidthDeg) {
					gaps.add(hole);
				}
			}
		}
		return gaps;
	}

}
