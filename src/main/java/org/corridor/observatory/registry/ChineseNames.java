package org.corridor.observatory.registry;

import org.corridor.observatory.tabular.Cells;

/**
 * Matching of firm names written differently: Simplified or Traditional characters
 * (阿里巴巴（中國） / 阿里巴巴(中国)), full- or half-width letters and brackets, spaces. {@link #key}
 * reduces a name to a form in which two spellings of the same registered name are equal;
 * it is for matching only, never for display. The character table comes from OpenCC (see
 * {@code registry/README.md}); it maps characters, not phrases, which is enough to match
 * but can pick the wrong character when converting text for display.
 */
public final class ChineseNames {

	private static final String DROPPED = "()（）[]【】〔〕［］{}｛｝<>《》〈〉";

	private ChineseNames() {
	}

	/**
	 * The matching key of a name: full-width characters folded to half-width, ASCII
	 * letters upper-cased, white space and brackets of every kind removed, Traditional
	 * characters mapped to Simplified. Applying it twice changes nothing.
	 */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		CharacterTable toSimplified = Tables.TO_SIMPLIFIED;
		StringBuilder key = new StringBuilder(name.length());
		for (int i = 0; i < name.length();) {
			int c = name.codePointAt(i);
			i += Character.charCount(c);
			if (c < 0x10000) {
				c = Cells.upper(Cells.halfWidth((char) c));
				if (c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c) || DROPPED.indexOf(c) >= 0) {
					continue;
				}
			}
			key.appendCodePoint(toSimplified.map(c));
		}
		return key.toString();
	}

	/** The text with Traditional characters replaced by their Simplified forms. */
	public static String toSimplified(String text) {
		return convert(text, Tables.TO_SIMPLIFIED);
	}

	/**
	 * The text with Simplified characters replaced by a Traditional form, for display. A
	 * Simplified character can stand for several Traditional ones (发 for 發 and 髮); the
	 * first in the table is taken, which is OpenCC's default reading, so the result is
	 * right for most names but not for all.
	 */
	public static String toTraditional(String text) {
		return convert(text, Tables.TO_TRADITIONAL);
	}

	private static String convert(String text, CharacterTable table) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			out.appendCodePoint(table.map(c));
		}
		return out.toString();
	}

	/** Loads both directions on first use, once. */
	private static final class Tables {

		private static final CharacterTable[] BOTH = CharacterTable.loadTraditionalSimplified();

		static final CharacterTable TO_SIMPLIFIED = BOTH[0];

		static final CharacterTable TO_TRADITIONAL = BOTH[1];

	}

}
