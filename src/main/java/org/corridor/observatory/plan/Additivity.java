package org.corridor.observatory.plan;

import java.util.List;

/**
 * Whether an indicator's zone figures add up to the whole (可加性), so that its zone targets
 * must sum to the plan's target. A decomposition may say so ({@code additive:} in
 * {@code decomposition.yaml}); otherwise the unit decides: money (元, 万元, 亿元), counts (家,
 * 个, 项, 人, 件, 所, 座, 台, 户, 名) and areas (平方公里, 公顷, 亩) add up; shares, ratios, rates,
 * intensities and indices (%, ‰, 率, 比, 指数, any unit with a "/") and any unit not listed
 * do not.
 */
public final class Additivity {

	private static final List<String> NOT_ADDITIVE = List.of("%", "‰", "/", "率", "比", "指数");

	private static final List<String> ADDITIVE = List.of("元", "家", "个", "项", "人", "件", "所", "座", "台", "户", "名", "平方公里",
			"公顷", "亩");

	private Additivity() {
	}

	/**
	 * Whether the indicator is additive.
	 * @param indicator the indicator
	 * @param stated what the decomposition states, or null to go by the unit
	 */
	public static boolean of(Indicator indicator, Boolean stated) {
		if (stated != null) {
			return stated;
		}
		return byUnit(indicator.unit().zh());
	}

	/** Whether a unit, as the plan writes it in Chinese, is one of an additive figure. */
	public static boolean byUnit(String unit) {
		String text = (unit != null) ? unit.strip() : "";
		if (text.isEmpty() || NOT_ADDITIVE.stream().anyMatch(text::contains)) {
			return false;
		}
		return ADDITIVE.stream().anyMatch(text::endsWith);
	}

}
