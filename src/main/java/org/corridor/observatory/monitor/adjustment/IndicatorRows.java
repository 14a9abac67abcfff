package org.corridor.observatory.monitor.adjustment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Category;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.FigureKind;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Goal;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorEdit;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.ValueKind;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.ImportProblem;

/**
 * An indicator as a row of the indicator table (表1) and back: names for codes, words for
 * keys, targets as text ({@code 2025 ≥ 10000；2035 200–300}). Reading a row reports every
 * problem with its row, column and value.
 */
public final class IndicatorRows {

	private static final Map<Direction, LocalizedText> DIRECTIONS = Map.of(Direction.HIGHER,
			LocalizedText.of("越大越好", "higher"), Direction.LOWER, LocalizedText.of("越小越好", "lower"), Direction.RANGE,
			LocalizedText.of("区间", "range"));

	private static final Map<Attribute, LocalizedText> ATTRIBUTES = Map.of(Attribute.BINDING,
			LocalizedText.of("约束性", "binding"), Attribute.EXPECTED, LocalizedText.of("预期性", "expected"),
			Attribute.UNSPECIFIED, LocalizedText.of("未标明", "unspecified"));

	private static final Map<Frequency, LocalizedText> FREQUENCIES = Map.of(Frequency.ANNUAL,
			LocalizedText.of("每年", "annual"), Frequency.ONCE, LocalizedText.of("一次", "once"));

	private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:表|table|TABLE_)\\s*([0-9]+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Map<ValueKind, LocalizedText> KINDS = Map.of(ValueKind.COUNT, ValueKind.COUNT.label(),
			ValueKind.SHARE, ValueKind.SHARE.label(), ValueKind.MONEY, ValueKind.MONEY.label(), ValueKind.QUANTITY,
			ValueKind.QUANTITY.label());

	private enum Flag {

		YES, NO

	}

	private static final Map<Flag, LocalizedText> FLAG_WORDS = Map.of(Flag.YES, LocalizedText.of("是", "yes"), Flag.NO,
			LocalizedText.of("否", "no"));

	private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

	private static final Pattern TARGET = Pattern.compile(
			"^(\\d{4})\\s*年?\\s*[:：]?\\s*(>=|<=|≥|≤|>|<|=|≈|约)?\\s*(-?[0-9][0-9,.]*)\\s*(?:(?:–|—|~|～|至|-)\\s*(-?[0-9][0-9,.]*))?$");

	private static final Pattern TARGET_SEPARATOR = Pattern.compile("[;；\\n]+");

	private IndicatorRows() {
	}

	/** The words of a direction, attribute or frequency. */
	public static LocalizedText word(Enum<?> value) {
		if (value instanceof Direction direction) {
			return DIRECTIONS.get(direction);
		}
		if (value instanceof Attribute attribute) {
			return ATTRIBUTES.get(attribute);
		}
		if (value instanceof ValueKind kind) {
			return kind.label();
		}
		return FREQUENCIES.get((Frequency) value);
	}

	/** The row of an indicator, in Chinese or in English words and names. */
	public static Map<IndicatorColumn, String> format(Plan plan, Indicator indicator, Locale locale) {
		Map<IndicatorColumn, String> row = new EnumMap<>(IndicatorColumn.class);
		row.put(IndicatorColumn.CODE, indicator.code().value());
		row.put(IndicatorColumn.NAME_ZH, indicator.name().zh());
		row.put(IndicatorColumn.NAME_EN, indicator.name().en());
		row.put(IndicatorColumn.UNIT_ZH, indicator.unit().zh());
		row.put(IndicatorColumn.UNIT_EN, indicator.unit().en());
		row.put(IndicatorColumn.CATEGORY,
				plan.findCategory(indicator.category()).map((c) -> c.name().in(locale)).orElse(indicator.category()));
		row.put(IndicatorColumn.GOAL, (indicator.goal() != null)
				? plan.findGoal(indicator.goal()).map((g) -> g.name().in(locale)).orElse(indicator.goal()) : "");
		row.put(IndicatorColumn.DIRECTION, word(indicator.direction()).in(locale));
		row.put(IndicatorColumn.ATTRIBUTE, word(indicator.attribute()).in(locale));
		row.put(IndicatorColumn.BASELINE_YEAR,
				(indicator.baseline() != null) ? String.valueOf(indicator.baseline().year()) : "");
		row.put(IndicatorColumn.BASELINE_VALUE,
				(indicator.baseline() != null) ? indicator.baseline().value().toPlainString() : "");
		row.put(IndicatorColumn.TARGETS, targets(indicator.targets()));
		row.put(IndicatorColumn.FREQUENCY, word(indicator.frequency()).in(locale));
		row.put(IndicatorColumn.TABLE, (indicator.table() != null) ? tableName(indicator.table(), locale) : "");
		row.put(IndicatorColumn.KIND, word(indicator.figures().kind()).in(locale));
		row.put(IndicatorColumn.CUMULATIVE,
				FLAG_WORDS.get(indicator.figures().cumulative() ? Flag.YES : Flag.NO).in(locale));
		row.put(IndicatorColumn.NEGATIVE_ALLOWED,
				FLAG_WORDS.get(indicator.figures().negativeAllowed() ? Flag.YES : Flag.NO).in(locale));
		row.put(IndicatorColumn.REPORTING_UNIT_ZH, zh(indicator.reportingUnit()));
		row.put(IndicatorColumn.REPORTING_UNIT_EN, en(indicator.reportingUnit()));
		row.put(IndicatorColumn.DATA_SOURCE_ZH, zh(indicator.dataSource()));
		row.put(IndicatorColumn.DATA_SOURCE_EN, en(indicator.dataSource()));
		row.put(IndicatorColumn.NOTE_ZH, zh(indicator.note()));
		row.put(IndicatorColumn.NOTE_EN, en(indicator.note()));
		return row;
	}

	/**
	 * The row with its figures in one scale (10000 and 10000.0 alike), so that a row read
	 * back from a workbook compares equal to the indicator it was written from.
	 */
	static IndicatorEdit normalised(IndicatorEdit edit) {
		Baseline baseline = (edit.baseline() != null)
				? new Baseline(edit.baseline().year(), edit.baseline().value().stripTrailingZeros()) : null;
		List<Target> targets = edit.targets()
			.stream()
			.map((t) -> new Target(t.year(), t.comparator(), t.value().stripTrailingZeros(),
					(t.upper() != null) ? t.upper().stripTrailingZeros() : null))
			.toList();
		return new IndicatorEdit(edit.code(), edit.name(), edit.unit(), edit.category(), edit.goal(), edit.direction(),
				edit.attribute(), baseline, targets, edit.frequency(), edit.reportingUnit(), edit.dataSource(),
				edit.note(), edit.table(), edit.figures());
	}

	/**
	 * A plan table as the workbook writes it: 表1 / Table 1 for a code {@code TABLE_1},
	 * else the code.
	 */
	public static String tableName(String code, Locale locale) {
		Matcher number = TABLE_NUMBER.matcher(code);
		if (number.matches()) {
			return ("zh".equals(locale.getLanguage()) ? "表" : "Table ") + number.group(1);
		}
		return code;
	}

	/** The words of no and yes, in that order. */
	public static List<String> flags(Locale locale) {
		return List.of(FLAG_WORDS.get(Flag.NO).in(locale), FLAG_WORDS.get(Flag.YES).in(locale));
	}

	/** Targets as the table writes them: {@code 2025 ≥ 10000；2035 200–300}. */
	public static String targets(List<Target> targets) {
		List<String> parts = new ArrayList<>();
		for (Target target : targets) {
			parts.add(target.year() + " " + target.describe());
		}
		return String.join("；", parts);
	}

	private static String zh(LocalizedText text) {
		return (text != null) ? text.zh() : "";
	}

	private static String en(LocalizedText text) {
		return (text != null) ? text.en() : "";
	}

	/**
	 * Reads a row; null when it has a problem, every one of them added to
	 * {@code problems}.
	 * @param cell the text of a column in the row
	 * @param row the row number problems name (0 for the page's form)
	 * @param header the header problems name a column by
	 */
	static IndicatorEdit parse(Plan plan, Function<IndicatorColumn, String> cell, int row,
			Function<IndicatorColumn, String> header, List<ImportProblem> problems) {
		Reader reader = new Reader(cell, row, header, problems);
		return reader.read(plan);
	}

	private static final class Reader {

		private final Function<IndicatorColumn, String> cell;

		private final int row;

		private final Function<IndicatorColumn, String> header;

		private final List<ImportProblem> problems;

		private boolean failed;

		Reader(Function<IndicatorColumn, String> cell, int row, Function<IndicatorColumn, String> header,
				List<ImportProblem> problems) {
			this.cell = cell;
			this.row = row;
			this.header = header;
			this.problems = problems;
		}

		IndicatorEdit read(Plan plan) {
			String code = text(IndicatorColumn.CODE, true);
			if (code != null) {
				code = Cells.foldUpper(code);
				if (!CODE.matcher(code).matches()) {
					problem(IndicatorColumn.CODE, code, "代码应为大写字母、数字和下划线，以字母开头",
							"a code is upper-case letters, digits and underscores, starting with a letter");
				}
			}
			LocalizedText name = pair(IndicatorColumn.NAME_ZH, IndicatorColumn.NAME_EN, true);
			LocalizedText unit = pair(IndicatorColumn.UNIT_ZH, IndicatorColumn.UNIT_EN, true);
			String category = category(plan);
			String goal = goal(plan);
			Direction direction = word(IndicatorColumn.DIRECTION, DIRECTIONS, Direction.class);
			Attribute attribute = word(IndicatorColumn.ATTRIBUTE, ATTRIBUTES, Attribute.class);
			Frequency frequency = word(IndicatorColumn.FREQUENCY, FREQUENCIES, Frequency.class);
			Baseline baseline = baseline();
			List<Target> targets = targets();
			LocalizedText reporting = pair(IndicatorColumn.REPORTING_UNIT_ZH, IndicatorColumn.REPORTING_UNIT_EN, false);
			LocalizedText source = pair(IndicatorColumn.DATA_SOURCE_ZH, IndicatorColumn.DATA_SOURCE_EN, false);
			LocalizedText note = note();
			String table = table(plan);
			ValueKind kind = optionalWord(IndicatorColumn.KIND, KINDS, ValueKind.class);
			boolean cumulative = optionalWord(IndicatorColumn.CUMULATIVE, FLAG_WORDS, Flag.class) == Flag.YES;
			boolean negative = optionalWord(IndicatorColumn.NEGATIVE_ALLOWED, FLAG_WORDS, Flag.class) == Flag.YES;
			if (this.failed) {
				return null;
			}
			return new IndicatorEdit(code, name, unit, category, goal, direction, attribute, baseline, targets,
					frequency, reporting, source, note, table,
					new FigureKind((kind != null) ? kind : ValueKind.fromUnit(unit), cumulative, negative));
		}

		/** The plan table, by number (表1, Table 1), name or code. */
		private String table(Plan plan) {
			String text = text(IndicatorColumn.TABLE, false);
			if (text == null) {
				return null;
			}
			Matcher number = TABLE_NUMBER.matcher(text.replace(" ", ""));
			for (Item table : plan.listItems(ItemKind.TABLE)) {
				Matcher own = TABLE_NUMBER.matcher(table.code());
				boolean sameNumber = number.matches() && own.matches() && number.group(1).equals(own.group(1));
				if (sameNumber || matches(text, table.code(), table.name())) {
					return table.code();
				}
			}
			List<String> known = plan.listItems(ItemKind.TABLE)
				.stream()
				.map((t) -> tableName(t.code(), Locale.CHINESE))
				.toList();
			problem(IndicatorColumn.TABLE, text, "规划中没有这张表" + (known.isEmpty() ? "" : "，可选：" + String.join("、", known)),
					"the plan has no such table" + (known.isEmpty() ? ""
							: "; the tables are " + String.join(", ",
									plan.listItems(ItemKind.TABLE)
										.stream()
										.map((t) -> tableName(t.code(), Locale.ENGLISH))
										.toList())));
			return null;
		}

		private <E extends Enum<E>> E optionalWord(IndicatorColumn column, Map<E, LocalizedText> words, Class<E> type) {
			String text = this.cell.apply(column);
			if (text == null || Cells.clean(text).strip().isEmpty()) {
				return null;
			}
			return word(column, words, type);
		}

		private String text(IndicatorColumn column, boolean required) {
			String text = this.cell.apply(column);
			text = (text != null) ? Cells.clean(text).strip() : "";
			if (text.isEmpty()) {
				if (required) {
					problem(column, "", "必填", "required");
				}
				return null;
			}
			if (column.maxLength() > 0 && text.codePointCount(0, text.length()) > column.maxLength()) {
				problem(column, text, "超过 " + column.maxLength() + " 个字符",
						"longer than " + column.maxLength() + " characters");
				return null;
			}
			return text;
		}

		private LocalizedText pair(IndicatorColumn zhColumn, IndicatorColumn enColumn, boolean required) {
			String zh = text(zhColumn, required);
			String en = text(enColumn, required);
			if (!required && (zh == null) != (en == null)) {
				IndicatorColumn missing = (zh == null) ? zhColumn : enColumn;
				problem(missing, "", "中文和英文应同时填写", "give both the Chinese and the English");
				return null;
			}
			return (zh != null && en != null) ? LocalizedText.of(zh, en) : null;
		}

		private LocalizedText note() {
			String zh = text(IndicatorColumn.NOTE_ZH, false);
			String en = text(IndicatorColumn.NOTE_EN, false);
			if (zh == null && en == null) {
				return null;
			}
			return LocalizedText.of((zh != null) ? zh : en, (en != null) ? en : zh);
		}

		private String category(Plan plan) {
			String text = text(IndicatorColumn.CATEGORY, true);
			if (text == null) {
				return null;
			}
			for (Category category : plan.listCategories()) {
				if (matches(text, category.code(), category.name())) {
					return category.code();
				}
			}
			List<String> names = plan.listCategories().stream().map((c) -> c.name().zh()).toList();
			problem(IndicatorColumn.CATEGORY, text, "没有这个类别，可选：" + String.join("、", names),
					"no such category; the categories are "
							+ String.join(", ", plan.listCategories().stream().map((c) -> c.name().en()).toList()));
			return null;
		}

		private String goal(Plan plan) {
			String text = text(IndicatorColumn.GOAL, false);
			if (text == null) {
				return null;
			}
			for (Goal goal : plan.listGoals()) {
				if (matches(text, goal.code(), goal.name())) {
					return goal.code();
				}
			}
			problem(IndicatorColumn.GOAL, text, "规划中没有这个目标", "the plan has no such goal");
			return null;
		}

		private static boolean matches(String text, String code, LocalizedText name) {
			return text.equalsIgnoreCase(code) || text.equals(name.zh()) || text.equalsIgnoreCase(name.en());
		}

		private <E extends Enum<E>> E word(IndicatorColumn column, Map<E, LocalizedText> words, Class<E> type) {
			String text = text(column, true);
			if (text == null) {
				return null;
			}
			for (E value : type.getEnumConstants()) {
				LocalizedText word = words.get(value);
				if (text.equals(word.zh()) || text.equalsIgnoreCase(word.en()) || text.equalsIgnoreCase(value.name())) {
					return value;
				}
			}
			List<E> all = List.of(type.getEnumConstants());
			problem(column, text, "应为 " + String.join("、", all.stream().map((v) -> words.get(v).zh()).toList()),
					"must be " + String.join(", ", all.stream().map((v) -> words.get(v).en()).toList()));
			return null;
		}

		private Baseline baseline() {
			String yearText = text(IndicatorColumn.BASELINE_YEAR, false);
			String valueText = text(IndicatorColumn.BASELINE_VALUE, false);
			if (yearText == null && valueText == null) {
				return null;
			}
			if (yearText == null || valueText == null) {
				IndicatorColumn missing = (yearText == null) ? IndicatorColumn.BASELINE_YEAR
						: IndicatorColumn.BASELINE_VALUE;
				problem(missing, "", "基期年和基期值应同时填写", "give both the baseline year and its value");
				return null;
			}
			Integer year = year(IndicatorColumn.BASELINE_YEAR, yearText);
			BigDecimal value = number(IndicatorColumn.BASELINE_VALUE, valueText, valueText);
			return (year != null && value != null) ? new Baseline(year, value) : null;
		}

		private List<Target> targets() {
			String text = text(IndicatorColumn.TARGETS, true);
			List<Target> targets = new ArrayList<>();
			if (text == null) {
				return targets;
			}
			for (String part : TARGET_SEPARATOR.split(text)) {
				String entry = Cells.clean(part).strip();
				if (entry.isEmpty()) {
					continue;
				}
				Matcher m = TARGET.matcher(entry.replace('＞', '>').replace('＜', '<').replace('＝', '='));
				if (!m.matches() || (m.group(2) != null) == (m.group(4) != null)) {
					problem(IndicatorColumn.TARGETS, entry, "目标应写作“年份 比较符 数值”或“年份 下限–上限”",
							"a target is 'year comparator value' or 'year min–max'");
					continue;
				}
				Integer year = year(IndicatorColumn.TARGETS, m.group(1));
				BigDecimal value = number(IndicatorColumn.TARGETS, m.group(3), entry);
				if (m.group(4) != null) {
					BigDecimal upper = number(IndicatorColumn.TARGETS, m.group(4), entry);
					if (year != null && value != null && upper != null) {
						targets.add(new Target(year, Comparator.BETWEEN, value, upper));
					}
					continue;
				}
				Comparator comparator = switch (m.group(2)) {
					case ">" -> Comparator.GT;
					case ">=", "≥" -> Comparator.GE;
					case "<" -> Comparator.LT;
					case "<=", "≤" -> Comparator.LE;
					case "=" -> Comparator.EQ;
					default -> Comparator.APPROX;
				};
				if (year != null && value != null) {
					targets.add(new Target(year, comparator, value, null));
				}
			}
			targets.sort(java.util.Comparator.comparingInt(Target::year));
			return targets;
		}

		private Integer year(IndicatorColumn column, String text) {
			try {
				int year = new BigDecimal(text.replace(",", "")).intValueExact();
				if (year >= 1949 && year <= 2100) {
					return year;
				}
			}
			catch (ArithmeticException | NumberFormatException ex) {
				// reported below
			}
			problem(column, text, "年份应为 1949 至 2100 之间的整数", "a year is a whole number from 1949 to 2100");
			return null;
		}

		private BigDecimal number(IndicatorColumn column, String text, String shown) {
			try {
				return new BigDecimal(text.replace(",", "").replace("，", ""));
			}
			catch (NumberFormatException ex) {
				problem(column, shown, "应为数值", "must be a number");
				return null;
			}
		}

		private void problem(IndicatorColumn column, String value, String zh, String en) {
			this.failed = true;
			this.problems.add(new ImportProblem(this.row, this.header.apply(column), value, zh, en));
		}

	}

}
