package org.corridor.observatory.tabular;

import java.time.LocalDate;
import java.time.Year;

/**
 * Dates as people type them in a tier entry: 2021-06-30, 2021/6/30, 2021.6.30, 2021年6月30日
 * or 20210630, in half- or full-width digits. A date must exist, and fall between 1949
 * and the day of the import.
 */
public final class DateCells {

	static final int EARLIEST_YEAR = 1949;

	private static final String SEPARATORS = "-/.年月日";

	private DateCells() {
	}

	/**
	 * The date in {@code text}, or null after reporting why there is none.
	 * @param value the cell text to show in a problem
	 */
	public static LocalDate parse(String text, LocalDate today, Column column, String value, Reporter reporter) {
		String digits = Cells.halfWidth(Cells.clean(text));
		int[] fields = fields(digits);
		if (fields == null) {
			reporter.reject(column, value, "日期“" + text + "”格式不对，应写作 2021-06-30",
					"the date '" + text + "' is malformed; write it like 2021-06-30");
			return null;
		}
		int year = fields[0];
		int month = fields[1];
		int day = fields[2];
		if (month < 1 || month > 12 || day < 1 || day > Year.of(year).atMonth(month).lengthOfMonth()) {
			reporter.reject(column, value, "日期“" + text + "”不存在", "there is no such date as '" + text + "'");
			return null;
		}
		LocalDate date = LocalDate.of(year, month, day);
		if (year < EARLIEST_YEAR) {
			reporter.reject(column, value, "日期 " + date + " 早于 1949 年", "the date " + date + " is before 1949");
			return null;
		}
		if (date.isAfter(today)) {
			reporter.reject(column, value, "日期 " + date + " 在未来（今天是 " + today + "）",
					"the date " + date + " is in the future (today is " + today + ")");
			return null;
		}
		return date;
	}

	/** Year, month and day, or null when the text is no date written in a known way. */
	private static int[] fields(String text) {
		if (text.length() == 8 && text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			int all = Integer.parseInt(text);
			return new int[] { all / 10000, all / 100 % 100, all % 100 };
		}
		int[] fields = new int[3];
		int count = 0;
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				if (count == 3 || digits == 4) {
					return null;
				}
				fields[count] = fields[count] * 10 + (c - '0');
				digits++;
			}
			else if (SEPARATORS.indexOf(c) >= 0 && digits > 0 && (count > 0 || digits == 4)) {
				count++;
				digits = 0;
			}
			else {
				return null;
			}
		}
		if (digits > 0 && (count > 0 || digits == 4)) {
			count++;
		}
		return (count == 3) ? fields : null;
	}

}
