package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code industry.yaml}: the industry system, its tiers and clusters, and the
 * chains with their segments in flow order, each segment with the rules that map firms
 * onto it. Optional.
 */
final class IndustryReader {

	static final String FILE = "industry.yaml";

	private static final Set<String> CLUSTER_KINDS = Set.of("cluster", "service", "future");

	private static final Set<String> STAGES = Set.of("upstream", "midstream", "downstream");

	/** A GB/T 4754-2017 code prefix: an optional section letter and 2 to 4 digits. */
	private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T]?\\d{2,4}");

	private final CrossReferences codes;

	IndustryReader(CrossReferences codes) {
		this.codes = codes;
	}

	List<Item> read(Node root) {
		List<Item> items = new ArrayList<>();
		Node system = root.node("system", false);
		if (system != null) {
			new ItemDraft(system, ItemKind.INDUSTRY_SYSTEM, this.codes).addTo(items);
		}
		for (Node node : root.nodes("tiers", false)) {
			ItemDraft tier = new ItemDraft(node, ItemKind.INDUSTRY_TIER, this.codes);
			tier.text("label");
			tier.addTo(items);
		}
		for (Node node : root.nodes("clusters", false)) {
			ItemDraft cluster = new ItemDraft(node, ItemKind.CLUSTER, this.codes);
			cluster.reference("tier", "INDUSTRY_TIER", true);
			cluster.choice("kind", CLUSTER_KINDS, true);
			cluster.reference("target", "INDICATOR", false);
			cluster.addTo(items);
		}
		for (Node node : root.nodes("chains", false)) {
			readChain(node, items);
		}
		root.finish();
		return items;
	}

	/** A chain and its segments; the segments go into the list before the chain. */
	private void readChain(Node node, List<Item> items) {
		ItemDraft chain = new ItemDraft(node, ItemKind.CHAIN, this.codes);
		chain.reference("cluster", "CLUSTER", true);
		chain.references("host_zones", "ZONE");
		chain.references("anchors", "PLATFORM");
		List<String> segments = new ArrayList<>();
		for (Node segmentNode : node.nodes("segments", false)) {
			ItemDraft segment = new ItemDraft(segmentNode, ItemKind.SEGMENT, this.codes);
			segment.choice("stage", STAGES, true);
			readRules(segment);
			if (chain.code() != null) {
				segment.keep("chain", List.of(chain.code()));
			}
			if (segment.code() != null) {
				segments.add(segment.code());
			}
			segment.addTo(items);
		}
		chain.keep("segments", segments);
		chain.addTo(items);
	}

	/**
	 * A segment's mapping rules, kept as references that are not item codes: the GB/T
	 * 4754-2017 code prefixes of the firms that belong in it ({@code industries}) and the
	 * words that place a firm in it when its registered name contains one
	 * ({@code keywords}). A segment needs at least one rule.
	 */
	private static void readRules(ItemDraft segment) {
		Node node = segment.node();
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
			segment.keep("industries", prefixes);
		}
		if (!words.isEmpty()) {
			segment.keep("keywords", words);
		}
	}

}
