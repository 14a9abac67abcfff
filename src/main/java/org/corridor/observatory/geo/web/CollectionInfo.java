package org.corridor.observatory.geo.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.corridor.observatory.geo.FeatureCollectionSource;
import org.locationtech.jts.geom.Envelope;

/**
 * What a client learns about a feature collection before reading its features: names,
 * extent, coordinate system and where the items are. Titles carry both languages, as GIS
 * clients show one string and do not negotiate language.
 *
 * @param id the collection id
 * @param title the title, Chinese then English
 * @param description the description, Chinese then English
 * @param demo true when the collection holds generated demo data
 * @param notice the DEMO notice
 * @param extent the bounding box of all features, or null when there are none
 * @param itemType always {@code feature}
 * @param crs the coordinate systems features can be had in: CRS84 only
 * @param links self and items
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CollectionInfo(String id, String title, String description, Boolean demo, String notice, Extent extent,
		String itemType, List<String> crs, List<Link> links) {

	static CollectionInfo describe(FeatureCollectionSource source) {
		String id = source.id();
		List<Link> links = List.of(Link.of(OgcUrls.collection(id), "self", Link.JSON, "本集合 / this collection"),
				Link.of(OgcUrls.items(id), "items", Link.GEOJSON, "要素 / features"),
				Link.of(OgcUrls.exportFile(id), "enclosure", Link.GEOJSON, "下载全部要素 / download all features"));
		return new CollectionInfo(id, source.title().toString(), source.description().toString(),
				GeoJson.demoFlag(source.demo()), GeoJson.notice(source.demo()), Extent.of(source.extent()), "feature",
				List.of(ItemsQuery.CRS84), links);
	}

	/**
	 * Where and when the features lie; only the spatial part is known.
	 *
	 * @param spatial the spatial extent
	 */
	record Extent(Spatial spatial) {

		static Extent of(Envelope envelope) {
			if (envelope == null || envelope.isNull()) {
				return null;
			}
			List<Double> box = List.of(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
			return new Extent(new Spatial(List.of(box), ItemsQuery.CRS84));
		}

	}

	/**
	 * A spatial extent.
	 *
	 * @param bbox one box: min longitude, min latitude, max longitude, max latitude
	 * @param crs the system of the box: CRS84
	 */
	record Spatial(List<List<Double>> bbox, String crs) {
	}

}
