package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code platforms.yaml}: the platform types (group, rank, level) and the platforms
 * and institutions the plan names (type, host, status, level, domains, zone). Optional.
 */
final class PlatformReader {

	static final String FILE = "platforms.yaml";

	private static final Set<String> STATUSES = Set.copyOf(PlatformStatus.codes());

	private static final Set<String> LEVELS = Set.copyOf(PlatformLevel.codes());

	private final CrossReferences codes;

	PlatformReader(CrossReferences codes) {
		this.codes = codes;
	}

	List<Item> read(Node root) {
		List<Item> items = new ArrayList<>();
		for (Node node : root.nodes("types", false)) {
			ItemDraft type = new ItemDraft(node, ItemKind.PLATFORM_TYPE, this.codes);
			type.text("group");
			type.choice("level", LEVELS, false);
			Integer rank = node.integer("rank", false);
			if (rank != null) {
				type.attribute("rank", rank.toString());
			}
			type.addTo(items);
		}
		for (Node node : root.nodes("platforms", false)) {
			ItemDraft platform = new ItemDraft(node, ItemKind.PLATFORM, this.codes);
			platform.reference("type", "PLATFORM_TYPE", true);
			platform.reference("aspires_to", "PLATFORM_TYPE", false);
			platform.localized("host");
			platform.choice("status", STATUSES, false);
			platform.choice("level", LEVELS, false);
			platform.references("domains", "DOMAIN");
			platform.reference("zone", "ZONE", false);
			platform.addTo(items);
		}
		root.finish();
		return items;
	}

}
