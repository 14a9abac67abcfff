package org.corridor.observatory.geo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.corridor.observatory.geo.GeoFeature;
import org.corridor.observatory.web.DemoNotice;
import org.locationtech.jts.geom.Geometry;

import org.springframework.http.MediaType;

/**
 * The GeoJSON (RFC 7946) documents this API writes: features and feature collections,
 * with the members OGC API – Features adds (links, counts, time stamp). Data that is
 * partly generated says so in every document and every feature, so that a layer copied
 * out of the platform keeps its DEMO label.
 */
final class GeoJson {

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType(Link.GEOJSON);

	private GeoJson() {
	}

	static Feature feature(GeoFeature feature, boolean demo, List<Link> links) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (feature.properties() != null) {
			properties.putAll(feature.properties());
		}
		if (demo) {
			properties.put("demo", true);
		}
		return new Feature("Feature", feature.id(), feature.geometry(), properties, links);
	}

	static List<Feature> features(List<GeoFeature> features, boolean demo) {
		return features.stream().map((feature) -> feature(feature, demo, null)).toList();
	}

	static Boolean demoFlag(boolean demo) {
		return demo ? Boolean.TRUE : null;
	}

	static String notice(boolean demo) {
		return DemoNotice.orNull(demo);
	}

	/**
	 * A GeoJSON feature.
	 *
	 * @param type always {@code Feature}
	 * @param id the feature id
	 * @param geometry the geometry, in WGS84; written as null when absent, as GeoJSON
	 * requires the member
	 * @param properties the properties
	 * @param links links to the feature itself and its collection, or null
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Feature(String type, String id,
			@JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(using = GeometrySerializer.class) Geometry geometry,
			Map<String, Object> properties, List<Link> links) {
	}

	/**
	 * A GeoJSON feature collection; the members beyond {@code type} and {@code features}
	 * are left out when null.
	 *
	 * @param type always {@code FeatureCollection}
	 * @param name the collection id, which GDAL takes as the layer name of a file
	 * @param demo true when the collection holds generated demo data
	 * @param notice the DEMO notice
	 * @param timeStamp when the response was produced
	 * @param numberMatched how many features match the query in all
	 * @param numberReturned how many features this page holds
	 * @param links links to this page and its neighbours
	 * @param features the features
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FeatureCollection(String type, String name, Boolean demo, String notice, String timeStamp,
			Long numberMatched, Integer numberReturned, List<Link> links, List<Feature> features) {
	}

}
