package org.corridor.observatory.tabular;

import java.math.BigDecimal;

/**
 * Figures in cells, read by the shared {@link Numbers} rules. Most cells of a large file
 * hold a plain ASCII number; those are read directly, which skips the pattern matching
 * and copying the general rules need for thousands separators and full-width digits.
 */
public final class DecimalCells {

	private static final int LONGEST_PLAIN = 25;

	private DecimalCells() {
	}

	/** The figure in {@code text}, or null after reporting why it is none. */
	static BigDecimal decimal(String text, Column column, Reporter reporter) {
		if (!isPlain(text)) {
			return Numbers.value(text, (zh, en) -> reporter.reject(column, text, zh, en));
		}
		BigDecimal value = new BigDecimal(text);
		if (Math.max(value.precision() - value.scale(), 0) > Numbers.MAX_INTEGER_DIGITS
				|| value.scale() > Numbers.MAX_DECIMALS) {
			// Rare enough to let the general path word the reason.
			return Numbers.value(text, (zh, en) -> reporter.reject(column, text, zh, en));
		}
		return value;
	}

	/** The number in {@code text} as a double, or NaN when it is none. */
	public static double number(String text) {
		if (isPlain(text)) {
			return Double.parseDouble(text);
		}
		BigDecimal value = Numbers.parse(text);
		return (value != null) ? value.doubleValue() : Double.NaN;
	}

	/** Digits with an optional sign and decimal part, nothing else. */
	static boolean isPlain(String text) {
		int length = text.length();
		if (length == 0 || length > LONGEST_PLAIN) {
			return false;
		}
		int start = (text.charAt(0) == '-') ? 1 : 0;
		int point = -1;
		for (int i = start; i < length; i++) {
			char c = text.charAt(i);
			if (c == '.' && point < 0) {
				point = i;
			}
			else if (c < '0' || c > '9') {
				return false;
			}
		}
		return length > start && point != start && point != length - 1;
	}

}
