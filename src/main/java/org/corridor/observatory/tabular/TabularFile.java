package org.corridor.observatory.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An import file as rows: CSV (UTF-8, with or without byte-order mark, or GBK/GB18030 as
 * Excel in China saves it, told apart by {@link TextDecoder}) or the first sheet of an
 * XLSX workbook, told apart by the file name's extension; its first non-blank row is the
 * header, matched to the columns of the file's kind by {@link Header}. Every import reads
 * its file through here and declares only its columns.
 *
 * @param format {@link #CSV} or {@link #XLSX}
 * @param encoding the character set a CSV was decoded with ({@link TextDecoder#UTF_8} or
 * {@link TextDecoder#GB18030}); null for XLSX, which carries its own
 * @param header the header row, matched to the columns
 * @param rows the rows below the header, blank ones left out
 */
public record TabularFile(String format, String encoding, Header header, List<SheetRow> rows) {

	public static final String CSV = "CSV";

	public static final String XLSX = "XLSX";

	/**
	 * The longest file name taken, in characters: what common file systems allow, and
	 * short enough for every column that records where a record came from.
	 */
	public static final int MAX_FILE_NAME = 255;

	/**
	 * The most cells a file read whole ({@link #read}) may have: figures, platforms,
	 * candidates, points and round sheets are thousands of rows, and a sheet that unpacks
	 * to millions of cells must not be held. The enterprise register streams its rows and
	 * keeps none.
	 */
	public static final int MAX_KEPT_CELLS = 2_000_000;

	/**
	 * The file read whole, once its header is good and it has data rows.
	 * @param columns every column of the file's kind, in ordinal order
	 * @throws ImportRejectedException when the file cannot be read, has no data or its
	 * header is bad (unknown, repeated or missing required columns)
	 */
	public static TabularFile read(String fileName, byte[] content, Column[] columns) {
		ProblemList problems = new ProblemList();
		Collector collector = new Collector(columns, problems);
		String[] format = new String[2];
		if (!stream(fileName, content, problems, collector, format)) {
			throw new ImportRejectedException(problems);
		}
		collector.finish();
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return new TabularFile(format[0], format[1], collector.header, collector.rows);
	}

	/** The text of {@code column} in {@code row}; "" when the file has no such column. */
	public String cell(SheetRow row, Column column) {
		return this.header.cell(row, column);
	}

	/** A problem of {@code row} in {@code column}, named by the file's own header. */
	public ImportProblem problem(SheetRow row, Column column, String value, String zh, String en) {
		return this.header.problem(row, column, value, zh, en);
	}

	/**
	 * Hands the file's rows to {@code rows} as they are read, blank ones included so that
	 * row numbers stay true; false, with a problem, when the file cannot be read as CSV
	 * or XLSX.
	 */
	public static boolean stream(String fileName, byte[] content, List<ImportProblem> problems,
			Consumer<SheetRow> rows) {
		return stream(fileName, content, problems, rows, new String[2]);
	}

	private static boolean stream(String fileName, byte[] content, List<ImportProblem> problems,
			Consumer<SheetRow> rows, String[] format) {
		String kind = kind(fileName, content == null || content.length == 0, problems);
		if (kind == null) {
			return false;
		}
		if (kind.equals(XLSX)) {
			format[0] = XLSX;
			return XlsxReader.read(content, problems, rows);
		}
		TextDecoder.Decoded decoded = TextDecoder.decode(content);
		if (decoded == null) {
			problems.add(notText());
			return false;
		}
		format[0] = CSV;
		format[1] = decoded.encoding();
		CsvParser.read(decoded.text(), problems, rows);
		return true;
	}

	/**
	 * As {@link #stream(String, byte[], List, Consumer)}, from a file on disk (an import
	 * job's spool file), which is never read into memory whole: a CSV's encoding is told
	 * from its start ({@link TextDecoder#detect}), then it is split a buffer at a time;
	 * an XLSX is opened as the zip it is, part by part. Memory holds the rows in flight,
	 * not the file.
	 * @param fileName the name the file was uploaded under, which tells its format
	 * @param file the file's content
	 */
	public static boolean stream(String fileName, Path file, List<ImportProblem> problems, Consumer<SheetRow> rows) {
		try {
			String kind = kind(fileName, Files.size(file) == 0, problems);
			if (kind == null) {
				return false;
			}
			if (kind.equals(XLSX)) {
				return XlsxReader.read(file, problems, rows);
			}
			String encoding = TextDecoder.detect(file);
			if (encoding == null) {
				problems.add(notText());
				return false;
			}
			try (Reader text = TextDecoder.open(file, encoding)) {
				// decoded and split on a thread of its own, ahead of the checks
				ReadAhead.run((found, split) -> CsvParser.read(text, found, split), problems, rows);
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the file " + file, ex);
		}
	}

	/**
	 * {@link #CSV} or {@link #XLSX} by the file's name; null, with a problem, for a name
	 * too long, an empty file or another kind of file.
	 */
	private static String kind(String fileName, boolean empty, List<ImportProblem> problems) {
		String name = Cells.clean(fileName);
		String lower = name.toLowerCase(Locale.ROOT);
		ImportProblem longName = fileNameProblem(fileName);
		if (longName != null) {
			problems.add(longName);
			return null;
		}
		if (empty) {
			problems.add(ImportProblem.ofFile("文件为空", "the file is empty"));
			return null;
		}
		if (lower.endsWith(".xlsx")) {
			return XLSX;
		}
		if (!lower.endsWith(".csv")) {
			String shown = name.isEmpty() ? "（无文件名 / no file name）" : name;
			problems.add(ImportProblem.ofFile("不支持的文件类型：" + shown + "，请上传 .csv 或 .xlsx 文件",
					"unsupported file type: " + shown + "; upload a .csv or .xlsx file"));
			return null;
		}
		return CSV;
	}

	private static ImportProblem notText() {
		return ImportProblem.ofFile("文件不是 UTF-8 或 GBK/GB18030 编码的文本 CSV，无法读取",
				"the file is not CSV text in UTF-8 or GBK/GB18030 and cannot be read");
	}

	/**
	 * The problem of a file name longer than {@link #MAX_FILE_NAME} characters; null for
	 * a name that is fine.
	 */
	public static ImportProblem fileNameProblem(String fileName) {
		if (fileName == null || fileName.length() <= MAX_FILE_NAME) {
			return null;
		}
		int length = fileName.codePointCount(0, fileName.length());
		if (length <= MAX_FILE_NAME) {
			return null;
		}
		return new ImportProblem(0, null, fileName, "文件名过长：" + length + " 个字符，最多 " + MAX_FILE_NAME + " 个；请把文件改名后再上传",
				"the file name is too long: " + length + " characters, at most " + MAX_FILE_NAME
						+ "; rename the file and upload it again");
	}

	/**
	 * Takes the rows of a file as they come: the first non-blank row is the header, the
	 * non-blank rows after it are data. Streaming readers (a million rows) use it row by
	 * row and keep only what they accept; {@link #read} keeps them all.
	 */
	public static class Collector implements Consumer<SheetRow> {

		private final Column[] columns;

		private final List<ImportProblem> problems;

		private final List<SheetRow> rows = new ArrayList<>();

		private long keptCells;

		private Header header;

		private boolean anyData;

		public Collector(Column[] columns, List<ImportProblem> problems) {
			this.columns = columns;
			this.problems = problems;
		}

		@Override
		public void accept(SheetRow row) {
			if (row.isBlank()) {
				return;
			}
			if (this.header == null) {
				this.header = Header.read(row, this.columns, this.problems);
				if (!this.problems.isEmpty()) {
					// the header is bad: no row can be judged, and the header problems
					// say why
					throw new ImportRejectedException(this.problems);
				}
				return;
			}
			this.anyData = true;
			checkLengths(row);
			data(this.header, row);
			if (this.problems instanceof ProblemList list && list.stopAfter(row.number())) {
				// the file is refused, and the problems listed are all that will be shown
				throw new ImportRejectedException(list);
			}
		}

		/**
		 * Adds a problem for each cell longer than its column's maximum length, which is
		 * the database column's: such a value cannot be kept as written.
		 */
		private void checkLengths(SheetRow row) {
			for (Column column : this.columns) {
				int max = column.maxLength();
				if (max == 0 || !this.header.has(column)) {
					continue;
				}
				String text = this.header.cell(row, column);
				if (text.length() > max) {
					int length = text.codePointCount(0, text.length());
					if (length > max) {
						this.problems.add(this.header.problem(row, column, text,
								"内容过长：" + length + " 个字符，此列最多 " + max + " 个字符",
								"the text is too long: " + length + " characters; this column holds at most " + max));
					}
				}
			}
		}

		/**
		 * A data row below a good header; kept by default, up to {@link #MAX_KEPT_CELLS}
		 * cells in all.
		 */
		protected void data(Header header, SheetRow row) {
			this.keptCells += row.cells().size();
			if (this.keptCells > MAX_KEPT_CELLS) {
				this.problems.add(new ImportProblem(row.number(), null, null,
						"文件过大：到第 " + row.number() + " 行已超过 " + MAX_KEPT_CELLS + " 个单元格，此类文件一次最多导入这么多；请分成几个文件",
						"the file is too large: by row " + row.number() + " it has more than " + MAX_KEPT_CELLS
								+ " cells, the most a file of this kind may have; split it into several files"));
				throw new ImportRejectedException(this.problems);
			}
			this.rows.add(row);
		}

		/** Adds the problem of a file with no header or no data rows. */
		public void finish() {
			if (this.header == null) {
				this.problems.add(
						ImportProblem.ofFile("文件为空：没有列名行，也没有数据行", "the file is empty: no header row and no data rows"));
			}
			else if (!this.anyData && this.problems.isEmpty()) {
				this.problems.add(ImportProblem.ofFile("文件只有列名行，没有数据行", "the file has a header row but no data rows"));
			}
		}

	}

}
