package org.corridor.observatory.geo.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link of OGC API – Features: how a client finds its way from the landing page to the
 * collections and their features, and from one page of features to the next.
 *
 * @param href the absolute address
 * @param rel the relation, e.g. {@code self}, {@code data}, {@code items}, {@code next}
 * @param type the media type of the target
 * @param title a human-readable label, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Link(String href, String rel, String type, String title) {

	static final String JSON = "application/json";

	static final String GEOJSON = "application/geo+json";

	static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

	static Link of(String href, String rel, String type, String title) {
		return new Link(href, rel, type, title);
	}

}
