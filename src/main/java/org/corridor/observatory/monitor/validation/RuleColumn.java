package org.corridor.observatory.monitor.validation;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of the rules sheet (校验规则表), downloaded and uploaded by the administrator;
 * the same names are the fields of the rules page's form and of the API.
 */
public enum RuleColumn implements Column {

	CODE(Spec.of("规则代码", "code", true, "大写字母、数字、下划线", "upper-case letters, digits, underscores", "RD_WITHIN_REVENUE")),

	NAME_ZH(Spec.of("名称", "name_zh", true, "中文名称", "name in Chinese", "研发投入不超过营业收入").limitedTo(200)),

	NAME_EN(Spec.of("英文名称", "name_en", true, "英文名称", "name in English", "R&D within revenue").limitedTo(200)),

	LEFT_INDICATOR(Spec.of("左侧指标", "left_indicator", true, "指标代码", "indicator code", "DIGITAL_CORE_REVENUE")),

	LEFT_ZONES(Spec
		.of("左侧空间单元", "left_zones", false, "* 逐个单元；代码；sum:district；sum:XIHU,YUHANG",
				"* each zone; a code; sum:district; sum:XIHU,YUHANG", "sum:district")
		.limitedTo(500)),

	LEFT_YEAR_OFFSET(
			Spec.of("左侧年份偏移", "left_year_offset", false, "0 为当年，-1 为上年", "0 the same year, -1 the year before", "0")),

	OPERATOR(Spec.of("运算符", "operator", true, "≤ ≥ = ≈（le ge eq approx）", "≤ ≥ = ≈ (le ge eq approx)", "≈")),

	RIGHT_INDICATOR(Spec.of("右侧指标", "right_indicator", true, "指标代码", "indicator code", "DIGITAL_CORE_REVENUE")),

	RIGHT_ZONES(Spec.of("右侧空间单元", "right_zones", false, "同左侧", "as the left side", "CORRIDOR").limitedTo(500)),

	RIGHT_YEAR_OFFSET(Spec.of("右侧年份偏移", "right_year_offset", false, "同左侧", "as the left side", "0")),

	TOLERANCE(Spec.of("容差（%）", "tolerance_percent", false, "仅用于 ≈", "for ≈ only", "2")),

	SEVERITY(Spec.of("严重程度", "severity", true, "错误 / 警告（error / warning）", "error / warning", "警告")),

	ENABLED(Spec.of("启用", "enabled", false, "是 / 否（默认是）", "yes / no (yes by default)", "是"));

	private final Spec spec;

	RuleColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return true;
	}

}
