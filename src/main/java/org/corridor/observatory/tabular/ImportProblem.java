package org.corridor.observatory.tabular;

/**
 * One reason an observation file cannot be imported, located the way the person who
 * filled it in sees it.
 *
 * @param row the 1-based row as a spreadsheet shows it (the header is row 1); 0 when the
 * problem concerns the file as a whole
 * @param column the column header as written in the file, or null when no column is at
 * fault
 * @param value the offending cell text, or null when there is none
 * @param zh the reason in Chinese
 * @param en the reason in English
 */
public record ImportProblem(int row, String column, String value, String zh, String en) {

	/** The most characters of an offending value a problem repeats. */
	static final int SHOWN_VALUE = 200;

	/**
	 * A value longer than {@link #SHOWN_VALUE} characters is shortened, with its length:
	 * the problem only has to point at it, and a list of problems must stay small.
	 */
	public ImportProblem {
		if (value != null && value.length() > SHOWN_VALUE) {
			int end = Character.isHighSurrogate(value.charAt(SHOWN_VALUE - 1)) ? SHOWN_VALUE - 1 : SHOWN_VALUE;
			value = value.substring(0, end) + "…（共 " + value.codePointCount(0, value.length()) + " 个字符 / "
					+ value.codePointCount(0, value.length()) + " characters）";
		}
		if (column != null && column.length() > SHOWN_VALUE) {
			column = column.substring(0, SHOWN_VALUE) + "…";
		}
	}

	public static ImportProblem ofFile(String zh, String en) {
		return new ImportProblem(0, null, null, zh, en);
	}

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder();
		if (this.row > 0) {
			where.append("第 ").append(this.row).append(" 行 / row ").append(this.row);
		}
		if (this.column != null) {
			where.append((where.length() > 0) ? ", " : "").append("[").append(this.column).append("]");
		}
		if (this.value != null && !this.value.isEmpty()) {
			where.append(" \"").append(this.value).append("\"");
		}
		return ((where.length() > 0) ? where + ": " : "") + this.zh + " / " + this.en;
	}

}
