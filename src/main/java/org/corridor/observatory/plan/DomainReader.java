package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code domains.yaml}: the technology highlands and the flagship domains, each
 * domain with the highland it belongs to where the plan links them. Optional.
 */
final class DomainReader {

	static final String FILE = "domains.yaml";

	private final CrossReferences codes;

	DomainReader(CrossReferences codes) {
		this.codes = codes;
	}

	List<Item> read(Node root) {
		List<Item> items = new ArrayList<>();
		for (Node node : root.nodes("highlands", false)) {
			new ItemDraft(node, ItemKind.HIGHLAND, this.codes).addTo(items);
		}
		for (Node node : root.nodes("domains", false)) {
			ItemDraft domain = new ItemDraft(node, ItemKind.DOMAIN, this.codes);
			domain.reference("highland", "HIGHLAND", false);
			domain.localized("focus");
			domain.addTo(items);
		}
		root.finish();
		return items;
	}

}
