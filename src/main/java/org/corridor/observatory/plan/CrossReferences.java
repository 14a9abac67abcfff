package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers of one pack note down for the checks that span files: the codes each
 * file declares (a duplicate within its kind is reported at once), the references made to
 * codes and the {@code source:} quotes of the plan text. {@link PlanPackLoader} checks
 * the references and quotes once every file is read.
 */
final class CrossReferences {

	private final Map<String, Set<String>> codes = new HashMap<>();

	private final List<Reference> references = new ArrayList<>();

	private final List<Quote> quotes = new ArrayList<>();

	/** Reads the code of an item and records it, reporting duplicates within its kind. */
	String declare(Node node, String kind) {
		String code = node.code("code", true);
		if (code != null && !this.codes.computeIfAbsent(kind, (k) -> new HashSet<>()).add(code)) {
			node.problem("code", "代码 " + code + " 重复", "duplicate code " + code);
		}
		return code;
	}

	/** Reads a code that must be declared somewhere in the pack as the given kind. */
	String reference(Node node, String key, String kind, boolean required) {
		String code = node.code(key, required);
		if (code != null) {
			this.references.add(new Reference(node.file(), node.path(key), kind, code));
		}
		return code;
	}

	/** Reads a list of codes that must each be declared somewhere as the given kind. */
	List<String> references(Node node, String key, String kind) {
		List<String> codes = node.codes(key);
		for (int i = 0; i < codes.size(); i++) {
			this.references.add(new Reference(node.file(), node.path(key) + "[" + i + "]", kind, codes.get(i)));
		}
		return codes;
	}

	/** Reads the required {@code source:} quote, to be found in the plan text. */
	String quote(Node node) {
		return quote(node, true);
	}

	/** Reads the {@code source:} quote, required or not, to be found in the plan text. */
	String quote(Node node, boolean required) {
		String source = node.text("source", required);
		if (source != null) {
			this.quotes.add(new Quote(node.file(), node.path("source"), source));
		}
		return source;
	}

	boolean declared(String kind, String code) {
		return this.codes.getOrDefault(kind, Set.of()).contains(code);
	}

	List<Reference> references() {
		return this.references;
	}

	List<Quote> quotes() {
		return this.quotes;
	}

	/** A code referred to at a file and path, which must be declared as its kind. */
	record Reference(String file, String path, String kind, String code) {
	}

	/** A quote at a file and path, which must occur in the plan text. */
	record Quote(String file, String path, String text) {
	}

}
