package org.corridor.observatory.tabular;

/**
 * Character folding shared by codes and names. A Chinese input method types Latin
 * letters, digits and punctuation in their full-width forms (Ａ, １, （); they are the same
 * characters to a reader, so codes and matching keys must treat them alike.
 */
public final class Text {

	private static final char FULL_WIDTH_FIRST = '\uFF01';

	private static final char FULL_WIDTH_LAST = '\uFF5E';

	private static final int FULL_WIDTH_OFFSET = 0xFEE0;

	private Text() {
	}

	/** The half-width form of a full-width ASCII character or ideographic space. */
	public static char halfWidth(char c) {
		if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
			return (char) (c - FULL_WIDTH_OFFSET);
		}
		return (c == '\u3000') ? ' ' : c;
	}

	/** ASCII letters in upper case, everything else unchanged. */
	public static char upper(char c) {
		return (c >= 'a' && c <= 'z') ? (char) (c - ('a' - 'A')) : c;
	}

	/**
	 * The text with full-width characters folded and ASCII letters upper-cased; the same
	 * instance when nothing changes, which is the usual case for a cleanly typed code.
	 */
	public static String foldUpper(String text) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (upper(halfWidth(c)) != c) {
				break;
			}
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, i);
		for (; i < text.length(); i++) {
			out.append(upper(halfWidth(text.charAt(i))));
		}
		return out.toString();
	}

}
