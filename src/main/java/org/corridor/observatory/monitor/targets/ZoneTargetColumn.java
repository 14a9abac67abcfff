package org.corridor.observatory.monitor.targets;

import java.util.List;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of a zone-target file (分解目标): one row per indicator, zone and target year
 * of the plan. The name, unit and corridor-target columns are written by the template for
 * the reader's sake and ignored on import.
 */
enum ZoneTargetColumn implements Column {

	INDICATOR(new Spec("指标代码", "indicator", true, List.of("指标"), "规划指标代码，见模板。",
			"The plan's indicator code, as in the template.", "DIGITAL_CORE_REVENUE")),

	INDICATOR_NAME(new Spec("指标名称", "indicator name", false, List.of(), "仅供阅读，导入时忽略。",
			"For reading only, ignored on import.", "数字经济核心产业营业收入")),

	UNIT(new Spec("单位", "unit", false, List.of(), "仅供阅读，导入时忽略。", "For reading only, ignored on import.", "亿元")),

	ZONE(new Spec("区域代码", "zone", true, List.of("区域"), "区域代码（如 XIHU），不能是全域。",
			"The zone code (like XIHU), not the corridor's.", "XIHU")),

	ZONE_NAME(new Spec("区域名称", "zone name", false, List.of(), "仅供阅读，导入时忽略。", "For reading only, ignored on import.",
			"西湖区")),

	TARGET_YEAR(new Spec("目标年", "target year", true, List.of("年度"), "全域有目标的年份，与全域目标同一比较方式。",
			"A year the corridor has a target in; the zone's is stated the same way.", "2025")),

	CORRIDOR_TARGET(new Spec("全域目标", "corridor target", false, List.of(), "仅供阅读，导入时忽略。",
			"For reading only, ignored on import.", "> 10000")),

	TARGET(new Spec("区域目标值", "zone target", false, List.of("目标值"), "本区目标值；区间目标填下限。留空表示不分解给本区。",
			"The zone's target; the lower bound of a band. Blank: no target for this zone.", "2600")),

	TARGET_UPPER(new Spec("区域目标上限", "zone target upper", false, List.of(), "仅区间目标填写上限。",
			"The upper bound, for a band only.", "")),

	BASE_YEAR(new Spec("基期年", "base year", false, List.of(), "本区基期年，早于规划期；与基期值一起填写。",
			"The zone's base year, before the plan period; given with the baseline.", "2020")),

	BASELINE(new Spec("区域基期值", "zone baseline", false, List.of("基期值"), "本区基期值；同一指标同一区域各行须相同。",
			"The zone's baseline; the same on every row of the indicator and zone.", "1800"));

	private final Spec spec;

	ZoneTargetColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return this == INDICATOR || this == ZONE || this == INDICATOR_NAME || this == ZONE_NAME || this == UNIT
				|| this == CORRIDOR_TARGET;
	}

}
