package org.corridor.observatory.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints rows as an aligned terminal table (CJK characters take two columns) or as CSV.
 */
final class Tables {

	private Tables() {
	}

	static String number(Double value) {
		if (value == null) {
			return "";
		}
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? String.valueOf(value.longValue())
				: String.format(Locale.ROOT, "%.4f", value);
	}

	static String text(List<List<String>> rows) {
		int columns = rows.get(0).size();
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		}
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			for (int i = 0; i < columns; i++) {
				String cell = rows.get(r).get(i);
				out.append(cell).append(" ".repeat(widths[i] - width(cell) + ((i < columns - 1) ? 2 : 0)));
			}
			out.append(System.lineSeparator());
			if (r == 0) {
				for (int i = 0; i < columns; i++) {
					out.append("-".repeat(widths[i])).append((i < columns - 1) ? "  " : "");
				}
				out.append(System.lineSeparator());
			}
		}
		return out.toString();
	}

	static String csv(List<List<String>> rows) {
		return rows.stream()
			.map((row) -> row.stream().map(Tables::quote).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static String quote(String cell) {
		return (cell.contains(",") || cell.contains("\"") || cell.contains("\n"))
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

	private static int width(String text) {
		return text.codePoints()
			.map((c) -> (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0xFF00 && c <= 0xFFEF)
					|| (c >= 0x3000 && c <= 0x303F)) ? 2 : 1)
			.sum();
	}

}
