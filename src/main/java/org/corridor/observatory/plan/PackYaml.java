package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A pack file's text edited as a tree ({@link RuleTable}, {@link DecompositionTable}):
 * read as maps and lists, written back in block style with plain numbers. Keys the editor
 * does not know stay as they were; the result is checked by loading the pack with it
 * ({@link PlanVersions}).
 */
final class PackYaml {

	private PackYaml() {
	}

	/**
	 * The tree of a file's text; an empty text is an empty mapping.
	 * @throws IllegalArgumentException when the text is not a YAML mapping
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> parse(String text, String file) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Object parsed = (text == null) ? null : new Yaml(new SafeConstructor(options)).load(text);
		if (parsed == null) {
			return new LinkedHashMap<>();
		}
		if (!(parsed instanceof Map)) {
			throw new IllegalArgumentException(file + " is not a mapping");
		}
		return new LinkedHashMap<>((Map<String, Object>) parsed);
	}

	/** The list under {@code key}, made when there is none. */
	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> parent, String key) {
		Object list = parent.get(key);
		if (!(list instanceof List)) {
			list = new ArrayList<>();
			parent.put(key, list);
		}
		else if (!(list instanceof ArrayList)) {
			list = new ArrayList<>((List<Object>) list);
			parent.put(key, list);
		}
		return (List<Object>) list;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	static Map<String, Object> text(LocalizedText text) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("zh", text.zh());
		map.put("en", text.en());
		return map;
	}

	/** The tree as YAML, after a comment of one or more lines. */
	static String dump(Map<String, Object> root, String comment) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(1000);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setSplitLines(false);
		String yaml = new Yaml(new DecimalRepresenter(options), options).dump(root);
		StringBuilder out = new StringBuilder();
		if (comment != null) {
			comment.lines().forEach((line) -> out.append("# ").append(line).append('\n'));
		}
		return out.append(yaml).toString();
	}

	/**
	 * Writes a decimal as a plain YAML number (never with an exponent, which YAML 1.1
	 * would read back as text): an integer when it has no fraction.
	 */
	private static final class DecimalRepresenter extends Representer {

		DecimalRepresenter(DumperOptions options) {
			super(options);
			this.representers.put(BigDecimal.class, (data) -> {
				BigDecimal value = ((BigDecimal) data).stripTrailingZeros();
				if (value.scale() <= 0) {
					return representScalar(Tag.INT, value.toBigInteger().toString());
				}
				return representScalar(Tag.FLOAT, value.toPlainString());
			});
		}

	}

}
