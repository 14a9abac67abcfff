package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Groups a Shapefile polygon record's rings into polygons. The format marks shells by
 * clockwise and holes by counter-clockwise order, but exporters get that wrong often
 * enough that nesting decides instead: a ring inside an even number of others is a shell,
 * inside an odd number a hole of the smallest ring around it (so an island in a lake is a
 * shell).
 */
final class ShapeRings {

	private ShapeRings() {
	}

	static Geometry assemble(List<LinearRing> rings) {
		List<LinearRing> bySize = new ArrayList<>(rings);
		bySize.sort(Comparator.comparingDouble((LinearRing ring) -> -area(ring)));
		int[] parent = new int[bySize.size()];
		int[] depth = new int[bySize.size()];
		for (int i = 0; i < bySize.size(); i++) {
			parent[i] = -1;
			// Rings are sorted largest first, so the last container found is the
			// smallest.
			for (int j = 0; j < i; j++) {
				if (contains(bySize.get(j), bySize.get(i))) {
					parent[i] = j;
				}
			}
			depth[i] = (parent[i] < 0) ? 0 : depth[parent[i]] + 1;
		}
		List<Polygon> polygons = new ArrayList<>();
		for (int i = 0; i < bySize.size(); i++) {
			if (depth[i] % 2 == 0) {
				List<LinearRing> holes = new ArrayList<>();
				for (int h = 0; h < bySize.size(); h++) {
					if (parent[h] == i && depth[h] % 2 == 1) {
						holes.add(bySize.get(h));
					}
				}
				polygons.add(Rings.FACTORY.createPolygon(bySize.get(i), holes.toArray(LinearRing[]::new)));
			}
		}
		if (polygons.size() == 1) {
			return polygons.get(0);
		}
		return polygons.isEmpty() ? Rings.FACTORY.createPolygon()
				: Rings.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	private static double area(LinearRing ring) {
		return Math.abs(Area.ofRingSigned(ring.getCoordinates()));
	}

	/**
	 * Whether {@code inner} lies inside {@code outer}, judged by its first vertex off it.
	 */
	private static boolean contains(LinearRing outer, LinearRing inner) {
		if (!outer.getEnvelopeInternal().contains(inner.getEnvelopeInternal())) {
			return false;
		}
		Coordinate[] shell = outer.getCoordinates();
		for (Coordinate vertex : inner.getCoordinates()) {
			int location = PointLocation.locateInRing(vertex, shell);
			if (location != Location.BOUNDARY) {
				return location == Location.INTERIOR;
			}
		}
		return false;
	}

}
