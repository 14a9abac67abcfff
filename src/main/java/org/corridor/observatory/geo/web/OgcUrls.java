package org.corridor.observatory.geo.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the OGC API resources, absolute and built from the current request,
 * because GIS clients follow links verbatim and cannot resolve relative ones.
 */
final class OgcUrls {

	static final String ROOT = "/ogc";

	private OgcUrls() {
	}

	static String landing() {
		return root().toUriString();
	}

	static String of(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}

	static String collections() {
		return root().pathSegment("collections").toUriString();
	}

	static String collection(String collectionId) {
		return root().pathSegment("collections", collectionId).encode().toUriString();
	}

	static String items(String collectionId) {
		return root().pathSegment("collections", collectionId, "items").encode().toUriString();
	}

	static String item(String collectionId, String featureId) {
		return root().pathSegment("collections", collectionId, "items", featureId).encode().toUriString();
	}

	/**
	 * The whole-collection download, outside {@code /ogc} because it is no OGC resource.
	 */
	static String exportFile(String collectionId) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(GeoJsonExportController.PATH)
			.pathSegment(collectionId)
			.encode()
			.toUriString();
	}

	/** The current request with one page's cursor and limit. */
	static String page(String cursor, int limit) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("offset")
			.replaceQueryParam("cursor", cursor)
			.replaceQueryParam("limit", limit)
			.toUriString();
	}

	static String currentRequest() {
		return ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
	}

	private static UriComponentsBuilder root() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT);
	}

}
