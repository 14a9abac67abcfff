package org.corridor.observatory.monitor.imports;

import java.util.Locale;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of a figures file (填报文件), known by a Chinese and an English header. The
 * order in which the file places them is free.
 */
enum ObservationColumn implements Column {

	INDICATOR(Spec.of("指标代码", "indicator_code", true, "规划中的指标代码，见“指标”表。",
			"An indicator code of the plan; see the indicators sheet.", "DIGITAL_CORE_REVENUE"), 16),

	ZONE(Spec.of("空间单元代码", "zone_code", true, "规划中的空间单元代码，见“空间单元”表。", "A zone code of the plan; see the zones sheet.",
			"CORRIDOR"), 16),

	PERIOD(Spec.of("期间", "period", true, "年度，如 2023；季度或月度指标写 2023Q1、2023-03。",
			"The year, like 2023; quarterly or monthly indicators take 2023Q1, 2023-03.", "2023"), 10),

	VALUE(Spec.of("数值", "value", true, "以指标的单位填写的数值。", "The figure in the indicator's unit.", "8500.5"), 14),

	SOURCE(Spec.of("来源", "source", false, "可选：数据来源。", "Optional: where the figure comes from.", "统计年鉴").limitedTo(500),
			30),

	NOTE(Spec.of("备注", "note", false, "可选。", "Optional.", "").limitedTo(1000), 40);

	private final Spec spec;

	private final int width;

	ObservationColumn(Spec spec, int width) {
		this.spec = spec;
		this.width = width;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return this != VALUE;
	}

	public String header(Locale locale) {
		return header("zh".equals(locale.getLanguage()));
	}

	/** Width in characters of the template column. */
	int width() {
		return this.width;
	}

}
