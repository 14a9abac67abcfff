package org.corridor.observatory.plan;

/**
 * A named place with a coordinate, used to draw zones the plan describes only in words
 * (the core area's landmarks, the institutions an innovation circle surrounds). The
 * coordinate is as precise as {@code precisionM} says, in the coordinate system it was
 * given in.
 *
 * @param code the anchor code
 * @param name the place
 * @param lon longitude in {@code crs}
 * @param lat latitude in {@code crs}
 * @param crs the coordinate system the figures are in (wgs84, cgcs2000, gcj02, bd09)
 * @param precisionM how far the true place may be, in metres
 * @param provenance where the coordinate comes from
 */
public record Anchor(String code, LocalizedText name, double lon, double lat, String crs, int precisionM,
		LocalizedText provenance) {
}
