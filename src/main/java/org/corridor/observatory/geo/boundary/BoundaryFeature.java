package org.corridor.observatory.geo.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * An official boundary read from a file and accepted for one zone, ready to replace the
 * zone's derived geometry.
 *
 * @param zoneCode the zone the feature names
 * @param geometry the polygon or multipolygon in WGS84, valid, shells counter-clockwise
 * and holes clockwise (RFC 7946)
 * @param attributes the feature's attributes as written (GeoJSON properties, KML extended
 * data, dBASE fields), in file order
 * @param sourceName the feature's name in the file ({@code name} attribute or Placemark
 * name), or {@code #n} (its 1-based position) when it has none
 */
public record BoundaryFeature(String zoneCode, Geometry geometry, Map<String, String> attributes, String sourceName) {

	public BoundaryFeature {
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

}
