package org.corridor.observatory.geo;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature served to GIS clients: an id, a geometry in WGS84 (longitude, latitude) and
 * flat properties (strings, numbers, booleans).
 *
 * @param id the feature id, unique within its collection
 * @param geometry the geometry, in WGS84
 * @param properties the properties, in a stable order
 */
public record GeoFeature(String id, Geometry geometry, Map<String, Object> properties) {
}
