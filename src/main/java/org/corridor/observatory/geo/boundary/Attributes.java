package org.corridor.observatory.geo.boundary;

import java.util.Map;

/**
 * Looking up feature attributes by name the way GIS files spell them: dBASE fields are
 * upper case ({@code ADCODE}), GeoJSON properties usually lower case, so names match
 * without regard to case.
 */
final class Attributes {

	/** Attribute names that hold a feature's own name, most specific first. */
	private static final String[] NAME_KEYS = { "name", "名称", "NAME_ZH", "zone_name" };

	private Attributes() {
	}

	/** The first non-blank value among {@code keys}, stripped, or null. */
	static String find(Map<String, String> attributes, String... keys) {
		for (String key : keys) {
			for (Map.Entry<String, String> entry : attributes.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(key) && entry.getValue() != null && !entry.getValue().isBlank()) {
					return entry.getValue().strip();
				}
			}
		}
		return null;
	}

	/** The feature's own name among its attributes, or null. */
	static String name(Map<String, String> attributes) {
		return find(attributes, NAME_KEYS);
	}

}
