package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corridor.observatory.plan.PlanPackLoader.ItemDraft;

/**
 * Reads the structural files of a pack: platforms, domains, the industry system and the
 * enterprise-cultivation programmes. Each is optional; what is there is checked as
 * strictly as the core files.
 */
final class StructureReader {

	private static final Set<String> PLATFORM_STATUS = Set.copyOf(PlatformStatus.codes());

	private static final Set<String> PLATFORM_LEVELS = Set.copyOf(PlatformLevel.codes());

	private static final Set<String> CLUSTER_KINDS = Set.of("cluster", "service", "future");

	private static final Set<String> STAGES = Set.of("upstream", "midstream", "downstream");

	private final PlanPackLoader loader;

	private final List<Item> items = new ArrayList<>();

	StructureReader(PlanPackLoader loader) {
		this.loader = loader;
	}

	List<Item> read() {
		readPlatforms();
		readDomains();
		readIndustry();
		readProgrammes();
		return this.items;
	}

	private void readPlatforms() {
		Node root = this.loader.yaml("platforms.yaml", false);
		for (Node node : root.nodes("types", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.PLATFORM_TYPE);
			text(node, draft, "group");
			choice(node, draft, "level", PLATFORM_LEVELS, false);
			Integer rank = node.integer("rank", false);
			if (rank != null) {
				draft.attributes.put("rank", rank.toString());
			}
			add(draft, node);
		}
		for (Node node : root.nodes("platforms", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.PLATFORM);
			refs(node, draft, "type", "PLATFORM_TYPE", true);
			refs(node, draft, "aspires_to", "PLATFORM_TYPE", false);
			localized(node, draft, "host");
			choice(node, draft, "status", PLATFORM_STATUS, false);
			choice(node, draft, "level", PLATFORM_LEVELS, false);
			list(node, draft, "domains", "DOMAIN");
			refs(node, draft, "zone", "ZONE", false);
			add(draft, node);
		}
		root.finish();
	}

	private void readDomains() {
		Node root = this.loader.yaml("domains.yaml", false);
		for (Node node : root.nodes("highlands", false)) {
			add(this.loader.item(node, ItemKind.HIGHLAND), node);
		}
		for (Node node : root.nodes("domains", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.DOMAIN);
			refs(node, draft, "highland", "HIGHLAND", false);
			localized(node, draft, "focus");
			add(draft, node);
		}
		root.finish();
	}

	private void readIndustry() {
		Node root = this.loader.yaml("industry.yaml", false);
		Node system = root.node("system", false);
		if (system != null) {
			add(this.loader.item(system, ItemKind.INDUSTRY_SYSTEM), system);
		}
		for (Node node : root.nodes("tiers", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.INDUSTRY_TIER);
			text(node, draft, "label");
			add(draft, node);
		}
		for (Node node : root.nodes("clusters", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.CLUSTER);
			refs(node, draft, "tier", "INDUSTRY_TIER", true);
			choice(node, draft, "kind", CLUSTER_KINDS, true);
			refs(node, draft, "target", "INDICATOR", false);
			add(draft, node);
		}
		for (Node node : root.nodes("chains", false)) {
			ItemDraft chain = this.loader.item(node, ItemKind.CHAIN);
			refs(node, chain, "cluster", "CLUSTER", true);
			list(node, chain, "host_zones", "ZONE");
			list(node, chain, "anchors", "PLATFORM");
			List<String> segments = new ArrayList<>();
			for (Node segmentNode : node.nodes("segments", false)) {
				ItemDraft segment = this.loader.item(segmentNode, ItemKind.SEGMENT);
				choice(segmentNode, segment, "stage", STAGES, true);
				if (chain.code != null) {
					segment.references.put("chain", List.of(chain.code));
				}
				if (segment.code != null) {
					segments.add(segment.code);
				}
				add(segment, segmentNode);
			}
			chain.references.put("segments", segments);
			add(chain, node);
		}
		root.finish();
	}

	private void readProgrammes() {
		Node root = this.loader.yaml("programmes.yaml", false);
		for (Node node : root.nodes("programmes", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.PROGRAMME);
			localized(node, draft, "aim");
			add(draft, node);
		}
		for (Node node : root.nodes("tiers", false)) {
			ItemDraft draft = this.loader.item(node, ItemKind.ENTERPRISE_TIER);
			list(node, draft, "next", "ENTERPRISE_TIER");
			add(draft, node);
		}
		root.finish();
	}

	private void add(ItemDraft draft, Node node) {
		Item item = draft.build(node);
		if (item != null) {
			this.items.add(item);
		}
	}

	private void text(Node node, ItemDraft draft, String key) {
		String value = node.text(key, false);
		if (value != null) {
			draft.attributes.put(key, value);
		}
	}

	private void localized(Node node, ItemDraft draft, String key) {
		LocalizedText value = node.localized(key, false);
		if (value != null) {
			draft.texts.put(key, value);
		}
	}

	private void choice(Node node, ItemDraft draft, String key, Set<String> allowed, boolean required) {
		String value = node.text(key, required);
		if (value == null) {
			return;
		}
		if (allowed.contains(value)) {
			draft.attributes.put(key, value);
		}
		else {
			node.problem(key, "取值“" + value + "”无效,可选:" + allowed, "'" + value + "' is not one of " + allowed);
		}
	}

	private void refs(Node node, ItemDraft draft, String key, String kind, boolean required) {
		String code = this.loader.reference(node, key, kind, required);
		if (code != null) {
			draft.references.put(key, List.of(code));
		}
	}

	private void list(Node node, ItemDraft draft, String key, String kind) {
		List<String> codes = this.loader.references(node, key, kind);
		if (!codes.isEmpty()) {
			draft.references.put(key, codes);
		}
	}

}
