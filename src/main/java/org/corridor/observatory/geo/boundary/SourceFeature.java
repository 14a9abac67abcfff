package org.corridor.observatory.geo.boundary;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature as a format reader found it, before any check: coordinates still in the
 * file's system, zone not yet resolved, geometry of any type and possibly invalid.
 *
 * @param index the 1-based position in the file
 * @param name the feature's own name, or null
 * @param attributes every attribute as text, in file order
 * @param geometry the geometry as written; empty when the feature has none; null when the
 * reader could not build it and has already reported why
 */
record SourceFeature(int index, String name, Map<String, String> attributes, Geometry geometry) {

	/** How problems name the feature: {@code #n}, then its name when it has one. */
	String label() {
		return (this.name != null && !this.name.isBlank()) ? "#" + this.index + " " + this.name : "#" + this.index;
	}

	/** The name for {@link BoundaryFeature#sourceName()}. */
	String sourceName() {
		return (this.name != null && !this.name.isBlank()) ? this.name : "#" + this.index;
	}

	BoundaryProblem problem(String field, String value, String zh, String en) {
		return new BoundaryProblem(label(), field, value, zh, en);
	}

}
