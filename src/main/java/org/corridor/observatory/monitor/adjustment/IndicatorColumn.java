package org.corridor.observatory.monitor.adjustment;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of the indicator table (表1) as a workbook and as the page's form: one row
 * per indicator, with names where the pack has codes (category, goal) and words where it
 * has keys (direction, attribute, frequency).
 */
public enum IndicatorColumn implements Column {

	CODE(Spec.of("指标代码", "Code", true, "大写字母、数字和下划线；已有代码即修改该指标，新代码即新增指标",
			"upper-case letters, digits and underscores; an existing code changes that indicator, a new one adds one",
			"DIGITAL_CORE_REVENUE"), "code"),

	NAME_ZH(Spec.of("指标名称", "Name in Chinese", true, "中文名称", "the name in Chinese", "数字经济核心产业营业收入").limitedTo(200),
			"name"),

	NAME_EN(Spec
		.of("英文名称", "Name in English", true, "英文名称", "the name in English",
				"Digital-economy core industry operating revenue")
		.limitedTo(300), "name"),

	UNIT_ZH(Spec.of("单位", "Unit in Chinese", true, "中文单位", "the unit in Chinese", "亿元").limitedTo(50), "unit"),

	UNIT_EN(Spec.of("英文单位", "Unit in English", true, "英文单位", "the unit in English", "100 million CNY").limitedTo(100),
			"unit"),

	CATEGORY(Spec.of("类别", "Category", true, "规划中的指标类别名称（中文或英文）",
			"the plan's indicator category, by name (Chinese or English)", "数字经济"), "category"),

	GOAL(Spec.of("对应目标", "Goal", false, "可选：规划目标名称（中文或英文）", "optional: the plan's goal, by name (Chinese or English)",
			""), "goal"),

	DIRECTION(Spec.of("方向", "Direction", true, "越大越好、越小越好或区间", "higher, lower or range", "越大越好"), "direction"),

	ATTRIBUTE(Spec.of("属性", "Attribute", true, "约束性、预期性或未标明", "binding, expected or unspecified", "预期性"), "attribute"),

	BASELINE_YEAR(Spec.of("基期年", "Baseline year", false, "可选：规划给出的基期年份，早于规划期",
			"optional: the baseline year the plan states, before the plan period", "2020"), "baseline"),

	BASELINE_VALUE(Spec.of("基期值", "Baseline value", false, "可选：与基期年一起填写", "optional: with the baseline year", "4500"),
			"baseline"),

	TARGETS(Spec.of("目标值", "Targets", true, "每个目标写作“年份 比较符 数值”，多个目标用分号隔开；比较符 > ≥ < ≤ = ≈，区间写作“年份 下限–上限”",
			"each target as 'year comparator value', several separated by semicolons; comparators > ≥ < ≤ = ≈, a band as 'year min–max'",
			"2025 ≥ 10000；2035 > 20000"), "targets"),

	FREQUENCY(Spec.of("频率", "Frequency", true, "每年或一次", "annual or once", "每年"), "frequency"),

	TABLE(Spec.of("所属规划表", "Plan table", false, "可选：列出该指标的规划表，写表号（如 表1）或表名",
			"optional: the plan table that lists it, by number (such as Table 1) or name", "表1"), "table"),

	KIND(Spec.of("数值类型", "Kind", false, "个数、比重、金额或数量；不填则由单位推定（家/个/项… 个数，% 比重，…元 金额，其余数量）",
			"count, share, money or quantity; when empty, the unit implies it (家/个/项… count, % share, …元 money, else quantity)",
			"金额"), "kind"),

	CUMULATIVE(Spec.of("累计", "Cumulative", false, "是或否（不填为否）：累计数逐年不能下降",
			"yes or no (empty: no): a running total never falls", "否"), "cumulative"),

	NEGATIVE_ALLOWED(Spec.of("允许负值", "Negative allowed", false, "是或否（不填为否）：允许负数（亏损、下降）",
			"yes or no (empty: no): a negative figure (a loss, a fall) is allowed", "否"), "negative_allowed"),

	REPORTING_UNIT_ZH(
			Spec.of("填报单位", "Reporting unit in Chinese", false, "可选，填写时需同时填写英文", "optional; with its English", "市统计局")
				.limitedTo(200),
			"reporting_unit"),

	REPORTING_UNIT_EN(
			Spec.of("英文填报单位", "Reporting unit in English", false, "可选", "optional", "Municipal Statistics Bureau")
				.limitedTo(300),
			"reporting_unit"),

	DATA_SOURCE_ZH(
			Spec.of("数据来源", "Data source in Chinese", false, "可选，填写时需同时填写英文", "optional; with its English", "统计年鉴")
				.limitedTo(200),
			"data_source"),

	DATA_SOURCE_EN(
			Spec.of("英文数据来源", "Data source in English", false, "可选", "optional", "Statistical yearbook").limitedTo(300),
			"data_source"),

	NOTE_ZH(Spec.of("备注", "Note in Chinese", false, "可选", "optional", "").limitedTo(1000), "note"),

	NOTE_EN(Spec.of("英文备注", "Note in English", false, "可选；不填则与中文相同", "optional; the Chinese note when left empty", "")
		.limitedTo(1000), "note");

	private final Spec spec;

	private final String key;

	IndicatorColumn(Spec spec, String key) {
		this.spec = spec;
		this.key = key;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return this != BASELINE_YEAR && this != BASELINE_VALUE;
	}

	/** The name of the column's field in the page's form. */
	public String field() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The key of {@code indicators.yaml} the column fills. */
	public String key() {
		return this.key;
	}

	/** The first column that fills a key of {@code indicators.yaml}, or null. */
	static IndicatorColumn forKey(String key) {
		for (IndicatorColumn column : values()) {
			if (column.key.equals(key)) {
				return column;
			}
		}
		return null;
	}

}
