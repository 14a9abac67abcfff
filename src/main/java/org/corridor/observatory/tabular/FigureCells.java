package org.corridor.observatory.tabular;

import java.math.BigDecimal;

/**
 * The year and the figures of a row. Money may carry decimals; counts must be whole.
 * Nothing may be negative, and the year must lie between 1949 and the current year.
 */
public final class FigureCells {

	private FigureCells() {
	}

	/** The year in {@code text}, or null when blank or after reporting why it is none. */
	public static Integer year(String text, int currentYear, Column column, Reporter reporter) {
		if (text.isEmpty()) {
			return null;
		}
		String digits = Cells.halfWidth(text);
		if (digits.endsWith("年")) {
			digits = digits.substring(0, digits.length() - 1).strip();
		}
		if (digits.length() != 4 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			reporter.reject(column, text, "年度应为四位年份，如 2023", "the year must be four digits, like 2023");
			return null;
		}
		int year = Integer.parseInt(digits);
		if (year < DateCells.EARLIEST_YEAR) {
			reporter.reject(column, text, "年度早于 1949 年", "the year is before 1949");
			return null;
		}
		if (year > currentYear) {
			reporter.reject(column, text, "年度 " + year + " 在未来（当前为 " + currentYear + " 年）",
					"the year " + year + " is in the future (it is now " + currentYear + ")");
			return null;
		}
		return year;
	}

	/** An amount in 万元, or null when blank or after reporting why it is none. */
	public static BigDecimal money(String text, Column column, Reporter reporter) {
		if (text.isEmpty()) {
			return null;
		}
		BigDecimal value = DecimalCells.decimal(text, column, reporter);
		if (value != null && value.signum() < 0) {
			reporter.reject(column, text, "金额不能为负数", "the amount cannot be negative");
			return null;
		}
		return value;
	}

	/** A whole count, or null when blank or after reporting why it is none. */
	public static Integer count(String text, Column column, Reporter reporter) {
		if (text.isEmpty()) {
			return null;
		}
		BigDecimal value = DecimalCells.decimal(text, column, reporter);
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			reporter.reject(column, text, "人数、件数不能为负数", "a count cannot be negative");
			return null;
		}
		if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
			reporter.reject(column, text, "应为整数，不能有小数", "must be a whole number");
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			reporter.reject(column, text, "数值过大", "the number is too large");
			return null;
		}
		return value.intValue();
	}

}
