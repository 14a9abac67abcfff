package org.corridor.observatory.tabular;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads a figure as people type it in a spreadsheet: an optional sign, digits with or
 * without thousands separators, an optional decimal part, in half- or full-width
 * characters. Nothing else: a value written some other way is refused rather than
 * guessed.
 */
public final class Numbers {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

	private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity|∞)");

	/**
	 * What people write for "no figure"; they are told to leave such rows out instead.
	 */
	private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "—", "——", "–", "/", "\\", "n/a", "na", "null",
			"无", "暂无", "空", "缺", "…", "...");

	private Numbers() {
	}

	// The numeric(24, 6) column of the observation table: a figure that would not fit is
	// refused here rather than rounded or failing half-way through storing.
	public static final int MAX_INTEGER_DIGITS = 18;

	public static final int MAX_DECIMALS = 6;

	/**
	 * The figure a value cell holds, exactly as written, or null after telling
	 * {@code reject} why it is not one (Chinese and English reason).
	 */
	public static BigDecimal value(String text, BiConsumer<String, String> reject) {
		BigDecimal value = parse(text);
		if (value == null && isNonFinite(text)) {
			reject.accept("数值必须是有限的数字，不能是 NaN 或无穷大", "the value must be a finite number, not NaN or infinity");
		}
		else if (value == null && isPlaceholder(text)) {
			reject.accept("“" + text + "”不是数字；没有数值的行请整行删除",
					"\"" + text + "\" is not a number; leave out rows that have no figure");
		}
		else if (value == null) {
			reject.accept("“" + text + "”不是数字，应写作 1234.5 或 1,234.5",
					"\"" + text + "\" is not a number; write it like 1234.5 or 1,234.5");
		}
		else if (Math.max(value.precision() - value.scale(), 0) > MAX_INTEGER_DIGITS) {
			reject.accept("数值过大：整数部分最多 " + MAX_INTEGER_DIGITS + " 位",
					"the value is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
		}
		else if (value.scale() > MAX_DECIMALS) {
			reject.accept("小数位过多：最多 " + MAX_DECIMALS + " 位，请先四舍五入",
					"too many decimal places: at most " + MAX_DECIMALS + "; round the value first");
		}
		else {
			return value;
		}
		return null;
	}

	/** The number written, exactly, or null when the text is not a decimal number. */
	public static BigDecimal parse(String written) {
		String normal = Cells.halfWidth(Cells.clean(written));
		if (!DECIMAL.matcher(normal).matches()) {
			return null;
		}
		return new BigDecimal(normal.replace(",", ""));
	}

	/** Whether the text names a value that is not a finite number (NaN, infinity). */
	private static boolean isNonFinite(String written) {
		return NON_FINITE.matcher(Cells.halfWidth(Cells.clean(written)).toLowerCase(Locale.ROOT)).matches();
	}

	private static boolean isPlaceholder(String written) {
		return PLACEHOLDERS.contains(Cells.clean(written).toLowerCase(Locale.ROOT));
	}

}
