package org.corridor.observatory.geo;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

/**
 * A feature collection small enough to be built whole on each request (zones, platforms):
 * paging and bbox filtering over the list its subclass gives, a page's cursor being its
 * position in the list.
 */
public abstract class Features implements FeatureCollectionSource {

	/** Every feature of the collection, in a stable order. */
	protected abstract List<GeoFeature> all();

	@Override
	public Envelope extent() {
		Envelope extent = new Envelope();
		all().forEach((feature) -> extent.expandToInclude(feature.geometry().getEnvelopeInternal()));
		return extent;
	}

	@Override
	public FeaturePage features(Envelope bbox, String cursor, int limit) {
		List<GeoFeature> all = all();
		List<GeoFeature> matching = (bbox == null) ? all
				: all.stream().filter((feature) -> bbox.intersects(feature.geometry().getEnvelopeInternal())).toList();
		return FeaturePage.slice(matching, cursor, limit);
	}

	@Override
	public Optional<GeoFeature> findFeature(String id) {
		return all().stream().filter((feature) -> feature.id().equals(id)).findFirst();
	}

}
