package org.corridor.observatory.geo.boundary;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Rings as the formats write them, turned into JTS rings or into a problem. Every format
 * requires a ring to be closed and to have at least four positions; a file that breaks
 * this was written by a broken tool, so the ring is refused rather than guessed at.
 */
final class Rings {

	static final GeometryFactory FACTORY = new GeometryFactory();

	private Rings() {
	}

	/** The ring, or null after adding a problem for {@code feature}. */
	static LinearRing ring(Coordinate[] points, SourceFeature feature, List<BoundaryProblem> problems) {
		if (points.length < 4) {
			problems.add(feature.problem("geometry", String.valueOf(points.length),
					"多边形的环只有 " + points.length + " 个点，至少需要 4 个（首尾相同）",
					"a polygon ring has " + points.length + " positions; at least 4 are needed (first = last)"));
			return null;
		}
		if (!points[0].equals2D(points[points.length - 1])) {
			problems.add(feature.problem("geometry", points[0].x + "," + points[0].y, "多边形的环未闭合（首尾点不同）",
					"a polygon ring is not closed (its first and last positions differ)"));
			return null;
		}
		return FACTORY.createLinearRing(points);
	}

}
