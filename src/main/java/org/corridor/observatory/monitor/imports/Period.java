package org.corridor.observatory.monitor.imports;

import org.corridor.observatory.tabular.Cells;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.plan.PlanHeader;

/**
 * The stretch of time a figure describes: a year, a quarter of it, or a month of it.
 * Written {@code 2023}, {@code 2023Q2} or {@code 2023-Q2}, {@code 2023-06} or
 * {@code 2023M06}.
 *
 * @param year the year
 * @param quarter the quarter 1–4, or 0 when the period is not a quarter
 * @param month the month 1–12, or 0 when the period is not a month
 */
public record Period(int year, int quarter, int month) {

	private static final Pattern ANNUAL = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq](\\d{1,2})");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-|[Mm])(\\d{1,2})");

	public Period {
		if (year < 1 || year > 9999) {
			throw new InvalidPeriodException("年份 " + year + " 无效", "year " + year + " is not valid");
		}
		if (quarter < 0 || quarter > 4) {
			throw new InvalidPeriodException("季度必须为 1–4，不能是 " + quarter, "quarter must be 1–4, not " + quarter);
		}
		if (month < 0 || month > 12) {
			throw new InvalidPeriodException("月份必须为 1–12，不能是 " + month, "month must be 1–12, not " + month);
		}
		if (quarter != 0 && month != 0) {
			throw new IllegalArgumentException("a period is a quarter or a month, not both");
		}
	}

	public static Period ofYear(int year) {
		return new Period(year, 0, 0);
	}

	/**
	 * Reads a period as written in a file. Full-width digits are accepted.
	 * @throws InvalidPeriodException when the text is not a period or names a quarter or
	 * month that does not exist
	 */
	public static Period parse(String text) {
		String written = Cells.clean(text);
		String normal = Cells.halfWidth(written);
		Matcher matcher = ANNUAL.matcher(normal);
		if (matcher.matches()) {
			return ofYear(Integer.parseInt(matcher.group(1)));
		}
		matcher = QUARTER.matcher(normal);
		if (matcher.matches()) {
			int quarter = Integer.parseInt(matcher.group(2));
			// Zero would silently read as a whole year, so it is refused here, not in the
			// constructor, where 0 means "not a quarter".
			if (quarter < 1 || quarter > 4) {
				throw new InvalidPeriodException("期间“" + written + "”中季度必须为 1–4，不能是 " + quarter,
						"in period \"" + written + "\" the quarter must be 1–4, not " + quarter);
			}
			return new Period(Integer.parseInt(matcher.group(1)), quarter, 0);
		}
		matcher = MONTH.matcher(normal);
		if (matcher.matches()) {
			int month = Integer.parseInt(matcher.group(2));
			if (month < 1 || month > 12) {
				throw new InvalidPeriodException("期间“" + written + "”中月份必须为 1–12，不能是 " + month,
						"in period \"" + written + "\" the month must be 1–12, not " + month);
			}
			return new Period(Integer.parseInt(matcher.group(1)), 0, month);
		}
		throw new InvalidPeriodException("期间“" + written + "”格式无效，应写作 2023、2023Q2 或 2023-06",
				"period \"" + written + "\" is malformed; write 2023, 2023Q2 or 2023-06");
	}

	public boolean isAnnual() {
		return this.quarter == 0 && this.month == 0;
	}

	/**
	 * This period, if a plan can hold a figure for it: within the plan's range, from its
	 * base year (基期) to its outlook year (展望年), and not in a year that has not begun.
	 * @throws InvalidPeriodException otherwise
	 */
	public Period requireWithin(PlanHeader header, int currentYear) {
		if (this.year < header.baselineYear()) {
			throw new InvalidPeriodException(
					"年份 " + this.year + " 早于规划基期 " + header.baselineYear() + " 年（规划范围 " + header.baselineYear() + "–"
							+ header.lastYear() + " 年）",
					"year " + this.year + " is before the plan's base year " + header.baselineYear()
							+ " (the plan covers " + header.baselineYear() + "–" + header.lastYear() + ")");
		}
		if (this.year > currentYear) {
			throw new InvalidPeriodException("年份 " + this.year + " 尚未开始（当前为 " + currentYear + " 年），不能有实际数值",
					"year " + this.year + " has not begun yet (it is " + currentYear + "), so it cannot have a figure");
		}
		if (this.year > header.lastYear()) {
			throw new InvalidPeriodException(
					"年份 " + this.year + " 晚于规划展望年 " + header.lastYear() + " 年（规划范围 " + header.baselineYear() + "–"
							+ header.lastYear() + " 年）",
					"year " + this.year + " is after the plan's outlook year " + header.lastYear()
							+ " (the plan covers " + header.baselineYear() + "–" + header.lastYear() + ")");
		}
		return this;
	}

	@Override
	public String toString() {
		if (this.quarter != 0) {
			return this.year + "Q" + this.quarter;
		}
		if (this.month != 0) {
			return String.format("%d-%02d", this.year, this.month);
		}
		return Integer.toString(this.year);
	}

	/** A period that cannot be, with the reason in both languages. */
	public static class InvalidPeriodException extends IllegalArgumentException {

		private final String zh;

		private final String en;

		InvalidPeriodException(String zh, String en) {
			super(zh + " / " + en);
			this.zh = zh;
			this.en = en;
		}

		public String zh() {
			return this.zh;
		}

		public String en() {
			return this.en;
		}

	}

}
