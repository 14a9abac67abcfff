package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.RuleOperator;
import org.corridor.observatory.plan.Severity;
import org.corridor.observatory.plan.ZoneSet;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.Numbers;

/**
 * A rule as typed on the rules page, sent to the API or written in a row of the rules
 * sheet: text per column, checked against the plan into a rule, every problem located
 * (row, column, value, 中文/English).
 */
public final class RuleInput {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	private final Map<RuleColumn, String> cells = new EnumMap<>(RuleColumn.class);

	public RuleInput set(RuleColumn column, String value) {
		this.cells.put(column, (value != null) ? value.strip() : "");
		return this;
	}

	/** The input of a form or request, by the columns' English names. */
	public static RuleInput of(Map<String, String> fields) {
		RuleInput input = new RuleInput();
		for (RuleColumn column : RuleColumn.values()) {
			input.set(column, fields.get(column.en()));
		}
		return input;
	}

	/** The input that gives {@code rule} back. */
	public static RuleInput of(FigureRule rule) {
		return new RuleInput().set(RuleColumn.CODE, rule.code())
			.set(RuleColumn.NAME_ZH, rule.name().zh())
			.set(RuleColumn.NAME_EN, rule.name().en())
			.set(RuleColumn.LEFT_INDICATOR, rule.left().indicator())
			.set(RuleColumn.LEFT_ZONES, rule.left().zones().toString())
			.set(RuleColumn.LEFT_YEAR_OFFSET, Integer.toString(rule.left().yearOffset()))
			.set(RuleColumn.OPERATOR, rule.operator().zh())
			.set(RuleColumn.RIGHT_INDICATOR, rule.right().indicator())
			.set(RuleColumn.RIGHT_ZONES, rule.right().zones().toString())
			.set(RuleColumn.RIGHT_YEAR_OFFSET, Integer.toString(rule.right().yearOffset()))
			.set(RuleColumn.TOLERANCE, rule.tolerancePercent().stripTrailingZeros().toPlainString())
			.set(RuleColumn.SEVERITY, rule.severity().zh())
			.set(RuleColumn.ENABLED, rule.enabled() ? "是" : "否");
	}

	public String get(RuleColumn column) {
		return this.cells.getOrDefault(column, "");
	}

	/**
	 * The rule, or null when a cell is wrong; each problem is added at {@code row} (0 for
	 * a form).
	 */
	public FigureRule check(Plan plan, int row, List<ImportProblem> problems) {
		int before = problems.size();
		for (RuleColumn column : RuleColumn.values()) {
			if (column.required() && get(column).isEmpty()) {
				problem(problems, row, column, "必填项为空", "required value is empty");
			}
			else if (column.maxLength() > 0 && get(column).length() > column.maxLength()) {
				problem(problems, row, column, "内容过长，最多 " + column.maxLength() + " 个字符",
						"too long: at most " + column.maxLength() + " characters");
			}
		}
		if (problems.size() > before) {
			return null;
		}
		if (!CODE.matcher(get(RuleColumn.CODE)).matches()) {
			problem(problems, row, RuleColumn.CODE, "代码应为大写字母开头的大写字母、数字和下划线",
					"the code must be upper-case letters, digits and underscores, starting with a letter");
		}
		FigureRule.Side left = side(plan, row, problems, RuleColumn.LEFT_INDICATOR, RuleColumn.LEFT_ZONES,
				RuleColumn.LEFT_YEAR_OFFSET);
		FigureRule.Side right = side(plan, row, problems, RuleColumn.RIGHT_INDICATOR, RuleColumn.RIGHT_ZONES,
				RuleColumn.RIGHT_YEAR_OFFSET);
		RuleOperator operator = null;
		try {
			operator = RuleOperator.parse(get(RuleColumn.OPERATOR));
		}
		catch (IllegalArgumentException ex) {
			problem(problems, row, RuleColumn.OPERATOR, "运算符应为 ≤ ≥ = ≈（或 le ge eq approx）",
					"the operator must be ≤ ≥ = ≈ (or le ge eq approx)");
		}
		BigDecimal tolerance = BigDecimal.ZERO;
		if (!get(RuleColumn.TOLERANCE).isEmpty()) {
			tolerance = Numbers.value(get(RuleColumn.TOLERANCE),
					(zh, en) -> problem(problems, row, RuleColumn.TOLERANCE, zh, en));
			if (tolerance != null && tolerance.signum() < 0) {
				problem(problems, row, RuleColumn.TOLERANCE, "容差不能为负数", "the tolerance cannot be negative");
			}
		}
		Severity severity = severity(get(RuleColumn.SEVERITY));
		if (severity == null) {
			problem(problems, row, RuleColumn.SEVERITY, "严重程度应为“错误”或“警告”", "the severity must be error or warning");
		}
		Boolean enabled = yesNo(get(RuleColumn.ENABLED));
		if (enabled == null) {
			problem(problems, row, RuleColumn.ENABLED, "应为“是”或“否”", "must be yes or no");
		}
		if (problems.size() > before) {
			return null;
		}
		return new FigureRule(get(RuleColumn.CODE), LocalizedText.of(get(RuleColumn.NAME_ZH), get(RuleColumn.NAME_EN)),
				left, operator, right, tolerance, severity, enabled);
	}

	private FigureRule.Side side(Plan plan, int row, List<ImportProblem> problems, RuleColumn indicatorColumn,
			RuleColumn zonesColumn, RuleColumn offsetColumn) {
		String indicator = get(indicatorColumn);
		boolean good = true;
		if (plan.findIndicator(indicator).isEmpty()) {
			problem(problems, row, indicatorColumn, "指标代码 " + indicator + " 不在规划中",
					"indicator code " + indicator + " is not in the plan");
			good = false;
		}
		ZoneSet zones = null;
		try {
			zones = ZoneSet.parse(get(zonesColumn));
			List<String> named = (zones.zone() != null) ? List.of(zones.zone()) : zones.zones();
			for (String zone : named) {
				if (plan.findZone(zone).isEmpty()) {
					problem(problems, row, zonesColumn, "空间单元代码 " + zone + " 不在规划中",
							"zone code " + zone + " is not in the plan");
					good = false;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			problem(problems, row, zonesColumn, "应为 *、空间单元代码、sum:层级（如 sum:district）或 sum:代码,代码",
					"must be *, a zone code, sum:level (such as sum:district) or sum:CODE,CODE");
			good = false;
		}
		int offset = 0;
		String written = get(offsetColumn);
		if (!written.isEmpty()) {
			try {
				offset = Integer.parseInt(written.replace("+", ""));
				if (Math.abs(offset) > 10) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				problem(problems, row, offsetColumn, "年份偏移应为 -10 到 10 之间的整数",
						"the year offset must be a whole number from -10 to 10");
				good = false;
			}
		}
		return good ? new FigureRule.Side(indicator, zones, offset) : null;
	}

	private static Severity severity(String text) {
		for (Severity severity : Severity.values()) {
			if (severity.zh().equals(text) || severity.name().equalsIgnoreCase(text)) {
				return severity;
			}
		}
		return null;
	}

	private static Boolean yesNo(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "", "是", "yes", "true", "1", "on" -> true;
			case "否", "no", "false", "0", "off" -> false;
			default -> null;
		};
	}

	private void problem(List<ImportProblem> problems, int row, RuleColumn column, String zh, String en) {
		problems.add(new ImportProblem(row, column.en(), get(column), zh, en));
	}

}
