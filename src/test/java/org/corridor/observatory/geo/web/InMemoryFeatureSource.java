package org.corridor.observatory.geo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.corridor.observatory.geo.FeatureCollectionSource;
import org.corridor.observatory.geo.FeaturePage;
import org.corridor.observatory.geo.GeoFeature;
import org.corridor.observatory.plan.LocalizedText;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A feature collection held in memory, standing in for the zone, platform and firm
 * sources in tests. It records the offsets and boxes it was asked for, so that tests can
 * tell whether a client really walked the pages and filtered on the server.
 */
class InMemoryFeatureSource implements FeatureCollectionSource {

	private final String id;

	private final List<GeoFeature> features;

	private final boolean demo;

	private final List<Long> requestedOffsets = new CopyOnWriteArrayList<>();

	private final List<Envelope> requestedBoxes = new CopyOnWriteArrayList<>();

	InMemoryFeatureSource(String id, List<GeoFeature> features, boolean demo) {
		this.id = id;
		this.features = List.copyOf(features);
		this.demo = demo;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public LocalizedText title() {
		return LocalizedText.of("测试 " + this.id, "Test " + this.id);
	}

	@Override
	public LocalizedText description() {
		return LocalizedText.of("测试用要素", "features for tests");
	}

	@Override
	public Envelope extent() {
		Envelope extent = new Envelope();
		this.features.forEach((feature) -> extent.expandToInclude(feature.geometry().getEnvelopeInternal()));
		return extent;
	}

	@Override
	public FeaturePage features(Envelope bbox, String cursor, int limit) {
		this.requestedOffsets.add(FeaturePage.position(cursor));
		if (bbox != null) {
			this.requestedBoxes.add(bbox);
		}
		List<GeoFeature> matching = new ArrayList<>();
		for (GeoFeature feature : this.features) {
			if (bbox == null || feature.geometry().intersects(new GeometryFactory().toGeometry(bbox))) {
				matching.add(feature);
			}
		}
		return FeaturePage.slice(matching, cursor, limit);
	}

	@Override
	public Optional<GeoFeature> findFeature(String id) {
		return this.features.stream().filter((feature) -> feature.id().equals(id)).findFirst();
	}

	@Override
	public boolean demo() {
		return this.demo;
	}

	List<Long> requestedOffsets() {
		return this.requestedOffsets;
	}

	List<Envelope> requestedBoxes() {
		return this.requestedBoxes;
	}

}
