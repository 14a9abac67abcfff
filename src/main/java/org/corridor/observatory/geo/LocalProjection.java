package org.corridor.observatory.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Metres around a centre: an equirectangular projection good to well under 0.1% within
 * tens of kilometres, which is all a buffer of a few kilometres needs.
 */
final class LocalProjection {

	private static final double EARTH_RADIUS_M = 6371008.8;

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private final double lon0;

	private final double lat0;

	private final double cosLat0;

	LocalProjection(double lon0, double lat0) {
		this.lon0 = lon0;
		this.lat0 = lat0;
		this.cosLat0 = Math.cos(Math.toRadians(lat0));
	}

	/**
	 * A disc of {@code radiusKm} around the centre, as a WGS84 polygon of 64 segments.
	 */
	Geometry disc(double radiusKm) {
		Point centre = WGS84.createPoint(new Coordinate(0, 0));
		return toWgs84(centre.buffer(radiusKm * 1000, 16));
	}

	private Geometry toWgs84(Geometry metres) {
		return new GeometryTransformer() {
			@Override
			protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
				CoordinateSequence copy = coords.copy();
				for (int i = 0; i < copy.size(); i++) {
					copy.setOrdinate(i, 0, LocalProjection.this.lon0
							+ Math.toDegrees(copy.getX(i) / (EARTH_RADIUS_M * LocalProjection.this.cosLat0)));
					copy.setOrdinate(i, 1, LocalProjection.this.lat0 + Math.toDegrees(copy.getY(i) / EARTH_RADIUS_M));
				}
				return copy;
			}
		}.transform(metres);
	}

}
