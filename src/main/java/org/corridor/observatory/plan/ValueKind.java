package org.corridor.observatory.plan;

import java.util.Set;

/**
 * What kind of number an indicator's figure is (数值类型), which bounds what a figure may be:
 * a count (个数) is whole, a share (比重) lies within 0–100 %, an amount of money (金额) and a
 * count are not negative unless the indicator says so. A quantity (数量) is any other
 * measure (area, intensity, ratio) and has no bound of its own.
 */
public enum ValueKind implements HasLabel {

	COUNT("个数", "count"), SHARE("比重", "share"), MONEY("金额", "money"), QUANTITY("数量", "quantity");

	private static final Set<String> COUNT_UNITS = Set.of("家", "个", "项", "人", "件", "所", "座", "名", "户", "次", "处");

	private final LocalizedText label;

	ValueKind(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	/**
	 * The kind a unit implies when the pack does not state one: 家/个/项/人… a count, % a
	 * share, a unit of 元 (元, 万元, 亿元…, but not a ratio such as 吨/万元) money, anything else
	 * a quantity.
	 */
	public static ValueKind fromUnit(LocalizedText unit) {
		if (unit == null) {
			return QUANTITY;
		}
		String zh = unit.zh().strip();
		if (COUNT_UNITS.contains(zh)) {
			return COUNT;
		}
		if (zh.equals("%") || zh.equals("％") || unit.en().strip().equals("%")) {
			return SHARE;
		}
		if (zh.endsWith("元") && !zh.contains("/")) {
			return MONEY;
		}
		return QUANTITY;
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

}
