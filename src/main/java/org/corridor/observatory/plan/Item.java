package org.corridor.observatory.plan;

import java.util.List;
import java.util.Map;

/**
 * A named element of the plan's structure: a platform type or platform, a highland or
 * domain, a tier, cluster, chain or segment of the industry system, a cultivation
 * programme or enterprise tier. Its kind-specific fields are kept as attributes (scalars)
 * and references (codes of other items, by key).
 *
 * @param kind the kind of item
 * @param code the code, unique within its kind
 * @param name the name
 * @param attributes kind-specific scalar fields (status, stage, group, rank, label …)
 * @param texts kind-specific localized fields (host, focus, aim, note …)
 * @param references kind-specific references to other items, by key
 * @param source the sentence of the plan it comes from
 */
public record Item(ItemKind kind, String code, LocalizedText name, Map<String, String> attributes,
		Map<String, LocalizedText> texts, Map<String, List<String>> references, String source) {

	public Item {
		attributes = Map.copyOf(attributes);
		texts = Map.copyOf(texts);
		references = Map.copyOf(references);
	}

	public String attribute(String key) {
		return this.attributes.get(key);
	}

	public List<String> references(String key) {
		return this.references.getOrDefault(key, List.of());
	}

}
