package org.corridor.observatory.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structural item being read from its mapping. Code, name and note are read first, then
 * the fields of its kind through the methods here; {@link #addTo} reads the source quote,
 * reports unknown keys and adds the item when its code and name are valid.
 */
final class ItemDraft {

	private final Node node;

	private final CrossReferences codes;

	private final ItemKind kind;

	private final String code;

	private final LocalizedText name;

	private final Map<String, String> attributes = new LinkedHashMap<>();

	private final Map<String, LocalizedText> texts = new LinkedHashMap<>();

	private final Map<String, List<String>> references = new LinkedHashMap<>();

	ItemDraft(Node node, ItemKind kind, CrossReferences codes) {
		this.node = node;
		this.kind = kind;
		this.codes = codes;
		this.code = codes.declare(node, kind.name());
		this.name = node.localized("name", true);
		localized("note");
	}

	/** The item's code, or null when it is missing or malformed. */
	String code() {
		return this.code;
	}

	/** The mapping the item is read from, for fields this class has no method for. */
	Node node() {
		return this.node;
	}

	void attribute(String key, String value) {
		this.attributes.put(key, value);
	}

	/** An optional text field, kept as an attribute. */
	void text(String key) {
		String value = this.node.text(key, false);
		if (value != null) {
			this.attributes.put(key, value);
		}
	}

	/** An optional text field that must be one of the allowed values. */
	void choice(String key, Set<String> allowed, boolean required) {
		String value = this.node.oneOf(key, allowed, required);
		if (value != null) {
			this.attributes.put(key, value);
		}
	}

	/** An optional {zh, en} field. */
	void localized(String key) {
		LocalizedText value = this.node.localized(key, false);
		if (value != null) {
			this.texts.put(key, value);
		}
	}

	/** One code of another item of the given kind. */
	void reference(String key, String kind, boolean required) {
		String value = this.codes.reference(this.node, key, kind, required);
		if (value != null) {
			this.references.put(key, List.of(value));
		}
	}

	/** An optional list of codes of other items of the given kind. */
	void references(String key, String kind) {
		List<String> values = this.codes.references(this.node, key, kind);
		if (!values.isEmpty()) {
			this.references.put(key, values);
		}
	}

	/** Values kept with the references that are not checked as codes here. */
	void keep(String key, List<String> values) {
		this.references.put(key, values);
	}

	/** Finishes the item and adds it to the list when its code and name are valid. */
	void addTo(List<Item> items) {
		String source = this.codes.quote(this.node);
		this.node.finish();
		if (this.code != null && this.name != null) {
			items.add(new Item(this.kind, this.code, this.name, this.attributes, this.texts, this.references, source));
		}
	}

}
