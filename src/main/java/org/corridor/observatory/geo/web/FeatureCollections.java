package org.corridor.observatory.geo.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridor.observatory.geo.FeatureCollectionSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every feature collection this instance serves: one per {@link FeatureCollectionSource}
 * bean, looked up by id.
 */
@Component
class FeatureCollections {

	private final Map<String, FeatureCollectionSource> byId = new TreeMap<>();

	// A provider, not a list: until the zone, platform and firm modules exist there may
	// be
	// no source at all, and the API must still start and list nothing.
	FeatureCollections(ObjectProvider<FeatureCollectionSource> sources) {
		for (FeatureCollectionSource source : sources.orderedStream().toList()) {
			FeatureCollectionSource previous = this.byId.put(source.id(), source);
			if (previous != null) {
				// Two beans behind one URL would silently hide one of them.
				throw new IllegalStateException("two feature collections share the id " + source.id());
			}
		}
	}

	/** All collections, ordered by id so that clients see a stable listing. */
	List<FeatureCollectionSource> list() {
		return List.copyOf(this.byId.values());
	}

	FeatureCollectionSource get(String id) {
		FeatureCollectionSource source = this.byId.get(id);
		if (source == null) {
			throw UnknownFeatureException.collection(id);
		}
		return source;
	}

}
