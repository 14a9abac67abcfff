package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code programmes.yaml}: the enterprise-cultivation programmes and the enterprise
 * tiers, whose {@code next} tiers make the cultivation ladder. Optional.
 */
final class ProgrammeReader {

	static final String FILE = "programmes.yaml";

	private final CrossReferences codes;

	ProgrammeReader(CrossReferences codes) {
		this.codes = codes;
	}

	List<Item> read(Node root) {
		List<Item> items = new ArrayList<>();
		for (Node node : root.nodes("programmes", false)) {
			ItemDraft programme = new ItemDraft(node, ItemKind.PROGRAMME, this.codes);
			programme.localized("aim");
			programme.addTo(items);
		}
		for (Node node : root.nodes("tiers", false)) {
			ItemDraft tier = new ItemDraft(node, ItemKind.ENTERPRISE_TIER, this.codes);
			tier.references("next", "ENTERPRISE_TIER");
			tier.addTo(items);
		}
		root.finish();
		return items;
	}

}
