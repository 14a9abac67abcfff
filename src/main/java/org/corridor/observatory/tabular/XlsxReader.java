package org.corridor.observatory.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook row by row, handing each row on as soon as
 * its end tag is read. The sheet's XML is parsed as a stream (POI's event API: the
 * package opened read-only, its parts through {@link XSSFReader}); only the shared
 * strings and the cell styles are held, never the sheet, so a million-row sheet takes no
 * more memory than a small one.
 * <p>
 * A cell reads as POI's workbook model reads it, so both paths agree:
 * <ul>
 * <li>a number comes out as the decimal Excel stored, not through a double, rounded to
 * the 15 significant digits Excel keeps and without trailing zeros;</li>
 * <li>a number in a date format is a date ({@code yyyy-MM-dd}, or {@code yyyy-MM} for the
 * first of a month at midnight), in the workbook's 1900 or 1904 date system;</li>
 * <li>a boolean is {@code TRUE} or {@code FALSE}, an error its code such as
 * {@code #N/A};</li>
 * <li>a formula reads as its cached result, of whichever of these types;</li>
 * <li>a cell with no value, and a missing cell before the row's last one, is empty.</li>
 * </ul>
 * Rows carry the number the sheet gives them (1-based, as Excel shows it), so rows left
 * out of the file as empty do not shift the numbering.
 * <p>
 * <b>Why our own handler, not a library's.</b> POI's streaming pieces were tried in its
 * place (branch {@code libraries}, commit f11bf7c: {@code XSSFSheetXMLHandler} with
 * {@code ReadOnlySharedStringsTable} and a {@code SheetContentsHandler}), passed every
 * test, and were slower, with as much code beside them as they replaced, because the
 * handler does not read cells as this reader promises:
 * <ul>
 * <li>it formats a number through a double and {@code DataFormatter} (in General format
 * 123456789012345678 becomes {@code 1.23457E+17}); only given no styles at all does it
 * pass the text as written, and then it cannot tell a date, so the styles, the columns'
 * default styles and the 1904 date system stayed ours;</li>
 * <li>it reports no cell without a value (a styled blank cell, a formula never
 * calculated), which shortens rows against POI's workbook model;</li>
 * <li>it reads the phonetic guide of an inline string as part of its text, and a boolean
 * as TRUE unless its value starts with 0 (an empty one throws);</li>
 * <li>it turns every shared-string cell into a new {@code XSSFRichTextString}, an
 * XMLBeans object.</li>
 * </ul>
 * Reading the 1 000 000-row benchmark sheet (14 000 014 cells) on one thread, CPU time of
 * repeated runs, JVMs alternating, on 2026-12-04 (bench/README.md): this reader 7.3–8.9 s
 * (median 8.0); POI's handler with its read-only shared strings 12.8–15.2 s (median 13.7,
 * +70 %); the same with each shared string decoded once 9.9–12.1 s (median 10.8, +34 %).
 * In four rounds of the whole XLSX import, on a host loaded by other builds, that last
 * one took 0.5–7.2 s more import-thread CPU and held 9–73 MiB more heap after GC every
 * time. {@code com.github.pjfanning:excel-streaming-reader} was ruled out without a run:
 * its cells give a number only as a double (the text as written is private), so it cannot
 * keep the decimal Excel stored.
 */
public final class XlsxReader {

	/**
	 * Excel keeps 15 significant digits; anything beyond is binary noise of a formula.
	 */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	/** The last column of an XLSX sheet, XFD, zero-based. */
	private static final int LAST_COLUMN = 16_383;

	/** The most characters a cell holds in Excel; a longer one was not written by it. */
	static final int MAX_CELL = 32_767;

	/**
	 * The most memory the shared strings may take, estimated as two bytes a character and
	 * 40 a string: twice what a sheet of a million firms' names and credit codes needs.
	 * Past it the workbook is refused, so a package whose strings unpack to gigabytes
	 * (under POI's guard against a high compression ratio) is never held.
	 */
	static final long SHARED_STRINGS_BUDGET = 128L * 1024 * 1024;

	/** Characters XML cannot carry, written as {@code _xHHHH_} by Excel. */
	private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private XlsxReader() {
	}

	/**
	 * Hands each row of the first sheet to {@code rows}, in sheet order. Rows come as the
	 * sheet holds them: blank ones included when the file has them.
	 * @param bytes the content of the file
	 * @param problems where the reason goes when the bytes are no workbook
	 * @param rows takes each row; an exception it throws ends the reading and comes out
	 * of this method unchanged
	 * @return whether the bytes were a workbook; false after adding a problem (rows may
	 * have been handed on before a damaged part was found)
	 */
	public static boolean read(byte[] bytes, List<ImportProblem> problems, Consumer<SheetRow> rows) {
		if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
			problems.add(notXlsx(FileMagic.valueOf(bytes)));
			return false;
		}
		// A package opened from a file is read part by part; one opened from a stream
		// is unpacked into memory whole first.
		Path file = null;
		try {
			file = Files.createTempFile("observatory-import-", ".xlsx");
			Files.write(file, bytes);
			return read(file, problems, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the uploaded workbook in a temporary file", ex);
		}
		finally {
			delete(file);
		}
	}

	/**
	 * As {@link #read(byte[], List, Consumer)}, from a file.
	 * @param file the workbook file
	 * @param problems where the reason goes when the file is no workbook
	 * @param rows takes each row
	 * @return whether the file was a workbook
	 */
	public static boolean read(Path file, List<ImportProblem> problems, Consumer<SheetRow> rows) {
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			problems.add(notXlsx(magic(file)));
			return false;
		}
		SheetHandler sheet = null;
		try {
			XSSFReader reader = new XSSFReader(workbook);
			WorkbookHandler book = new WorkbookHandler();
			try (InputStream in = reader.getWorkbookData()) {
				parse(in, book);
			}
			InputStream data = book.firstSheet(reader);
			if (data == null) {
				return true;
			}
			try (data) {
				sheet = new SheetHandler(sharedStrings(workbook), reader.getStylesTable(), book.date1904, rows);
				parse(data, sheet);
			}
			return true;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			if (sheet != null && sheet.failure != null) {
				throw sheet.failure;
			}
			if (ex instanceof Refused refused) {
				problems.add(refused.problem);
				return false;
			}
			problems.add(notXlsx(magic(file)));
			return false;
		}
		finally {
			// Closing a package opened read-only would try to save it first.
			workbook.revert();
		}
	}

	private static void parse(InputStream in, DefaultHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(handler);
		parser.parse(new InputSource(in));
	}

	/** The shared strings table, decoded; empty when the workbook has none. */
	private static List<String> sharedStrings(OPCPackage workbook)
			throws IOException, SAXException, ParserConfigurationException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		SharedStringsHandler handler = new SharedStringsHandler();
		if (!parts.isEmpty()) {
			try (InputStream in = parts.get(0).getInputStream()) {
				parse(in, handler);
			}
		}
		return handler.strings;
	}

	private static FileMagic magic(Path file) {
		try {
			return FileMagic.valueOf(file.toFile());
		}
		catch (IOException | RuntimeException ex) {
			return FileMagic.UNKNOWN;
		}
	}

	private static ImportProblem notXlsx(FileMagic magic) {
		if (magic == FileMagic.OLE2) {
			return ImportProblem.ofFile("文件不是有效的 XLSX：它是旧版 Excel（.xls）或加密的工作簿，请另存为 .xlsx 后再导入",
					"not a valid XLSX file: it is an old Excel .xls or an encrypted workbook; save it as .xlsx and retry");
		}
		return ImportProblem.ofFile("文件不是有效的 XLSX", "not a valid XLSX file");
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	/**
	 * Text as Excel escapes what XML cannot carry: {@code _x000D_} is a carriage return.
	 */
	static String unescape(String text) {
		if (!text.contains("_x")) {
			return text;
		}
		Matcher matcher = ESCAPED.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int from = 0;
		while (matcher.find()) {
			out.append(text, from, matcher.start()).append((char) Integer.parseInt(matcher.group(1), 16));
			from = matcher.end();
		}
		return (from == 0) ? text : out.append(text, from, text.length()).toString();
	}

	/**
	 * The decimal a number cell stores, as text.
	 * @param raw the value as written in the file
	 * @param value the value as a double, for when the text is no plain decimal
	 */
	static String number(String raw, double value) {
		BigDecimal number;
		try {
			number = new BigDecimal(raw.strip());
		}
		catch (NumberFormatException ex) {
			if (!Double.isFinite(value)) {
				return Double.toString(value);
			}
			number = new BigDecimal(Double.toString(value));
		}
		if (number.precision() > EXCEL_PRECISION.getPrecision()) {
			number = number.round(EXCEL_PRECISION);
		}
		// A number cell has no trailing zeros of its own (2023.0 is how some writers
		// store 2023); the zeros shown come from the cell format, which is not part of
		// the value.
		number = number.stripTrailingZeros();
		return ((number.scale() < 0) ? number.setScale(0) : number).toPlainString();
	}

	/**
	 * A date cell is most likely a period Excel turned into a date: 2023-06 became 1
	 * June.
	 */
	static String date(LocalDateTime date) {
		boolean monthStart = date.getDayOfMonth() == 1 && date.toLocalTime().toSecondOfDay() == 0;
		return date.format(DateTimeFormatter.ofPattern(monthStart ? "yyyy-MM" : "yyyy-MM-dd"));
	}

	/** The code of an error cell; a cell without one reads as POI reads it, #NULL!. */
	static String errorCode(String code) {
		if (code == null) {
			return FormulaError.NULL.getString();
		}
		try {
			return FormulaError.forString(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR";
		}
	}

	/**
	 * The zero-based column of a cell reference such as {@code AB12}; -1 when none, and
	 * past {@link #LAST_COLUMN} when the letters name no column of a sheet.
	 */
	static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && column <= LAST_COLUMN + 1; i++) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	/** A workbook refused for what it would take to hold, with the reason. */
	private static final class Refused extends SAXException {

		final transient ImportProblem problem;

		Refused(ImportProblem problem) {
			super(problem.en());
			this.problem = problem;
		}

		static Refused longCell(int row, int column) {
			String where = (row > 0) ? "第 " + row + " 行 " + Cells.letter(column) + " 列" : "共享字符串表";
			String whereEn = (row > 0) ? "the cell in row " + row + ", column " + Cells.letter(column)
					: "a text of the shared strings table";
			return new Refused(new ImportProblem(row, (row > 0) ? Cells.letter(column) : null, null,
					where + "的单元格超过 " + MAX_CELL + " 个字符（Excel 单元格的上限），文件不是 Excel 写出的",
					whereEn + " holds more than " + MAX_CELL + " characters, the most an Excel cell can;"
							+ " the file was not written by Excel"));
		}

	}

	/** The date system and the sheets, in order, from the workbook part. */
	private static final class WorkbookHandler extends DefaultHandler {

		boolean date1904;

		private final List<String> sheets = new ArrayList<>();

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("workbookPr".equals(localName)) {
				String value = attributes.getValue("date1904");
				this.date1904 = value != null && ("1".equals(value.strip()) || "true".equals(value.strip()));
			}
			else if ("sheet".equals(localName)) {
				for (int i = 0; i < attributes.getLength(); i++) {
					if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("/relationships")) {
						this.sheets.add(attributes.getValue(i));
					}
				}
			}
		}

		/**
		 * The first sheet's data; as in POI's workbook model, a sheet listed but missing
		 * from the package is skipped.
		 */
		InputStream firstSheet(XSSFReader reader) throws IOException, OpenXML4JException {
			for (String id : this.sheets) {
				try {
					return reader.getSheet(id);
				}
				catch (IllegalArgumentException ex) {
					// listed without a part: the next sheet is the first
				}
			}
			return null;
		}

	}

	/**
	 * The shared strings, each the text of its runs without phonetic guides, as POI's
	 * workbook model reads them.
	 */
	private static final class SharedStringsHandler extends DefaultHandler {

		final List<String> strings = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		/** The memory the strings kept so far take, estimated. */
		private long held;

		private boolean inText;

		private int phonetic;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> this.text.setLength(0);
				case "t" -> this.inText = this.phonetic == 0;
				case "rPh" -> this.phonetic++;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "si" -> keep(unescape(this.text.toString()));
				case "t" -> this.inText = false;
				case "rPh" -> this.phonetic--;
				default -> {
				}
			}
		}

		private void keep(String string) throws SAXException {
			this.held += 40 + 2L * string.length();
			if (this.held > SHARED_STRINGS_BUDGET) {
				long mb = SHARED_STRINGS_BUDGET >> 20;
				throw new Refused(ImportProblem.ofFile(
						"工作簿的共享字符串（单元格文字）解压后超过 " + mb + " MB，读到第 " + (this.strings.size() + 1) + " 个即停止；"
								+ "请把数据分成几个文件，或另存为 CSV 后导入",
						"the workbook's shared strings (the text of its cells) take more than " + mb
								+ " MB once unpacked; reading stopped at string " + (this.strings.size() + 1)
								+ ". Split the data into several files, or save it as CSV and import that"));
			}
			this.strings.add(string);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (this.inText) {
				if (this.text.length() + length > MAX_CELL) {
					throw Refused.longCell(0, 0);
				}
				this.text.append(ch, start, length);
			}
		}

	}

	/** The rows of one sheet, each handed on at its end tag. */
	private static final class SheetHandler extends DefaultHandler {

		private final List<String> strings;

		private final StylesTable styles;

		private final boolean date1904;

		private final Consumer<SheetRow> rows;

		/** What the row consumer threw, to come out of the reader unchanged. */
		RuntimeException failure;

		/** Whether a style's number format is a date's, by style index. */
		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		/** Column default styles: first and last column (zero-based) and style. */
		private final List<int[]> columnStyles = new ArrayList<>();

		private int rowNumber;

		private List<String> cells;

		private int column;

		private String type;

		private int style;

		private boolean formula;

		private boolean hasValue;

		private boolean hasInline;

		private final StringBuilder value = new StringBuilder();

		private final StringBuilder inline = new StringBuilder();

		private boolean inValue;

		private boolean inInline;

		private boolean inInlineText;

		private int phonetic;

		SheetHandler(List<String> strings, StylesTable styles, boolean date1904, Consumer<SheetRow> rows) {
			this.strings = strings;
			this.styles = styles;
			this.date1904 = date1904;
			this.rows = rows;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (this.cells == null) {
				if ("row".equals(localName)) {
					String number = attributes.getValue("r");
					this.rowNumber = (number != null) ? Integer.parseInt(number.strip()) : this.rowNumber + 1;
					this.cells = new ArrayList<>();
				}
				else if ("col".equals(localName) && attributes.getValue("style") != null) {
					this.columnStyles.add(new int[] { Integer.parseInt(attributes.getValue("min").strip()) - 1,
							Integer.parseInt(attributes.getValue("max").strip()) - 1,
							Integer.parseInt(attributes.getValue("style").strip()) });
				}
				return;
			}
			switch (localName) {
				case "c" -> startCell(attributes);
				case "v" -> {
					this.inValue = true;
					this.hasValue = true;
				}
				case "f" -> this.formula = !"dataTable".equals(attributes.getValue("t"));
				case "is" -> {
					this.inInline = true;
					this.hasInline = true;
				}
				case "t" -> this.inInlineText = this.inInline && this.phonetic == 0;
				case "rPh" -> this.phonetic++;
				default -> {
				}
			}
		}

		private void startCell(Attributes attributes) throws SAXException {
			String reference = attributes.getValue("r");
			int at = (reference != null) ? column(reference) : -1;
			this.column = (at >= 0) ? at : this.cells.size();
			if (this.column > LAST_COLUMN) {
				throw new SAXException("cell " + reference + " lies beyond column XFD, the last an XLSX sheet has");
			}
			String t = attributes.getValue("t");
			this.type = (t != null) ? t : "n";
			String s = attributes.getValue("s");
			this.style = (s != null) ? Integer.parseInt(s.strip()) : -1;
			this.formula = false;
			this.hasValue = false;
			this.hasInline = false;
			this.value.setLength(0);
			this.inline.setLength(0);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if (this.cells == null) {
				return;
			}
			switch (localName) {
				case "v" -> this.inValue = false;
				case "t" -> this.inInlineText = false;
				case "rPh" -> this.phonetic--;
				case "is" -> this.inInline = false;
				case "c" -> {
					while (this.cells.size() <= this.column) {
						this.cells.add("");
					}
					this.cells.set(this.column, text());
				}
				case "row" -> endRow();
				default -> {
				}
			}
		}

		private void endRow() throws SAXException {
			SheetRow row = new SheetRow(this.rowNumber, this.cells);
			this.cells = null;
			try {
				this.rows.accept(row);
			}
			catch (RuntimeException ex) {
				this.failure = ex;
				throw new SAXException("reading stopped at row " + row.number(), ex);
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (this.inValue) {
				this.value.append(ch, start, length);
				if (this.value.length() > MAX_CELL) {
					throw Refused.longCell(this.rowNumber, this.column);
				}
			}
			else if (this.inInlineText) {
				this.inline.append(ch, start, length);
				if (this.inline.length() > MAX_CELL) {
					throw Refused.longCell(this.rowNumber, this.column);
				}
			}
		}

		private String text() {
			String raw = this.hasValue ? this.value.toString() : null;
			return switch (this.type) {
				case "s" -> sharedString(raw);
				case "inlineStr" -> unescape(this.hasInline ? this.inline.toString() : (raw != null) ? raw : "");
				case "str" -> unescape((raw != null) ? raw : "");
				case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
				case "e" -> errorCode(raw);
				case "n" -> numeric(raw);
				// ISO 8601 dates (t="d") and the like, which POI's workbook model
				// refuses: the text as written.
				default -> (raw != null) ? raw : "";
			};
		}

		private String sharedString(String index) {
			try {
				return this.strings.get(Integer.parseInt(index));
			}
			catch (NumberFormatException | IndexOutOfBoundsException ex) {
				return "";
			}
		}

		private String numeric(String raw) {
			if (raw == null && !this.formula) {
				// a cell that only carries a style
				return "";
			}
			double value;
			try {
				value = (raw == null || raw.isEmpty()) ? 0 : Double.parseDouble(raw);
			}
			catch (NumberFormatException ex) {
				return raw;
			}
			if (DateUtil.isValidExcelDate(value) && isDateFormatted()) {
				return date(DateUtil.getLocalDateTime(value, this.date1904));
			}
			return number((raw != null) ? raw : "", value);
		}

		/**
		 * Whether the cell's number format is a date's: its own style, else its column's,
		 * else the workbook's default, as POI's workbook model finds it.
		 */
		private boolean isDateFormatted() {
			if (this.styles == null) {
				return false;
			}
			int count = this.styles.getNumCellStyles();
			int index = (this.style >= 0 && this.style < count) ? this.style : columnStyle();
			return this.dateStyles.computeIfAbsent(index, (at) -> {
				ExcelNumberFormat format = (at < count) ? ExcelNumberFormat.from(this.styles.getStyleAt(at)) : null;
				return format != null && DateUtil.isADateFormat(format);
			});
		}

		private int columnStyle() {
			for (int[] columns : this.columnStyles) {
				if (this.column >= columns[0] && this.column <= columns[1]) {
					return columns[2];
				}
			}
			return 0;
		}

	}

}
