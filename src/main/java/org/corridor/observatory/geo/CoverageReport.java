package org.corridor.observatory.geo;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * What {@link CoverageCheck} found among zones meant to tile an area without overlapping
 * or leaving gaps. An empty report (no invalid edges, overlaps or gaps) means the zones
 * form a proper coverage: neighbours share their borders vertex for vertex.
 *
 * @param invalidEdges for each zone with problems, its offending boundary sections (edges
 * that overlap, do not match the neighbour's, or border a narrow gap), as lines
 * @param overlaps every pair of zones whose interiors overlap, largest first
 * @param gaps the holes between zones narrower than the gap width, as polygons
 * @param gapAreaKm2 the geodesic area of all gaps together
 * @param gapWidthM the widest hole, in metres, counted as a gap rather than a real hole
 */
public record CoverageReport(Map<String, Geometry> invalidEdges, List<ZoneOverlap> overlaps, List<Polygon> gaps,
		double gapAreaKm2, double gapWidthM) {

	public CoverageReport {
		invalidEdges = Map.copyOf(invalidEdges);
		overlaps = List.copyOf(overlaps);
		gaps = List.copyOf(gaps);
	}

	/** Whether the zones form a proper coverage. */
	public boolean isClean() {
		return this.invalidEdges.isEmpty() && this.overlaps.isEmpty() && this.gaps.isEmpty();
	}

	/** The area of the largest pairwise overlap in m², 0 when there is none. */
	public double largestOverlapM2() {
		return this.overlaps.isEmpty() ? 0 : this.overlaps.get(0).areaM2();
	}

	public String summary() {
		return String.format(
				"%d zone(s) with invalid edges, %d overlap(s) (largest %.1f m²), %d gap(s) of %.4f km²"
						+ " (gap width %.0f m)",
				this.invalidEdges.size(), this.overlaps.size(), largestOverlapM2(), this.gaps.size(), this.gapAreaKm2,
				this.gapWidthM);
	}

	/**
	 * Two zones whose interiors overlap.
	 *
	 * @param zone the first zone
	 * @param otherZone the second zone
	 * @param overlap where they overlap
	 * @param areaM2 the geodesic area of the overlap in m²
	 */
	public record ZoneOverlap(String zone, String otherZone, Geometry overlap, double areaM2) {
	}

}
