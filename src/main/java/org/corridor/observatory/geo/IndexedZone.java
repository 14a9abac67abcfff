package org.corridor.observatory.geo;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * A zone as {@link ZoneIndex} sees it: a code, the level it belongs to and its area. The
 * geometry is in WGS84 longitude/latitude and polygonal (a polygon, a multipolygon, or a
 * collection of them; empty is allowed and contains nothing). It should be valid in the
 * OGC sense, as PostGIS also assumes; an invalid one is read by the even-odd rule over
 * all its rings.
 *
 * @param code the zone code, unique within one index
 * @param level the zone level (district, city, circle, …), used to pick one level from an
 * answer that covers all of them
 * @param geometry the zone's area in WGS84 longitude/latitude
 */
public record IndexedZone(String code, String level, Geometry geometry) {

	public IndexedZone {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(geometry, "geometry");
	}

}
