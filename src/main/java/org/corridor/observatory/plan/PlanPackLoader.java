package org.corridor.observatory.plan;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>
 * The loader opens the files and hands each to its reader ({@link PlanHeaderReader},
 * {@link SourceTextReader}, {@link GoalReader}, {@link IndicatorReader},
 * {@link ZoneReader}, {@link PlatformReader}, {@link DomainReader},
 * {@link IndustryReader}, {@link ProgrammeReader}, {@link GeometryReader},
 * {@link DecompositionReader}, {@link RuleReader}); the readers note codes, references
 * and quotes in {@link CrossReferences}, which the loader checks once every file is read.
 */
public final class PlanPackLoader {

	public static final String FORMAT = "observatory-plan-pack/1";

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private final PackFiles files;

	private final Problems problems = new Problems();

	private final CrossReferences codes = new CrossReferences();

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
		PlanHeaderReader.PlanFile planFile = new PlanHeaderReader(this.codes).read(yaml(PlanHeaderReader.FILE, true));
		PlanHeader header = planFile.header();
		String sourceText = new SourceTextReader(this.files, this.problems).read(planFile.sourceFile());
		List<Goal> goals = new GoalReader(this.codes, header).read(yaml(GoalReader.FILE, true));
		IndicatorReader.Indicators indicators = new IndicatorReader(this.codes, header)
			.read(yaml(IndicatorReader.FILE, true));
		List<Zone> zones = new ZoneReader(this.codes).read(yaml(ZoneReader.FILE, true));
		List<Item> items = new ArrayList<>(planFile.tables());
		items.addAll(new PlatformReader(this.codes).read(yaml(PlatformReader.FILE, false)));
		items.addAll(new DomainReader(this.codes).read(yaml(DomainReader.FILE, false)));
		items.addAll(new IndustryReader(this.codes).read(yaml(IndustryReader.FILE, false)));
		items.addAll(new ProgrammeReader(this.codes).read(yaml(ProgrammeReader.FILE, false)));
		PlanGeometry geometry = new GeometryReader(this.codes).read(yaml(GeometryReader.FILE, false));
		Decomposition decomposition = new DecompositionReader(this.codes, header, indicators.indicators(), zones)
			.read(yaml(DecompositionReader.FILE, false));
		List<FigureRule> rules = new RuleReader(this.codes).read(yaml(RuleReader.FILE, false));
		checkReferences();
		checkQuotes(sourceText);
		if (!this.problems.isEmpty() || header == null) {
			throw new InvalidPlanPackException(this.files.location(), this.problems.list());
		}
		return new Plan(header, goals, indicators.categories(), indicators.indicators(), zones, items, geometry,
				sourceText, decomposition, rules);
	}

	/**
	 * Opens a YAML file of the pack; an empty mapping when it is missing or unreadable.
	 */
	private Node yaml(String name, boolean required) {
		Optional<byte[]> bytes = this.files.read(name);
		if (bytes.isEmpty()) {
			if (required) {
				this.problems.add(name, "/", "缺少必需的文件", "required file is missing");
			}
			return Node.root(name, Map.of(), this.problems);
		}
		return parse(name, bytes.get(), this.problems);
	}

	/**
	 * Parses the bytes of a YAML file: strict UTF-8, no duplicate keys; an empty mapping,
	 * with the problem reported, when that fails.
	 */
	static Node parse(String name, byte[] bytes, Problems problems) {
		try {
			String text = PackFiles.utf8(bytes);
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			Object parsed = new Yaml(new SafeConstructor(options)).load(text);
			return Node.root(name, (parsed != null) ? parsed : Map.of(), problems);
		}
		catch (CharacterCodingException ex) {
			problems.add(name, "/", "文件不是 UTF-8 编码", "the file is not UTF-8 encoded");
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			problems.add(name, "line " + line, "YAML 语法错误:" + ex.getProblem(), "YAML syntax error: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			problems.add(name, "/", "YAML 错误:" + ex.getMessage(), "YAML error: " + ex.getMessage());
		}
		return Node.root(name, Map.of(), problems);
	}

	/** Reports every reference to a code no file declares as its kind. */
	private void checkReferences() {
		for (CrossReferences.Reference reference : this.codes.references()) {
			if (!this.codes.declared(reference.kind(), reference.code())) {
				this.problems.add(reference.file(), reference.path(),
						"引用了不存在的" + reference.kind() + "代码 " + reference.code(),
						"no " + reference.kind() + " with code " + reference.code());
			}
		}
	}

	/**
	 * Reports every quote that does not occur in the plan text, white space ignored;
	 * nothing when the text is empty (its absence is reported already).
	 */
	private void checkQuotes(String sourceText) {
		String haystack = WHITESPACE.matcher(sourceText).replaceAll("");
		if (haystack.isEmpty()) {
			return;
		}
		for (CrossReferences.Quote quote : this.codes.quotes()) {
			if (!haystack.contains(WHITESPACE.matcher(quote.text()).replaceAll(""))) {
				this.problems.add(quote.file(), quote.path(), "出处引文不在规划原文中:“" + quote.text() + "”",
						"the source quote does not occur in the plan text: '" + quote.text() + "'");
			}
		}
	}

}
