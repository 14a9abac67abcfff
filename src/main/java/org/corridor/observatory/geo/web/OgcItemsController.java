package org.corridor.observatory.geo.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.corridor.observatory.geo.FeatureCollectionSource;
import org.corridor.observatory.geo.FeaturePage;
import org.corridor.observatory.geo.GeoFeature;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The features of a collection as GeoJSON, a page at a time, optionally within a bounding
 * box; and single features by id. Pages link to their neighbours so that clients such as
 * GDAL can walk a whole collection. Open to other origins, as the data is public and web
 * maps elsewhere read it directly.
 */
@RestController
@CrossOrigin
@RequestMapping(OgcUrls.ROOT + "/collections/{collectionId}/items")
class OgcItemsController {

	private final FeatureCollections collections;

	OgcItemsController(FeatureCollections collections) {
		this.collections = collections;
	}

	@GetMapping
	@Operation(summary = "Features of a collection, by page, optionally within bbox (GeoJSON)")
	@ApiResponse(responseCode = "200", description = "a GeoJSON feature collection",
			content = @Content(mediaType = Link.GEOJSON,
					schema = @Schema(implementation = GeoJson.FeatureCollection.class)))
	ResponseEntity<GeoJson.FeatureCollection> listItems(@PathVariable String collectionId,
			@Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84",
					example = "103.9,30.5,104.2,30.8") @RequestParam(required = false) String bbox,
			@Parameter(description = "only " + ItemsQuery.CRS84) @RequestParam(name = "bbox-crs",
					required = false) String bboxCrs,
			@Parameter(description = "page size; larger values are lowered to 10000",
					schema = @Schema(type = "integer", minimum = "1", maximum = "10000",
							defaultValue = "10")) @RequestParam(required = false) String limit,
			@Parameter(description = "how many features to skip (collections that page by position only)",
					schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) @RequestParam(
							required = false) String offset,
			@Parameter(description = "the page, as the previous page's next link gives it") @RequestParam(
					required = false) String cursor,
			@Parameter(description = "accepted; features carry no time, so all match") @RequestParam(
					required = false) String datetime,
			@Parameter(description = "json only") @RequestParam(required = false) String f,
			HttpServletRequest request) {
		FeatureCollectionSource source = this.collections.get(collectionId);
		ItemsQuery.rejectUnknown(request.getParameterMap().keySet());
		ItemsQuery query = ItemsQuery.parse(bbox, bboxCrs, limit, offset, cursor);
		FeaturePage page = source.features(query.bbox(), query.cursor(), query.limit());
		// A source may hand back more than asked for; the page size is ours to keep.
		List<GeoFeature> features = page.features().stream().limit(query.limit()).toList();
		List<Link> links = new ArrayList<>();
		links.add(Link.of(OgcUrls.currentRequest(), "self", Link.GEOJSON, "本页 / this page"));
		if (page.next() != null) {
			links.add(Link.of(OgcUrls.page(page.next(), query.limit()), "next", Link.GEOJSON, "下一页 / next page"));
		}
		if (page.previous() != null) {
			links.add(
					Link.of(OgcUrls.page(page.previous(), query.limit()), "prev", Link.GEOJSON, "上一页 / previous page"));
		}
		links.add(Link.of(OgcUrls.collection(collectionId), "collection", Link.JSON, "所属集合 / the collection"));
		GeoJson.FeatureCollection body = new GeoJson.FeatureCollection("FeatureCollection", null,
				GeoJson.demoFlag(source.demo()), GeoJson.notice(source.demo()), timeStamp(), page.numberMatched(),
				features.size(), links, GeoJson.features(features, source.demo()));
		return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).body(body);
	}

	@GetMapping("/{featureId}")
	@Operation(summary = "One feature (GeoJSON)")
	@ApiResponse(responseCode = "200", description = "a GeoJSON feature",
			content = @Content(mediaType = Link.GEOJSON, schema = @Schema(implementation = GeoJson.Feature.class)))
	ResponseEntity<GeoJson.Feature> getItem(@PathVariable String collectionId, @PathVariable String featureId) {
		FeatureCollectionSource source = this.collections.get(collectionId);
		GeoFeature feature = source.findFeature(featureId)
			.orElseThrow(() -> UnknownFeatureException.feature(collectionId, featureId));
		List<Link> links = List.of(Link.of(OgcUrls.item(collectionId, featureId), "self", Link.GEOJSON, null),
				Link.of(OgcUrls.collection(collectionId), "collection", Link.JSON, "所属集合 / the collection"));
		return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).body(GeoJson.feature(feature, source.demo(), links));
	}

	private static String timeStamp() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
