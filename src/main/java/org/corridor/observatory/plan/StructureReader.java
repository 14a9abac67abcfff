package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

	/** A GB/T 4754-2017 code prefix: an optional section letter and 2 to 4 digits. */
	private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T]?\\d{2,4}");

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
				rules(segmentNode, segment);
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

	/**
	 * A segment's mapping rules, kept as references that are not item codes: the GB/T
	 * 4754-2017 code prefixes of the firms that belong in it ({@code industries}) and the
	 * words that place a firm in it when its registered name contains one
	 * ({@code keywords}). A segment needs at least one rule.
	 */
	private void rules(Node node, ItemDraft segment) {
		List<Object> industries = node.list("industries", false);
		List<Object> keywords = node.list("keywords", false);
		if (industries.isEmpty() && keywords.isEmpty()) {
			node.problem("环节没有映射规则:至少给出一个行业代码前缀(industries)或关键词(keywords)",
					"the segment has no mapping rule: give at least one industry code prefix (industries) or keyword (keywords)");
			return;
		}
		List<String> prefixes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < industries.size(); i++) {
			String at = "industries[" + i + "]";
			Object value = industries.get(i);
			if (!(value instanceof String text)) {
				node.problem(at, "行业代码前缀“" + value + "”应写成带引号的文本,如 \"6520\"(否则开头的 0 会丢失)", "industry code prefix '"
						+ value + "' must be quoted text, such as \"6520\" (a leading 0 is lost otherwise)");
			}
			else if (!INDUSTRY_PREFIX.matcher(text).matches()) {
				node.problem(at, "行业代码前缀“" + text + "”无效,应为可选的门类字母加 2–4 位数字(如 C3973 或 6520)", "'" + text
						+ "' is not an industry code prefix: an optional section letter and 2–4 digits, such as C3973 or 6520");
			}
			else if (!seen.add(text)) {
				node.problem(at, "行业代码前缀 " + text + " 重复", "duplicate industry code prefix " + text);
			}
			else {
				prefixes.add(text);
			}
		}
		List<String> words = new ArrayList<>();
		for (int i = 0; i < keywords.size(); i++) {
			String at = "keywords[" + i + "]";
			Object value = keywords.get(i);
			String word = (value == null || value instanceof Map || value instanceof List) ? ""
					: value.toString().strip();
			if (word.isEmpty()) {
				node.problem(at, "关键词应为非空文本", "a keyword must be a non-empty text");
			}
			else if (words.contains(word)) {
				node.problem(at, "关键词“" + word + "”重复", "duplicate keyword '" + word + "'");
			}
			else {
				words.add(word);
			}
		}
		if (!prefixes.isEmpty()) {
			segment.references.put("industries", prefixes);
		}
		if (!words.isEmpty()) {
			segment.references.put("keywords", words);
		}
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
