package org.corridor.observatory.geo;

import java.util.Optional;
import java.util.function.Consumer;

import org.corridor.observatory.plan.LocalizedText;
import org.locationtech.jts.geom.Envelope;

/**
 * A collection of features the platform serves through OGC API – Features and GeoJSON
 * export: zones, platforms, firms. Implementations are Spring beans; the collection id is
 * the path segment under {@code /ogc/collections/}.
 */
public interface FeatureCollectionSource {

	/** The most features a source is asked for at once. */
	int PAGE_LIMIT = 10_000;

	String id();

	LocalizedText title();

	LocalizedText description();

	/** The bounding box of every feature, or an empty envelope when there are none. */
	Envelope extent();

	/**
	 * Features intersecting {@code bbox} (all when null), in a stable order, from the
	 * page {@code cursor} names (the first when null), at most {@code limit}.
	 * @throws IllegalArgumentException when the cursor is not one of this source's
	 */
	FeaturePage features(Envelope bbox, String cursor, int limit);

	/**
	 * Hands every feature intersecting {@code bbox} (all when null) to {@code each}, in
	 * the same order, holding no more than a page of them at once; stops when
	 * {@code each} throws.
	 */
	default void forEach(Envelope bbox, Consumer<GeoFeature> each) {
		String cursor = null;
		do {
			FeaturePage page = features(bbox, cursor, PAGE_LIMIT);
			page.features().forEach(each);
			cursor = page.next();
		}
		while (cursor != null);
	}

	Optional<GeoFeature> findFeature(String id);

	/** Whether any feature of the collection is generated demo data. */
	boolean demo();

}
