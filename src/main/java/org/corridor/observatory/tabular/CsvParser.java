package org.corridor.observatory.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits CSV text into rows as RFC 4180 defines them and Excel writes them: comma
 * separated, fields optionally in double quotes, a doubled quote standing for one, commas
 * and line breaks allowed inside quotes. A quoted line break does not start a new row, so
 * row numbers match what Excel shows when it opens the file. The text is read as a
 * stream, a buffer at a time: only the row being split is held.
 */
public final class CsvParser {

	private static final int BUFFER = 1 << 16;

	private final Reader text;

	private final char[] buffer = new char[BUFFER];

	private int at;

	private int end;

	private final Consumer<SheetRow> rows;

	private List<String> cells = new ArrayList<>();

	private StringBuilder field = new StringBuilder();

	private boolean fieldQuoted;

	/** A control character found in the text, thrown once the text before it is split. */
	private ControlCharacterException control;

	private int row = 1;

	private CsvParser(Reader text, Consumer<SheetRow> rows) {
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
		try {
			read(new StringReader(text), problems, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * As {@link #read(String, List, Consumer)}, from text read as it is split: memory
	 * holds a buffer of it and the row being split, not the file.
	 * @throws IOException when the text cannot be read, e.g. a byte not of its encoding
	 * ({@link java.nio.charset.CharacterCodingException})
	 */
	public static void read(Reader text, List<ImportProblem> problems, Consumer<SheetRow> rows) throws IOException {
		CsvParser parser = new CsvParser(text, rows);
		int openedIn;
		try {
			openedIn = parser.run();
		}
		catch (CharacterCodingException ex) {
			// The rows before were handed on; the rest of the file cannot be read.
			problems.add(parser.notText(ex));
			return;
		}
		if (openedIn > 0) {
			problems.add(new ImportProblem(openedIn, null, null, "第 " + openedIn + " 行起的双引号没有闭合，此后内容无法分行",
					"the double quote opened in row " + openedIn + " is never closed, so the rest cannot be split"));
		}
	}

	/** The problem of text that stops being text in its encoding in the current row. */
	private ImportProblem notText(CharacterCodingException ex) {
		if (ex instanceof ControlCharacterException control) {
			return new ImportProblem(this.row, null, null,
					"第 " + this.row + " 行含有控制字符 " + control.code() + "，这不是文本 CSV 的内容；请用 Excel 另存为 CSV 后再上传",
					"row " + this.row + " holds the control character " + control.code()
							+ ", which no CSV text holds; save the file as CSV from Excel and upload it again");
		}
		return new ImportProblem(this.row, null, null,
				"第 " + this.row + " 行起的字节不是文件开头所用的编码（UTF-8 或 GBK）：整个文件须使用同一种编码；请用 Excel 另存为 CSV 后再上传",
				"from row " + this.row + " the bytes are not in the encoding the file starts in (UTF-8 or GBK): the"
						+ " whole file must be in one encoding; save it as CSV from Excel and upload it again");
	}

	/** Reads the whole text; answers the row of a quote left open, or 0. */
	private int run() throws IOException {
		boolean inQuotes = false;
		int quoteRow = 0;
		for (int c = next(); c >= 0; c = next()) {
			if (inQuotes) {
				if (c == '"' && peek() == '"') {
					this.field.append('"');
					this.at++;
				}
				else if (c == '"') {
					inQuotes = false;
				}
				else if (c == '\r' && peek() == '\n') {
					this.field.append('\n');
					this.at++;
				}
				else {
					this.field.append((char) c);
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
				if (c == '\r' && peek() == '\n') {
					this.at++;
				}
				endRow();
			}
			else {
				// A stray quote inside an unquoted field is kept as text, as Excel does.
				this.field.append((char) c);
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

	/** The next character, or -1 at the end of the text. */
	private int next() throws IOException {
		if (this.at == this.end && !fill()) {
			return -1;
		}
		return this.buffer[this.at++];
	}

	/** The character after the one just read, not consumed; -1 at the end of the text. */
	private int peek() throws IOException {
		if (this.at == this.end && !fill()) {
			return -1;
		}
		return this.buffer[this.at];
	}

	/**
	 * Reads the next buffer of text.
	 * @throws ControlCharacterException for a control character no spreadsheet writes
	 * into a CSV (binary content), once the characters before it are consumed
	 */
	private boolean fill() throws IOException {
		if (this.control != null) {
			throw this.control;
		}
		int read = this.text.read(this.buffer);
		while (read == 0) {
			read = this.text.read(this.buffer);
		}
		if (read < 0) {
			return false;
		}
		this.at = 0;
		this.end = read;
		for (int i = 0; i < read; i++) {
			char c = this.buffer[i];
			if (TextDecoder.isControl(c)) {
				this.control = new ControlCharacterException(c);
				this.end = i;
				return i > 0 || fill();
			}
		}
		return true;
	}

	private void endField() {
		this.cells.add(this.field.toString());
		this.field.setLength(0);
		this.fieldQuoted = false;
	}

	/** A control character in text, which makes it something other than CSV text. */
	static final class ControlCharacterException extends CharacterCodingException {

		private static final long serialVersionUID = 1L;

		private final char character;

		ControlCharacterException(char character) {
			this.character = character;
		}

		String code() {
			return String.format("U+%04X", (int) this.character);
		}

	}

	private void endRow() {
		endField();
		this.rows.accept(new SheetRow(this.row, this.cells));
		this.cells = new ArrayList<>();
		this.row++;
	}

}
