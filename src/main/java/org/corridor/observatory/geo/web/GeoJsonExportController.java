package org.corridor.observatory.geo.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.geo.FeatureCollectionSource;
import org.corridor.observatory.geo.FeaturePage;
import org.corridor.observatory.geo.GeoFeature;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A whole feature collection as one GeoJSON file to download, for users who want the
 * zones or the registry's points in a desktop GIS or a spreadsheet tool without speaking
 * OGC API. The file carries the DEMO notice when the data does.
 */
@RestController
@RequestMapping(GeoJsonExportController.PATH)
@Tag(name = "geojson", description = "GeoJSON 导出 / GeoJSON export of every feature collection")
class GeoJsonExportController {

	static final String PATH = "/api/v1/geojson";

	// Sources are asked in pages so that none has to materialise an unbounded page at
	// once.
	private static final int CHUNK = ItemsQuery.MAX_LIMIT;

	private final FeatureCollections collections;

	GeoJsonExportController(FeatureCollections collections) {
		this.collections = collections;
	}

	@GetMapping("/{collectionId}")
	@Operation(summary = "Every feature of a collection as a GeoJSON file (attachment <id>.geojson)")
	ResponseEntity<GeoJson.FeatureCollection> export(@PathVariable String collectionId) {
		FeatureCollectionSource source = this.collections.get(collectionId);
		List<GeoFeature> all = new ArrayList<>();
		FeaturePage page;
		do {
			page = source.features(null, all.size(), CHUNK);
			all.addAll(page.features());
		}
		while (!page.features().isEmpty() && all.size() < page.numberMatched());
		GeoJson.FeatureCollection body = new GeoJson.FeatureCollection("FeatureCollection", source.id(),
				GeoJson.demoFlag(source.demo()), GeoJson.notice(source.demo()), null, null, null, null,
				GeoJson.features(all, source.demo()));
		ContentDisposition attachment = ContentDisposition.attachment().filename(source.id() + ".geojson").build();
		return ResponseEntity.ok()
			.contentType(GeoJson.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(body);
	}

}
