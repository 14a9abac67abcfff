package org.corridor.observatory.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits CSV text into rows as RFC 4180 defines them and Excel writes them: comma
 * separated, fields optionally in double quotes, a doubled quote standing for one, commas
 * and line breaks allowed inside quotes. A quoted line break does not start a new row, so
 * row numbers match what Excel shows when it opens the file.
 */
public final class CsvParser {

	private final String text;

	private final Consumer<SheetRow> rows;

	private List<String> cells = new ArrayList<>();

	private StringBuilder field = new StringBuilder();

	private boolean fieldQuoted;

	private int row = 1;

	private CsvParser(String text, Consumer<SheetRow> rows) {
		this.text = text;
		this.rows = rows;
	}

	/**
	 * The rows of the text, blank ones included so the numbering stays true. A quote left
	 * open is reported in {@code problems}, and the row it swallowed is dropped.
	 */
	public static List<SheetRow> parse(String text, List<ImportProblem> problems) {
		List<SheetRow> rows = new ArrayList<>();
		read(text, problems, rows::add);
		return rows;
	}

	/**
	 * As {@link #parse(String, List)}, handing each row to {@code rows} as soon as it is
	 * split instead of collecting them. A quote left open is reported after the rows
	 * before it have been handed on.
	 * @param text the decoded file
	 * @param problems where a quote left open is reported
	 * @param rows takes each row, in file order
	 */
	public static void read(String text, List<ImportProblem> problems, Consumer<SheetRow> rows) {
		int openedIn = new CsvParser(text, rows).run();
		if (openedIn > 0) {
			problems.add(new ImportProblem(openedIn, null, null, "第 " + openedIn + " 行起的双引号没有闭合，此后内容无法分行",
					"the double quote opened in row " + openedIn + " is never closed, so the rest cannot be split"));
		}
	}

	/** Reads the whole text; answers the row of a quote left open, or 0. */
	private int run() {
		boolean inQuotes = false;
		int quoteRow = 0;
		int length = this.text.length();
		for (int i = 0; i < length; i++) {
			char c = this.text.charAt(i);
			char next = (i + 1 < length) ? this.text.charAt(i + 1) : 0;
			if (inQuotes) {
				if (c == '"' && next == '"') {
					this.field.append('"');
					i++;
				}
				else if (c == '"') {
					inQuotes = false;
				}
				else if (c == '\r' && next == '\n') {
					this.field.append('\n');
					i++;
				}
				else {
					this.field.append(c);
				}
			}
			else if (c == '"' && this.field.length() == 0 && !this.fieldQuoted) {
				inQuotes = true;
				this.fieldQuoted = true;
				quoteRow = this.row;
			}
			else if (c == ',') {
				endField();
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && next == '\n') {
					i++;
				}
				endRow();
			}
			else {
				// A stray quote inside an unquoted field is kept as text, as Excel does.
				this.field.append(c);
			}
		}
		if (inQuotes) {
			return quoteRow;
		}
		if (this.field.length() > 0 || this.fieldQuoted || !this.cells.isEmpty()) {
			endRow();
		}
		return 0;
	}

	private void endField() {
		this.cells.add(this.field.toString());
		this.field = new StringBuilder();
		this.fieldQuoted = false;
	}

	private void endRow() {
		endField();
		this.rows.accept(new SheetRow(this.row, this.cells));
		this.cells = new ArrayList<>();
		this.row++;
	}

}
