package org.corridor.observatory.geo;

import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * Paging and bbox filtering over an in-memory list of features, for the small
 * collections.
 */
final class Features {

	private Features() {
	}

	static FeaturePage page(List<GeoFeature> all, Envelope bbox, long offset, int limit) {
		List<GeoFeature> matching = (bbox == null) ? all
				: all.stream().filter((feature) -> bbox.intersects(feature.geometry().getEnvelopeInternal())).toList();
		int from = (int) Math.min(offset, matching.size());
		int to = (int) Math.min((long) from + limit, matching.size());
		return new FeaturePage(matching.subList(from, to), matching.size());
	}

	static Envelope extent(List<GeoFeature> all) {
		Envelope extent = new Envelope();
		all.forEach((feature) -> extent.expandToInclude(feature.geometry().getEnvelopeInternal()));
		return extent;
	}

}
