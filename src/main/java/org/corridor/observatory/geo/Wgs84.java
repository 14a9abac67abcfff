package org.corridor.observatory.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Geometries in WGS84 (longitude, latitude), SRID 4326. */
final class Wgs84 {

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	/** Vertices of a disc, as JTS buffers a point with 16 segments a quadrant. */
	private static final int DISC_VERTICES = 64;

	private Wgs84() {
	}

	/**
	 * A disc of {@code radiusKm} on the WGS84 ellipsoid around a centre: the 64-gon whose
	 * vertices lie that geodesic distance from it (GeographicLib's direct problem),
	 * counter-clockwise from due east.
	 */
	static Polygon disc(double lon, double lat, double radiusKm) {
		Coordinate[] ring = new Coordinate[DISC_VERTICES + 1];
		for (int i = 0; i < DISC_VERTICES; i++) {
			GeodesicData vertex = Geodesic.WGS84.Direct(lat, lon, 90 - 360.0 * i / DISC_VERTICES, radiusKm * 1000);
			ring[i] = new Coordinate(vertex.lon2, vertex.lat2);
		}
		ring[DISC_VERTICES] = ring[0];
		return FACTORY.createPolygon(ring);
	}

}
