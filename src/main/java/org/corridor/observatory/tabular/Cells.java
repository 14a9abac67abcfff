package org.corridor.observatory.tabular;

import org.apache.poi.ss.util.CellReference;

/** Text clean-up shared by the CSV and XLSX paths, so both read a cell the same way. */
public final class Cells {

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
	 * Full-width digits and signs typed with a Chinese input method, turned into their
	 * ASCII forms so that numbers and periods read the same however they were typed.
	 */
	public static String halfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				out.append((char) ('0' + (c - '\uFF10')));
			}
			else {
				out.append(switch (c) {
					case '\uFF0E' -> '.';
					case '\uFF0C' -> ',';
					case '\uFF0D', '\u2212' -> '-';
					case '\uFF0B' -> '+';
					case '\uFF31' -> 'Q';
					case '\uFF2D' -> 'M';
					default -> c;
				});
			}
		}
		return out.toString();
	}

	/** The spreadsheet letter of a zero-based column index: 0 is A, 26 is AA. */
	public static String letter(int index) {
		return CellReference.convertNumToColString(index);
	}

}
