package org.corridor.observatory.monitor.imports;

import java.math.BigDecimal;
import java.util.function.BiConsumer;

import org.corridor.observatory.plan.FigureKind;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.ValueKind;

/**
 * The built-in checks of a figure against its indicator's kind (数值类型): a count is whole
 * and not negative, a share lies within 0–100, money is not negative unless the indicator
 * allows it. Each failure is reported once, in Chinese and English.
 */
public final class FigureChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private FigureChecks() {
	}

	/**
	 * Reports, through {@code reject}, every way {@code value} does not fit the
	 * indicator.
	 */
	public static void checkValue(Indicator indicator, BigDecimal value, BiConsumer<String, String> reject) {
		FigureKind kind = indicator.figures();
		String unit = indicator.unit().zh();
		if (kind.nonNegative() && value.signum() < 0) {
			reject.accept(
					"指标 " + indicator.code() + " 为" + kind.kind().zh() + "（单位：" + unit + "），不能为负数："
							+ value.toPlainString(),
					"indicator " + indicator.code() + " is a " + kind.kind().en() + " (unit " + indicator.unit().en()
							+ ") and cannot be negative: " + value.toPlainString());
		}
		if (kind.kind() == ValueKind.COUNT && value.stripTrailingZeros().scale() > 0) {
			reject.accept("指标 " + indicator.code() + " 为个数（单位：" + unit + "），应为整数，而不是 " + value.toPlainString(),
					"indicator " + indicator.code() + " is a count (unit " + indicator.unit().en()
							+ ") and must be whole, not " + value.toPlainString());
		}
		if (kind.kind() == ValueKind.SHARE && value.compareTo(HUNDRED) > 0) {
			reject.accept("指标 " + indicator.code() + " 为比重（%），应在 0–100 之间，而不是 " + value.toPlainString(), "indicator "
					+ indicator.code() + " is a share (%) and must lie within 0–100, not " + value.toPlainString());
		}
	}

}
