package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates a plan pack (format {@code observatory-plan-pack/1}, see
 * {@code docs/plan-pack-format.md}). The whole pack is checked before anything is
 * returned: syntax, required fields, value ranges, unknown keys, unique codes, references
 * between items, and that every {@code source:} quote occurs in the plan's own text.
 * Every problem is reported; a pack with any problem is refused.
 */
public final class PlanPackLoader {

	public static final String FORMAT = "observatory-plan-pack/1";

	private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

	private static final Pattern INDUSTRY = Pattern.compile("[A-T]?\\d{1,4}");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private static final Set<String> SIDES = new LinkedHashSet<>(List.of("east", "south", "west", "north"));

	private final PackFiles files;

	private final Problems problems = new Problems();

	private final Map<String, Set<String>> codes = new HashMap<>();

	private final List<Reference> references = new ArrayList<>();

	private final List<Quote> quotes = new ArrayList<>();

	private PlanPackLoader(PackFiles files) {
		this.files = files;
	}

	/** Loads the pack, or throws {@link InvalidPlanPackException} with every problem. */
	public static Plan load(PackFiles files) {
		return new PlanPackLoader(files).read();
	}

	/** Every problem of the pack; empty when it is valid. */
	public static List<PackProblem> validate(PackFiles files) {
		try {
			load(files);
			return List.of();
		}
		catch (InvalidPlanPackException ex) {
			return ex.problems();
		}
	}

	private Plan read() {
		Node planNode = yaml("plan.yaml", true);
		PlanHeader header = readHeader(planNode);
		List<Item> items = new ArrayList<>(readTables(planNode));
		String sourceName = planNode.text("source_text", true);
		planNode.finish();
		String sourceText = readSource(sourceName);

		Node goalsNode = yaml("goals.yaml", true);
		List<Goal> goals = readGoals(goalsNode, header);
		goalsNode.finish();

		Node indicatorsNode = yaml("indicators.yaml", true);
		List<Category> categories = readCategories(indicatorsNode);
		List<Indicator> indicators = readIndicators(indicatorsNode, header);
		indicatorsNode.finish();

		Node zonesNode = yaml("zones.yaml", true);
		List<Zone> zones = readZones(zonesNode);
		zonesNode.finish();

		items.addAll(new StructureReader(this).read());
		PlanGeometry geometry = new GeometryReader(this).read();
		checkReferences();
		checkQuotes(sourceText);
		if (!this.problems.isEmpty() || header == null) {
			throw new InvalidPlanPackException(this.files.location(), this.problems.list());
		}
		return new Plan(header, goals, categories, indicators, zones, items, geometry, sourceText);
	}

	Node yaml(String name, boolean required) {
		Optional<byte[]> bytes = this.files.read(name);
		if (bytes.isEmpty()) {
			if (required) {
				this.problems.add(name, "/", "缺少必需的文件", "required file is missing");
			}
			return Node.root(name, Map.of(), this.problems);
		}
		try {
			String text = PackFiles.utf8(bytes.get());
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			Object parsed = new Yaml(new SafeConstructor(options)).load(text);
			return Node.root(name, (parsed != null) ? parsed : Map.of(), this.problems);
		}
		catch (CharacterCodingException ex) {
			this.problems.add(name, "/", "文件不是 UTF-8 编码", "the file is not UTF-8 encoded");
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			this.problems.add(name, "line " + line, "YAML 语法错误:" + ex.getProblem(),
					"YAML syntax error: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			this.problems.add(name, "/", "YAML 错误:" + ex.getMessage(), "YAML error: " + ex.getMessage());
		}
		return Node.root(name, Map.of(), this.problems);
	}

	private PlanHeader readHeader(Node node) {
		String format = node.text("format", true);
		if (format != null && !FORMAT.equals(format)) {
			node.problem("format", "不支持的格式“" + format + "”,应为 " + FORMAT,
					"unsupported format '" + format + "', expected " + FORMAT);
		}
		String id = node.text("id", true);
		if (id != null && !PACK_ID.matcher(id).matches()) {
			node.problem("id", "规划包标识应为小写字母、数字和连字符", "the pack id must be lower-kebab-case");
		}
		String version = node.text("version", true);
		if (version != null && !VERSION.matcher(version).matches()) {
			node.problem("version", "版本号应为 x.y.z", "the version must be x.y.z");
		}
		LocalizedText name = node.localized("name", true);
		LocalizedText shortName = node.localized("short_name", false);
		LocalizedText document = node.localized("source_document", false);
		Node period = node.node("period", true);
		Integer start = (period != null) ? year(period, "start", true) : null;
		Integer end = (period != null) ? year(period, "end", true) : null;
		if (period != null) {
			period.finish();
		}
		Integer baseline = year(node, "baseline_year", true);
		Integer outlook = year(node, "outlook_year", true);
		List<Integer> milestones = node.integers("milestones", true);
		if (start == null || end == null || baseline == null || outlook == null || name == null || id == null
				|| version == null) {
			return null;
		}
		if (start > end) {
			node.problem("period", "规划期起始年晚于结束年", "the period starts after it ends");
			return null;
		}
		if (baseline >= start) {
			node.problem("baseline_year", "基期年应早于规划期起始年", "the baseline year must precede the period");
			return null;
		}
		if (outlook < end) {
			node.problem("outlook_year", "展望年不能早于规划期结束年", "the outlook year must not precede the period end");
			return null;
		}
		for (Integer milestone : milestones) {
			if (milestone < start || milestone > outlook) {
				node.problem("milestones", "里程碑年份 " + milestone + " 不在规划期与展望年之间",
						"milestone " + milestone + " is outside the period and outlook");
			}
		}
		return new PlanHeader(id, version, name, (shortName != null) ? shortName : name,
				(document != null) ? document : name, start, end, baseline, outlook, milestones);
	}

	private List<Item> readTables(Node planNode) {
		List<Item> tables = new ArrayList<>();
		for (Node node : planNode.nodes("tables", false)) {
			ItemDraft draft = item(node, ItemKind.TABLE);
			Object given = node.text("rows_given", true);
			draft.attributes.put("rows_given", String.valueOf(given));
			Item table = draft.build(node);
			if (table != null) {
				tables.add(table);
			}
		}
		return tables;
	}

	private String readSource(String name) {
		if (name == null) {
			return "";
		}
		Optional<byte[]> bytes = this.files.read(name);
		if (bytes.isEmpty()) {
			this.problems.add("plan.yaml", "source_text", "找不到规划原文文件 " + name,
					"source text file " + name + " is missing");
			return "";
		}
		try {
			return PackFiles.utf8(bytes.get());
		}
		catch (CharacterCodingException ex) {
			this.problems.add(name, "/", "规划原文不是 UTF-8 编码", "the source text is not UTF-8 encoded");
			return "";
		}
	}

	private List<Goal> readGoals(Node root, PlanHeader header) {
		List<Goal> goals = new ArrayList<>();
		for (Node node : root.nodes("goals", true)) {
			String code = declare(node, "GOAL");
			Integer milestone = node.integer("milestone", true);
			if (milestone != null && header != null && !header.milestones().contains(milestone)) {
				node.problem("milestone", "年份 " + milestone + " 不是规划的里程碑年份 " + header.milestones(),
						milestone + " is not one of the plan's milestones " + header.milestones());
			}
			LocalizedText name = node.localized("name", true);
			node.localized("note", false);
			String source = quote(node);
			node.finish();
			if (code != null && milestone != null && name != null) {
				goals.add(new Goal(code, milestone, name, source));
			}
		}
		return goals;
	}

	private List<Category> readCategories(Node root) {
		List<Category> categories = new ArrayList<>();
		for (Node node : root.nodes("categories", true)) {
			String code = declare(node, "CATEGORY");
			LocalizedText name = node.localized("name", true);
			node.localized("note", false);
			node.finish();
			if (code != null && name != null) {
				categories.add(new Category(code, name));
			}
		}
		return categories;
	}

	private List<Indicator> readIndicators(Node root, PlanHeader header) {
		List<Indicator> indicators = new ArrayList<>();
		for (Node node : root.nodes("indicators", true)) {
			String code = declare(node, "INDICATOR");
			LocalizedText name = node.localized("name", true);
			LocalizedText unit = node.localized("unit", true);
			String category = reference(node, "category", "CATEGORY", true);
			String goal = reference(node, "goal", "GOAL", false);
			Direction direction = node.choice("direction", Direction.class, true);
			Attribute attribute = node.choice("attribute", Attribute.class, true);
			Frequency frequency = node.choice("frequency", Frequency.class, true);
			Baseline baseline = readBaseline(node, header);
			List<Target> targets = readTargets(node, header);
			LocalizedText reportingUnit = node.localized("reporting_unit", false);
			LocalizedText dataSource = node.localized("data_source", false);
			String table = reference(node, "table", "TABLE", false);
			node.localized("note", false);
			IndicatorQuery query = readQuery(node);
			String source = quote(node);
			node.finish();
			if (code != null && name != null && unit != null && direction != null && attribute != null
					&& frequency != null) {
				indicators.add(new Indicator(new IndicatorCode(code), name, unit, category, goal, direction, attribute,
						baseline, targets, frequency, reportingUnit, dataSource, table, source, query));
			}
		}
		return indicators;
	}

	private IndicatorQuery readQuery(Node parent) {
		Node node = parent.node("query", false);
		if (node == null) {
			return null;
		}
		IndicatorQuery.Subject subject = node.choice("subject", IndicatorQuery.Subject.class, false);
		subject = (subject != null) ? subject : IndicatorQuery.Subject.FIRMS;
		IndicatorQuery.Measure measure = node.choice("measure", IndicatorQuery.Measure.class, true);
		IndicatorQuery.Figure figure = node.choice("figure", IndicatorQuery.Figure.class, false);
		String zone = reference(node, "zone", "ZONE", false);
		if (subject == IndicatorQuery.Subject.PLATFORMS) {
			return readPlatformQuery(node, measure, figure, zone);
		}
		String chain = reference(node, "chain", "CHAIN", false);
		String segment = reference(node, "segment", "SEGMENT", false);
		String tier = reference(node, "tier", "ENTERPRISE_TIER", false);
		String industry = node.text("industry", false);
		node.finish();
		if (industry != null && !INDUSTRY.matcher(industry).matches()) {
			node.problem("industry", "行业代码前缀“" + industry + "”无效(如 I65 或 65)",
					"'" + industry + "' is not an industry code prefix (such as I65 or 65)");
			industry = null;
		}
		if (measure == null) {
			return null;
		}
		if (measure == IndicatorQuery.Measure.COUNT && figure != null) {
			node.problem("figure", "计数不需要 figure", "a count takes no figure");
			return null;
		}
		if (measure != IndicatorQuery.Measure.COUNT && figure == null) {
			node.problem("figure", "求和与占比需要 figure", "sum and share need a figure");
			return null;
		}
		return new IndicatorQuery(measure, figure, chain, segment, tier, zone, industry);
	}

	/** A query over platforms: counted by type, level, status, domain and zone. */
	private IndicatorQuery readPlatformQuery(Node node, IndicatorQuery.Measure measure, IndicatorQuery.Figure figure,
			String zone) {
		List<String> types = references(node, "types", "PLATFORM_TYPE");
		String domain = reference(node, "domain", "DOMAIN", false);
		String level = node.text("level", false);
		String status = node.text("status", false);
		Integer since = year(node, "since", false);
		node.finish();
		boolean bad = false;
		if (since != null && status == null) {
			node.problem("since", "since 需与 status 同用：从哪一年起达到该状态才计入",
					"since needs a status: it is the first year in which reaching that status counts");
			bad = true;
		}
		if (level != null && PlatformLevel.of(level) == null) {
			node.problem("level", "级别“" + level + "”无效，可选：" + PlatformLevel.codes(),
					"'" + level + "' is not one of " + PlatformLevel.codes());
			bad = true;
		}
		if (status != null && PlatformStatus.of(status) == null) {
			node.problem("status", "状态“" + status + "”无效，可选：" + PlatformStatus.codes(),
					"'" + status + "' is not one of " + PlatformStatus.codes());
			bad = true;
		}
		if (figure != null || measure == IndicatorQuery.Measure.SUM) {
			node.problem((figure != null) ? "figure" : "measure", "平台只能计数（count）或求占比（share），不能求和",
					"platforms are counted (count) or shared (share), not summed");
			bad = true;
		}
		if (bad || measure == null) {
			return null;
		}
		return IndicatorQuery.platforms(measure, types, (level != null) ? PlatformLevel.of(level).code() : null,
				(status != null) ? PlatformStatus.of(status).code() : null, since, domain, zone);
	}

	private Baseline readBaseline(Node parent, PlanHeader header) {
		Node node = parent.node("baseline", false);
		if (node == null) {
			return null;
		}
		Integer year = year(node, "year", true);
		BigDecimal value = node.decimal("value", true);
		node.finish();
		if (year != null && header != null && year >= header.startYear()) {
			node.problem("year", "基期年应早于规划期", "the baseline year must precede the plan period");
		}
		return (year != null && value != null) ? new Baseline(year, value) : null;
	}

	private List<Target> readTargets(Node parent, PlanHeader header) {
		List<Target> targets = new ArrayList<>();
		int previous = Integer.MIN_VALUE;
		for (Node node : parent.nodes("targets", true)) {
			Integer year = year(node, "year", true);
			Comparator comparator = node.choice("comparator", Comparator.class, true);
			BigDecimal value = null;
			BigDecimal upper = null;
			if (comparator == Comparator.BETWEEN) {
				value = node.decimal("min", true);
				upper = node.decimal("max", true);
				if (value != null && upper != null && value.compareTo(upper) > 0) {
					node.problem("min", "区间下限大于上限", "the lower bound exceeds the upper bound");
				}
			}
			else if (comparator != null) {
				value = node.decimal("value", true);
			}
			node.localized("note", false);
			node.finish();
			if (year != null && header != null && (year < header.startYear() || year > header.outlookYear())) {
				node.problem("year", "目标年份 " + year + " 不在规划期至展望年之内",
						"target year " + year + " is outside the plan period and outlook");
			}
			if (year != null && year <= previous) {
				node.problem("year", "目标应按年份递增排列", "targets must be in increasing year order");
			}
			if (year != null) {
				previous = year;
			}
			if (year != null && comparator != null && value != null
					&& (comparator != Comparator.BETWEEN || upper != null)) {
				targets.add(new Target(year, comparator, value, upper));
			}
		}
		return targets;
	}

	private List<Zone> readZones(Node root) {
		List<String> levels = new ArrayList<>();
		for (Object level : root.list("levels", true)) {
			levels.add(String.valueOf(level));
		}
		List<Zone> zones = new ArrayList<>();
		for (Node node : root.nodes("zones", true)) {
			String code = declare(node, "ZONE");
			ZoneLevel level = node.choice("level", ZoneLevel.class, true);
			if (level != null && !levels.contains(level.key())) {
				node.problem("level", "层级“" + level.key() + "”未在 levels 中列出",
						"level '" + level.key() + "' is not listed in levels");
			}
			String parent = reference(node, "parent", "ZONE", false);
			LocalizedText name = node.localized("name", true);
			BigDecimal area = node.decimal("declared_area_km2", false);
			if (area != null && area.signum() <= 0) {
				node.problem("declared_area_km2", "面积应为正数", "the area must be positive");
			}
			Map<String, LocalizedText> landmarks = node.localizedMap("boundary_landmarks", SIDES);
			List<String> districts = references(node, "districts", "ZONE");
			String adcode = node.text("adcode", false);
			if (adcode != null && !adcode.matches("\\d{6}(\\d{3})?")) {
				node.problem("adcode", "区划代码应为 6 位或 9 位数字", "a division code has 6 or 9 digits");
			}
			node.localized("note", false);
			String source = quote(node);
			node.finish();
			if (code != null && level != null && name != null) {
				zones.add(new Zone(code, level, parent, name, area, landmarks, districts, adcode, source));
			}
		}
		checkZoneCycles(zones);
		return zones;
	}

	private void checkZoneCycles(List<Zone> zones) {
		Map<String, String> parents = new HashMap<>();
		zones.forEach((zone) -> parents.put(zone.code(), zone.parent()));
		for (Zone zone : zones) {
			Set<String> seen = new HashSet<>();
			String current = zone.code();
			while (current != null && seen.add(current)) {
				current = parents.get(current);
			}
			if (current != null) {
				this.problems.add("zones.yaml", "zones." + zone.code() + ".parent", "上级关系形成循环",
						"the parent chain loops back on itself");
			}
		}
	}

	private Integer year(Node node, String key, boolean required) {
		Integer year = node.integer(key, required);
		if (year != null && (year < 1949 || year > 2100)) {
			node.problem(key, "年份 " + year + " 不合理", "year " + year + " is not plausible");
			return null;
		}
		return year;
	}

	/** Reads the code of an item and records it, reporting duplicates within its kind. */
	String declare(Node node, String kind) {
		String code = node.code("code", true);
		if (code != null && !this.codes.computeIfAbsent(kind, (k) -> new HashSet<>()).add(code)) {
			node.problem("code", "代码 " + code + " 重复", "duplicate code " + code);
		}
		return code;
	}

	String reference(Node node, String key, String kind, boolean required) {
		String code = node.code(key, required);
		if (code != null) {
			this.references.add(new Reference(node.file(), node.path(key), kind, code));
		}
		return code;
	}

	List<String> references(Node node, String key, String kind) {
		List<String> codes = node.codes(key);
		for (int i = 0; i < codes.size(); i++) {
			this.references.add(new Reference(node.file(), node.path(key) + "[" + i + "]", kind, codes.get(i)));
		}
		return codes;
	}

	String quote(Node node) {
		String source = node.text("source", true);
		if (source != null) {
			this.quotes.add(new Quote(node.file(), node.path("source"), source));
		}
		return source;
	}

	ItemDraft item(Node node, ItemKind kind) {
		ItemDraft draft = new ItemDraft(kind, declare(node, kind.name()), node.localized("name", true));
		LocalizedText note = node.localized("note", false);
		if (note != null) {
			draft.texts.put("note", note);
		}
		return draft;
	}

	private void checkReferences() {
		for (Reference reference : this.references) {
			if (!this.codes.getOrDefault(reference.kind(), Set.of()).contains(reference.code())) {
				this.problems.add(reference.file(), reference.path(),
						"引用了不存在的" + reference.kind() + "代码 " + reference.code(),
						"no " + reference.kind() + " with code " + reference.code());
			}
		}
	}

	private void checkQuotes(String sourceText) {
		String haystack = WHITESPACE.matcher(sourceText).replaceAll("");
		if (haystack.isEmpty()) {
			return;
		}
		for (Quote quote : this.quotes) {
			if (!haystack.contains(WHITESPACE.matcher(quote.text()).replaceAll(""))) {
				this.problems.add(quote.file(), quote.path(), "出处引文不在规划原文中:“" + quote.text() + "”",
						"the source quote does not occur in the plan text: '" + quote.text() + "'");
			}
		}
	}

	private record Reference(String file, String path, String kind, String code) {
	}

	private record Quote(String file, String path, String text) {
	}

	/** An item being read; built once its kind-specific fields are in. */
	final class ItemDraft {

		final ItemKind kind;

		final String code;

		final LocalizedText name;

		final Map<String, String> attributes = new LinkedHashMap<>();

		final Map<String, LocalizedText> texts = new LinkedHashMap<>();

		final Map<String, List<String>> references = new LinkedHashMap<>();

		ItemDraft(ItemKind kind, String code, LocalizedText name) {
			this.kind = kind;
			this.code = code;
			this.name = name;
		}

		Item build(Node node) {
			String source = quote(node);
			node.finish();
			if (this.code == null || this.name == null) {
				return null;
			}
			return new Item(this.kind, this.code, this.name, this.attributes, this.texts, this.references, source);
		}

	}

}
