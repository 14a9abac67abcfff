package org.corridor.observatory.geo;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One region of an ECharts map as its script registers it, before any correction: the
 * geometry is exactly what ECharts itself would draw, in the map's own coordinate system
 * (GCJ-02 for AMap-derived maps), unrepaired and possibly invalid.
 *
 * @param id the feature id as given (for Chinese maps the division code), or null
 * @param name the region name, e.g. 西湖区
 * @param properties every property as given, in order ({@code name}, {@code cp} the label
 * point as a list of two numbers, {@code childNum}, …)
 * @param geometry the polygon or multipolygon as decoded
 */
public record MapFeature(String id, String name, Map<String, Object> properties, Geometry geometry) {

	/** The division code: the feature id, else an {@code adcode} property, else null. */
	public String adcode() {
		if (this.id != null) {
			return this.id;
		}
		Object adcode = this.properties.get("adcode");
		return (adcode != null) ? adcode.toString() : null;
	}

}
