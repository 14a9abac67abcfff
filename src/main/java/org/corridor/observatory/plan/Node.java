package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A YAML mapping being read, with its file and path. Every accessor reports what is wrong
 * to {@link Problems} and returns null instead of throwing, so one pass finds every
 * problem; {@link #finish()} reports the keys nobody asked for (usually typos).
 */
final class Node {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final String file;

	private final String path;

	private final Map<?, ?> map;

	private final Problems problems;

	private final Set<String> used = new HashSet<>();

	private Node(String file, String path, Map<?, ?> map, Problems problems) {
		this.file = file;
		this.path = path;
		this.map = map;
		this.problems = problems;
	}

	static Node root(String file, Object parsed, Problems problems) {
		if (parsed instanceof Map<?, ?> map) {
			return new Node(file, "", map, problems);
		}
		problems.add(file, "/", "文件内容应为映射(键: 值)", "the file must hold a mapping (key: value)");
		return new Node(file, "", Map.of(), problems);
	}

	String file() {
		return this.file;
	}

	String path(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	void problem(String key, String zh, String en) {
		this.problems.add(this.file, path(key), zh, en);
	}

	/** Reports a problem with this mapping as a whole, at its own path. */
	void problem(String zh, String en) {
		this.problems.add(this.file, this.path.isEmpty() ? "/" : this.path, zh, en);
	}

	boolean has(String key) {
		return this.map.containsKey(key);
	}

	private Object raw(String key, boolean required) {
		this.used.add(key);
		Object value = this.map.get(key);
		if (value == null && required) {
			problem(key, "缺少必填项", "required field is missing");
		}
		return value;
	}

	String text(String key, boolean required) {
		Object value = raw(key, required);
		if (value == null) {
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			problem(key, "应为文本", "must be a text value");
			return null;
		}
		String text = value.toString().strip();
		if (text.isEmpty() && required) {
			problem(key, "不能为空", "must not be empty");
			return null;
		}
		return text;
	}

	/**
	 * An optional true/false field; null when absent or not a boolean (then reported).
	 */
	Boolean flag(String key) {
		Object value = raw(key, false);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		problem(key, "应为 true 或 false，而不是“" + value + "”", "must be true or false, not '" + value + "'");
		return null;
	}

	String code(String key, boolean required) {
		String text = text(key, required);
		if (text != null && !CODE.matcher(text).matches()) {
			problem(key, "代码“" + text + "”格式错误,应为大写字母、数字和下划线",
					"code '" + text + "' must be upper-case letters, digits and underscores, starting with a letter");
			return null;
		}
		return text;
	}

	Integer integer(String key, boolean required) {
		Object value = raw(key, required);
		if (value == null) {
			return null;
		}
		if (value instanceof Integer number) {
			return number;
		}
		problem(key, "应为整数,而不是“" + value + "”", "must be a whole number, not '" + value + "'");
		return null;
	}

	/** A year between 1949 and 2100; anything else is reported as implausible. */
	Integer year(String key, boolean required) {
		Integer year = integer(key, required);
		if (year != null && (year < 1949 || year > 2100)) {
			problem(key, "年份 " + year + " 不合理", "year " + year + " is not plausible");
			return null;
		}
		return year;
	}

	BigDecimal decimal(String key, boolean required) {
		Object value = raw(key, required);
		if (value == null) {
			return null;
		}
		if (value instanceof Number) {
			return new BigDecimal(value.toString());
		}
		problem(key, "应为数值,而不是“" + value + "”", "must be a number, not '" + value + "'");
		return null;
	}

	LocalizedText localized(String key, boolean required) {
		Object value = raw(key, required);
		if (value == null) {
			return null;
		}
		// A note may be one text for both languages; names and labels must give both.
		if ("note".equals(key) && value instanceof String text && !text.isBlank()) {
			return LocalizedText.of(text, text);
		}
		Node node = child(key, value);
		if (node == null) {
			return null;
		}
		String zh = node.text("zh", true);
		String en = node.text("en", true);
		node.finish();
		return (zh != null && en != null) ? LocalizedText.of(zh, en) : null;
	}

	Map<String, LocalizedText> localizedMap(String key, Set<String> allowed) {
		Object value = raw(key, false);
		Map<String, LocalizedText> result = new LinkedHashMap<>();
		Node node = (value != null) ? child(key, value) : null;
		if (node == null) {
			return result;
		}
		for (String side : allowed) {
			if (node.has(side)) {
				LocalizedText text = node.localized(side, true);
				if (text != null) {
					result.put(side, text);
				}
			}
		}
		node.finish();
		return result;
	}

	<E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			List<String> allowed = new ArrayList<>();
			for (E constant : type.getEnumConstants()) {
				allowed.add(constant.name().toLowerCase(Locale.ROOT));
			}
			notOneOf(key, text, allowed);
			return null;
		}
	}

	/** A text that must be one of the allowed values; null (and reported) otherwise. */
	String oneOf(String key, Set<String> allowed, boolean required) {
		String text = text(key, required);
		if (text != null && !allowed.contains(text)) {
			notOneOf(key, text, allowed);
			return null;
		}
		return text;
	}

	private void notOneOf(String key, String text, Collection<String> allowed) {
		problem(key, "取值“" + text + "”无效,可选:" + allowed, "'" + text + "' is not one of " + allowed);
	}

	List<Object> list(String key, boolean required) {
		Object value = raw(key, required);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		problem(key, "应为列表", "must be a list");
		return List.of();
	}

	List<String> codes(String key) {
		List<String> result = new ArrayList<>();
		List<Object> values = list(key, false);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value != null && CODE.matcher(value.toString()).matches()) {
				result.add(value.toString());
			}
			else {
				this.problems.add(this.file, path(key) + "[" + i + "]", "代码“" + value + "”格式错误",
						"'" + value + "' is not a code");
			}
		}
		return result;
	}

	List<Integer> integers(String key, boolean required) {
		List<Integer> result = new ArrayList<>();
		List<Object> values = list(key, required);
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) instanceof Integer number) {
				result.add(number);
			}
			else {
				this.problems.add(this.file, path(key) + "[" + i + "]", "应为整数", "must be a whole number");
			}
		}
		return result;
	}

	List<Node> nodes(String key, boolean required) {
		List<Node> result = new ArrayList<>();
		List<Object> values = list(key, required);
		for (int i = 0; i < values.size(); i++) {
			Node node = child(key + "[" + i + "]", values.get(i));
			if (node != null) {
				result.add(node);
			}
		}
		return result;
	}

	Node node(String key, boolean required) {
		Object value = raw(key, required);
		return (value != null) ? child(key, value) : null;
	}

	private Node child(String key, Object value) {
		if (value instanceof Map<?, ?> child) {
			return new Node(this.file, path(key), child, this.problems);
		}
		problem(key, "应为映射(键: 值)", "must be a mapping (key: value)");
		return null;
	}

	/** Reports the keys that were never read: unknown keys are usually typos. */
	void finish() {
		for (Object key : this.map.keySet()) {
			if (!this.used.contains(String.valueOf(key))) {
				problem(String.valueOf(key), "未知字段", "unknown field");
			}
		}
	}

}
