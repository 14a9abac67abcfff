package org.corridor.observatory.geo;

import java.util.Optional;

import org.corridor.observatory.plan.LocalizedText;
import org.locationtech.jts.geom.Envelope;

/**
 * A collection of features the platform serves through OGC API – Features and GeoJSON
 * export: zones, platforms, firms. Implementations are Spring beans; the collection id is
 * the path segment under {@code /ogc/collections/}.
 */
public interface FeatureCollectionSource {

	String id();

	LocalizedText title();

	LocalizedText description();

	/** The bounding box of every feature, or an empty envelope when there are none. */
	Envelope extent();

	/**
	 * Features intersecting {@code bbox} (all when null), in a stable order, from
	 * {@code offset}, at most {@code limit}.
	 */
	FeaturePage features(Envelope bbox, long offset, int limit);

	Optional<GeoFeature> findFeature(String id);

	/** Whether any feature of the collection is generated demo data. */
	boolean demo();

}
