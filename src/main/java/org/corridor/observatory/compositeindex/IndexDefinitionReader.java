package org.corridor.observatory.compositeindex;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.corridor.observatory.compositeindex.IndexDefinition.Component;
import org.corridor.observatory.compositeindex.IndexDefinition.Pillar;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.PackProblem;
import org.corridor.observatory.plan.PackSnapshot;
import org.corridor.observatory.plan.Plan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the pack's {@code indices.yaml} (综合指数定义) strictly, in the manner of the plan
 * pack's readers: every problem with its file and path (a key nobody reads, a code the
 * plan does not know, pillar weights that do not add up to 100), all found in one pass. A
 * pack without the file defines no index.
 */
public final class IndexDefinitionReader {

	/** The file's name in the pack. */
	public static final String FILE = PackSnapshot.INDICES_FILE;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final Plan plan;

	private final List<PackProblem> problems = new ArrayList<>();

	private IndexDefinitionReader(Plan plan) {
		this.plan = plan;
	}

	/** The pack's definitions, or every problem found in them. */
	public static Read read(PackFiles pack, Plan plan) {
		Optional<byte[]> bytes = pack.read(FILE);
		if (bytes.isEmpty()) {
			return new Read(List.of(), List.of());
		}
		return read(bytes.get(), plan);
	}

	public static Read read(byte[] bytes, Plan plan) {
		IndexDefinitionReader reader = new IndexDefinitionReader(plan);
		List<IndexDefinition> definitions = reader.parse(bytes);
		return new Read(reader.problems.isEmpty() ? definitions : List.of(), List.copyOf(reader.problems));
	}

	/**
	 * @param definitions the definitions, none when there is any problem
	 * @param problems every problem found
	 */
	public record Read(List<IndexDefinition> definitions, List<PackProblem> problems) {
	}

	private List<IndexDefinition> parse(byte[] bytes) {
		Object parsed;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			parsed = new Yaml(new SafeConstructor(options)).load(PackFiles.utf8(bytes));
		}
		catch (CharacterCodingException ex) {
			problem("/", "文件不是 UTF-8 编码", "the file is not UTF-8 encoded");
			return List.of();
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			problem("line " + line, "YAML 语法错误:" + ex.getProblem(), "YAML syntax error: " + ex.getProblem());
			return List.of();
		}
		catch (YAMLException ex) {
			problem("/", "YAML 错误:" + ex.getMessage(), "YAML error: " + ex.getMessage());
			return List.of();
		}
		Map<?, ?> root = mapping("", parsed, Set.of("indices"));
		List<IndexDefinition> definitions = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		List<?> indices = list("indices", root.get("indices"), true);
		for (int i = 0; i < indices.size(); i++) {
			IndexDefinition definition = index("indices[" + i + "]", indices.get(i));
			if (definition != null && !codes.add(definition.code())) {
				problem("indices[" + i + "].code", "指数代码重复:" + definition.code(),
						"index code used twice: " + definition.code());
			}
			if (definition != null) {
				definitions.add(definition);
			}
		}
		return definitions;
	}

	private IndexDefinition index(String path, Object node) {
		Map<?, ?> map = mapping(path, node, Set.of("code", "name", "example", "basis", "normalisation", "aggregation",
				"missing", "peers", "pillars"));
		String code = code(path + ".code", map.get("code"));
		LocalizedText name = text(path + ".name", map.get("name"), true);
		LocalizedText basis = text(path + ".basis", map.get("basis"), false);
		boolean example = !Boolean.FALSE.equals(map.get("example"));
		if (map.containsKey("example") && !(map.get("example") instanceof Boolean)) {
			problem(path + ".example", "应为 true 或 false", "must be true or false");
		}
		Normalisation normalisation = choice(path + ".normalisation", map.get("normalisation"), Normalisation.class);
		Aggregation aggregation = choice(path + ".aggregation", map.get("aggregation"), Aggregation.class);
		MissingRule missing = choice(path + ".missing", map.get("missing"), MissingRule.class);
		List<String> peers = new ArrayList<>();
		List<?> peerList = list(path + ".peers", map.get("peers"), false);
		for (int p = 0; p < peerList.size(); p++) {
			String zone = code(path + ".peers[" + p + "]", peerList.get(p));
			if (zone != null && this.plan.findZone(zone).isEmpty()) {
				problem(path + ".peers[" + p + "]", "规划中没有该空间单元:" + zone, "the plan has no zone " + zone);
			}
			else if (zone != null) {
				peers.add(zone);
			}
		}
		List<Pillar> pillars = new ArrayList<>();
		List<?> pillarList = list(path + ".pillars", map.get("pillars"), true);
		double total = 0;
		Set<String> pillarCodes = new HashSet<>();
		Set<String> indicators = new HashSet<>();
		for (int p = 0; p < pillarList.size(); p++) {
			String at = path + ".pillars[" + p + "]";
			Map<?, ?> pillar = mapping(at, pillarList.get(p), Set.of("code", "name", "weight", "indicators"));
			String pillarCode = code(at + ".code", pillar.get("code"));
			if (pillarCode != null && !pillarCodes.add(pillarCode)) {
				problem(at + ".code", "一级指标代码重复:" + pillarCode, "pillar code used twice: " + pillarCode);
			}
			LocalizedText pillarName = text(at + ".name", pillar.get("name"), true);
			Double weight = positive(at + ".weight", pillar.get("weight"), true);
			total += (weight != null) ? weight : 0;
			List<?> members = list(at + ".indicators", pillar.get("indicators"), false);
			List<Component> components = new ArrayList<>();
			double sum = 0;
			for (int m = 0; m < members.size(); m++) {
				Component component = component(at + ".indicators[" + m + "]", members.get(m), indicators);
				if (component != null) {
					components.add(component);
					sum += component.weight();
				}
			}
			List<Component> scaled = new ArrayList<>();
			for (Component component : components) {
				scaled.add(new Component(component.indicator(), component.name(), component.direction(),
						component.weight() / sum, component.target()));
			}
			if (pillarCode != null && pillarName != null && weight != null) {
				pillars.add(new Pillar(pillarCode, pillarName, weight / 100, scaled));
			}
		}
		if (!pillarList.isEmpty() && Math.abs(total - 100) > 0.01) {
			problem(path + ".pillars", "一级指标权重之和应为100,实为" + total,
					"the pillars' weights must add up to 100, not " + total);
		}
		if (code == null || name == null || normalisation == null || aggregation == null || missing == null
				|| pillars.size() != pillarList.size()) {
			return null;
		}
		return new IndexDefinition(code, name, example, (basis != null) ? basis : LocalizedText.of("未说明", "not stated"),
				normalisation, aggregation, missing, peers, pillars);
	}

	private Component component(String path, Object node, Set<String> seen) {
		Map<?, ?> map = mapping(path, node, Set.of("code", "weight", "direction", "target"));
		String code = code(path + ".code", map.get("code"));
		Double weight = map.containsKey("weight") ? positive(path + ".weight", map.get("weight"), true) : (Double) 1.0;
		Double target = map.containsKey("target") ? positive(path + ".target", map.get("target"), true) : null;
		Direction direction = null;
		if (map.containsKey("direction")) {
			direction = choice(path + ".direction", map.get("direction"), (key) -> switch (key) {
				case "higher" -> Direction.HIGHER;
				case "lower" -> Direction.LOWER;
				default -> null;
			}, "higher, lower");
		}
		if (code == null) {
			return null;
		}
		Optional<Indicator> indicator = this.plan.findIndicator(code);
		if (indicator.isEmpty()) {
			problem(path + ".code", "规划中没有该指标:" + code, "the plan has no indicator " + code);
			return null;
		}
		if (!seen.add(code)) {
			problem(path + ".code", "同一指数中指标重复:" + code, "indicator used twice in one index: " + code);
		}
		if (direction == null && !map.containsKey("direction")) {
			direction = indicator.get().direction();
			if (direction == Direction.RANGE) {
				problem(path + ".direction", "该指标按区间评估,请写明 direction: higher 或 lower",
						"the indicator is judged within a band: state direction: higher or lower");
				return null;
			}
		}
		if (direction == null || weight == null || (map.containsKey("target") && target == null)) {
			return null;
		}
		return new Component(code, indicator.get().name(), direction, weight, target);
	}

	private Map<?, ?> mapping(String path, Object node, Set<String> keys) {
		if (!(node instanceof Map<?, ?> map)) {
			problem(path.isEmpty() ? "/" : path, "应为映射(键: 值)", "must be a mapping (key: value)");
			return Map.of();
		}
		for (Object key : map.keySet()) {
			if (!keys.contains(String.valueOf(key))) {
				problem(join(path, String.valueOf(key)), "未知的键:" + key + "(可用:" + String.join(", ", keys) + ")",
						"unknown key " + key + " (known: " + String.join(", ", keys) + ")");
			}
		}
		return new LinkedHashMap<>(map);
	}

	private List<?> list(String path, Object node, boolean required) {
		if (node == null) {
			if (required) {
				problem(path, "缺少此项(应为列表)", "missing (a list)");
			}
			return List.of();
		}
		if (!(node instanceof List<?> list)) {
			problem(path, "应为列表", "must be a list");
			return List.of();
		}
		if (required && list.isEmpty()) {
			problem(path, "列表不能为空", "the list must not be empty");
		}
		return list;
	}

	private String code(String path, Object node) {
		if (!(node instanceof String text) || !CODE.matcher(text).matches()) {
			problem(path, "应为代码(大写字母、数字、下划线):" + node,
					"must be a code (capital letters, digits, underscores): " + node);
			return null;
		}
		return text;
	}

	private LocalizedText text(String path, Object node, boolean required) {
		if (node == null && !required) {
			return null;
		}
		if (node instanceof Map<?, ?> map && map.get("zh") instanceof String zh && map.get("en") instanceof String en
				&& !zh.isBlank() && !en.isBlank() && map.size() == 2) {
			return LocalizedText.of(zh, en);
		}
		problem(path, "应为 {zh: 中文, en: English}", "must be {zh: Chinese, en: English}");
		return null;
	}

	private Double positive(String path, Object node, boolean required) {
		if (node instanceof Number number && number.doubleValue() > 0 && Double.isFinite(number.doubleValue())) {
			return number.doubleValue();
		}
		if (node != null || required) {
			problem(path, "应为正数:" + node, "must be a positive number: " + node);
		}
		return null;
	}

	private <E extends Enum<E> & Choice> E choice(String path, Object node, Class<E> type) {
		return choice(path, node, (key) -> Choice.find(type, key), Choice.words(type));
	}

	private <T> T choice(String path, Object node, java.util.function.Function<String, T> parse, String allowed) {
		T value = (node instanceof String text) ? parse.apply(text) : null;
		if (value == null) {
			problem(path, "应为以下之一:" + allowed + "(实为 " + node + ")",
					"must be one of " + allowed + " (not " + node + ")");
		}
		return value;
	}

	private void problem(String path, String zh, String en) {
		this.problems.add(new PackProblem(FILE, path, zh, en));
	}

	private static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

}
