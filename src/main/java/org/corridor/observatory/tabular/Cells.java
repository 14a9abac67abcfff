package org.corridor.observatory.tabular;

import org.apache.poi.ss.util.CellReference;

/**
 * Text clean-up shared by every import, so that each reads a cell the same way. A Chinese
 * input method types Latin letters, digits and punctuation in their full-width forms (Ａ,
 * １, （); they are the same characters to a reader, so numbers, codes, headers and
 * matching keys are folded to their half-width forms here and nowhere else.
 */
public final class Cells {

	private static final char FULL_WIDTH_FIRST = '\uFF01';

	private static final char FULL_WIDTH_LAST = '\uFF5E';

	private static final int FULL_WIDTH_OFFSET = 0xFEE0;

	private Cells() {
	}

	/**
	 * The text without surrounding whitespace; null becomes empty. Non-breaking spaces
	 * count as whitespace because pasted web tables are full of them.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replace('\u00A0', ' ').replace('\uFEFF', ' ').strip();
	}

	/**
	 * The half-width form of a full-width ASCII character, of the ideographic space and
	 * of the minus sign; any other character unchanged.
	 */
	public static char halfWidth(char c) {
		if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
			return (char) (c - FULL_WIDTH_OFFSET);
		}
		return switch (c) {
			case '\u3000' -> ' ';
			case '\u2212' -> '-';
			default -> c;
		};
	}

	/** ASCII letters in upper case, everything else unchanged. */
	public static char upper(char c) {
		return (c >= 'a' && c <= 'z') ? (char) (c - ('a' - 'A')) : c;
	}

	/** The text with every character folded by {@link #halfWidth(char)}. */
	public static String halfWidth(String text) {
		return fold(text, false);
	}

	/**
	 * The text folded by {@link #halfWidth(char)} with ASCII letters upper-cased, as
	 * codes are compared; the same instance when nothing changes, which is the usual case
	 * for a cleanly typed code.
	 */
	public static String foldUpper(String text) {
		return fold(text, true);
	}

	private static String fold(String text, boolean upper) {
		int i = 0;
		while (i < text.length() && folded(text.charAt(i), upper) == text.charAt(i)) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, i);
		for (; i < text.length(); i++) {
			out.append(folded(text.charAt(i), upper));
		}
		return out.toString();
	}

	private static char folded(char c, boolean upper) {
		char half = halfWidth(c);
		return upper ? upper(half) : half;
	}

	/** The spreadsheet letter of a zero-based column index: 0 is A, 26 is AA. */
	public static String letter(int index) {
		return CellReference.convertNumToColString(index);
	}

}
