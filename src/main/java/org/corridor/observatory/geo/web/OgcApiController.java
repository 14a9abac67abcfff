package org.corridor.observatory.geo.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entry points of OGC API – Features, the standard through which GIS desktops (QGIS,
 * ArcGIS Pro, GDAL) read the platform's zones, platforms and firms as layers: a landing
 * page, the conformance classes we meet and the collections on offer. The features
 * themselves are served by {@link OgcItemsController}. Like them, open to other origins.
 */
@RestController
@CrossOrigin
@RequestMapping(OgcUrls.ROOT)
@Tag(name = "ogc", description = "OGC API – Features 要素服务 / feature service for GIS clients")
class OgcApiController {

	static final List<String> CONFORMANCE = List.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

	private final FeatureCollections collections;

	OgcApiController(FeatureCollections collections) {
		this.collections = collections;
	}

	@GetMapping
	@Operation(summary = "Landing page: what this service is and where its parts are")
	LandingPage landingPage() {
		List<Link> links = List.of(Link.of(OgcUrls.landing(), "self", Link.JSON, "本页 / this document"),
				Link.of(OgcUrls.of("/v3/api-docs"), "service-desc", Link.OPENAPI, "接口定义 / API definition"),
				Link.of(OgcUrls.of("/swagger-ui.html"), "service-doc", "text/html", "接口文档 / API documentation"),
				Link.of(OgcUrls.landing() + "/conformance", "conformance", Link.JSON, "符合的标准类别 / conformance classes"),
				Link.of(OgcUrls.collections(), "data", Link.JSON, "要素集合 / feature collections"));
		return new LandingPage("走廊规划观测台要素服务 / Corridor Observatory features",
				"规划空间单元、平台与企业的地理要素 / zones, platforms and firms of the plan as geographic features", links);
	}

	@GetMapping("/conformance")
	@Operation(summary = "The conformance classes of OGC API – Features this service implements")
	Conformance conformance() {
		return new Conformance(CONFORMANCE);
	}

	@GetMapping("/collections")
	@Operation(summary = "The feature collections on offer")
	Collections listCollections() {
		List<CollectionInfo> infos = this.collections.list().stream().map(CollectionInfo::describe).toList();
		return new Collections(List.of(Link.of(OgcUrls.collections(), "self", Link.JSON, "要素集合 / collections")), infos);
	}

	@GetMapping("/collections/{collectionId}")
	@Operation(summary = "One feature collection: title, extent and links to its features")
	CollectionInfo getCollection(@PathVariable String collectionId) {
		return CollectionInfo.describe(this.collections.get(collectionId));
	}

	/**
	 * The landing page.
	 *
	 * @param title the service's name
	 * @param description what it serves
	 * @param links the way to the API definition, conformance and collections
	 */
	record LandingPage(String title, String description, List<Link> links) {
	}

	/**
	 * The conformance declaration.
	 *
	 * @param conformsTo the conformance class URIs
	 */
	record Conformance(List<String> conformsTo) {
	}

	/**
	 * The collections document.
	 *
	 * @param links a link to itself
	 * @param collections each collection
	 */
	record Collections(List<Link> links, List<CollectionInfo> collections) {
	}

}
