package org.corridor.observatory.geo;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

/**
 * A feature collection small enough to be built whole on each request (zones, platforms,
 * firms as imported): paging and bbox filtering over the list its subclass gives.
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
	public FeaturePage features(Envelope bbox, long offset, int limit) {
		List<GeoFeature> all = all();
		List<GeoFeature> matching = (bbox == null) ? all
				: all.stream().filter((feature) -> bbox.intersects(feature.geometry().getEnvelopeInternal())).toList();
		int from = (int) Math.min(offset, matching.size());
		int to = (int) Math.min((long) from + limit, matching.size());
		return new FeaturePage(matching.subList(from, to), matching.size());
	}

	@Override
	public Optional<GeoFeature> findFeature(String id) {
		return all().stream().filter((feature) -> feature.id().equals(id)).findFirst();
	}

}
