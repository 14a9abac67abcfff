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

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
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
 */
public final class XlsxReader {

	/**
	 * Excel keeps 15 significant digits; anything beyond is binary noise of a formula.
	 */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	/** The last column of an XLSX sheet, XFD, zero-based. */
	private static final int LAST_COLUMN = 16_383;

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
		Cells cells = null;
		try {
			XSSFReader reader = new XSSFReader(workbook);
			boolean date1904;
			try (InputStream in = reader.getWorkbookData()) {
				date1904 = date1904(in);
			}
			InputStream data = firstSheet(reader);
			if (data == null) {
				return true;
			}
			try (data) {
				StylesTable styles = reader.getStylesTable();
				cells = new Cells(styles, date1904, rows);
				// Without styles POI's handler passes numbers on as written, not
				// formatted
				// through a double; the cells find dates from the styles themselves.
				XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(null,
						new DecodedOnce(new ReadOnlySharedStringsTable(workbook, false)), cells, false);
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new CellTracker(handler, cells));
				parser.parse(new InputSource(data));
			}
			return true;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			if (cells != null && cells.failure != null) {
				throw cells.failure;
			}
			problems.add(notXlsx(magic(file)));
			return false;
		}
		finally {
			// Closing a package opened read-only would try to save it first.
			workbook.revert();
		}
	}

	/**
	 * The first sheet's data; as in POI's workbook model, a sheet listed but missing from
	 * the package is skipped.
	 */
	private static InputStream firstSheet(XSSFReader reader) throws IOException, OpenXML4JException {
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			try {
				return sheets.next();
			}
			catch (POIXMLException ex) {
				// listed without a part: the next sheet is the first
			}
		}
		return null;
	}

	/** Whether the workbook counts dates from 1904. */
	private static boolean date1904(InputStream workbook)
			throws IOException, SAXException, ParserConfigurationException {
		boolean[] date1904 = { false };
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("workbookPr".equals(localName)) {
					String value = attributes.getValue("date1904");
					date1904[0] = value != null && ("1".equals(value.strip()) || "true".equals(value.strip()));
				}
			}
		});
		parser.parse(new InputSource(workbook));
		return date1904[0];
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

	/**
	 * POI's read-only shared strings, each decoded once: the table wraps every string in
	 * a new {@code XSSFRichTextString}, an XMLBeans object, each time a cell asks for it.
	 */
	private static final class DecodedOnce implements SharedStrings {

		private final SharedStrings table;

		private final List<String> decoded = new ArrayList<>();

		DecodedOnce(SharedStrings table) {
			this.table = table;
		}

		@Override
		public RichTextString getItemAt(int idx) {
			while (this.decoded.size() <= idx) {
				this.decoded.add(null);
			}
			String text = this.decoded.get(idx);
			if (text == null) {
				text = this.table.getItemAt(idx).getString();
				this.decoded.set(idx, text);
			}
			return new HSSFRichTextString(text);
		}

		@Override
		public int getCount() {
			return this.table.getCount();
		}

		@Override
		public int getUniqueCount() {
			return this.table.getUniqueCount();
		}

	}

	/**
	 * What POI's sheet handler does not tell: where each cell starts and what it carries
	 * (column, type, style, formula, whether it has a value), the columns' default
	 * styles, and the phonetic guides of inline strings, which it would read as text.
	 * Each event goes on to POI's handler after it is noted, except inside a phonetic
	 * guide.
	 */
	private static final class CellTracker extends DefaultHandler {

		private final DefaultHandler poi;

		private final Cells cells;

		private boolean inRow;

		private boolean inInline;

		private int phonetic;

		CellTracker(DefaultHandler poi, Cells cells) {
			this.poi = poi;
			this.cells = cells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (this.phonetic > 0 || (this.inInline && "rPh".equals(localName))) {
				this.phonetic++;
				return;
			}
			switch (localName) {
				case "row" -> this.inRow = true;
				case "c" -> {
					if (this.inRow) {
						this.cells.start(attributes);
					}
				}
				case "f" -> this.cells.formula |= !"dataTable".equals(attributes.getValue("t"));
				case "is" -> this.inInline = true;
				case "col" -> {
					if (!this.inRow && attributes.getValue("style") != null) {
						this.cells.columnStyle(attributes);
					}
				}
				default -> {
				}
			}
			this.poi.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if (this.phonetic > 0) {
				this.phonetic--;
				return;
			}
			if ("v".equals(localName)) {
				this.cells.hasValue = true;
			}
			this.poi.endElement(uri, localName, qName);
			switch (localName) {
				case "c" -> this.cells.end();
				case "is" -> this.inInline = false;
				case "row" -> this.inRow = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (this.phonetic == 0) {
				this.poi.characters(ch, start, length);
			}
		}

	}

	/**
	 * The rows, from POI's handler, each handed on when it ends. POI gives a cell's text
	 * as written: shared strings looked up, booleans as TRUE or FALSE, errors as
	 * {@code ERROR:} and their code; numbers, with no styles given it, as written. This
	 * reads those as POI's workbook model does, and gives a cell POI does not report (no
	 * value, or a formula never calculated) its text.
	 */
	private static final class Cells implements SheetContentsHandler {

		private final StylesTable styles;

		private final boolean date1904;

		private final Consumer<SheetRow> rows;

		/** What the row consumer threw, to come out of the reader unchanged. */
		RuntimeException failure;

		/** Whether a style's number format is a date's, by style index. */
		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		/** Column default styles: first and last column (zero-based) and style. */
		private final List<int[]> columnStyles = new ArrayList<>();

		private List<String> cells;

		private int column;

		private String type;

		private int style;

		boolean formula;

		boolean hasValue;

		private boolean reported;

		Cells(StylesTable styles, boolean date1904, Consumer<SheetRow> rows) {
			this.styles = styles;
			this.date1904 = date1904;
			this.rows = rows;
		}

		void columnStyle(Attributes attributes) {
			this.columnStyles.add(new int[] { Integer.parseInt(attributes.getValue("min").strip()) - 1,
					Integer.parseInt(attributes.getValue("max").strip()) - 1,
					Integer.parseInt(attributes.getValue("style").strip()) });
		}

		void start(Attributes attributes) throws SAXException {
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
			this.reported = false;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			this.reported = true;
			put(text(value));
		}

		/**
		 * A cell POI's handler left out, with no value: as POI's workbook model reads it,
		 * a formula never calculated is 0, a boolean FALSE and an error #NULL!.
		 */
		void end() {
			if (!this.reported) {
				put(switch (this.type) {
					case "n" -> this.formula ? "0" : "";
					case "b" -> "FALSE";
					case "e" -> errorCode(null);
					default -> "";
				});
			}
		}

		private void put(String text) {
			while (this.cells.size() <= this.column) {
				this.cells.add("");
			}
			this.cells.set(this.column, text);
		}

		@Override
		public void endRow(int rowNum) {
			SheetRow row = new SheetRow(rowNum + 1, this.cells);
			this.cells = null;
			try {
				this.rows.accept(row);
			}
			catch (RuntimeException ex) {
				this.failure = ex;
				throw ex;
			}
		}

		private String text(String value) {
			String raw = (value != null) ? value : "";
			return switch (this.type) {
				case "s", "inlineStr", "b" -> raw;
				case "str" -> unescape(raw);
				case "e" -> errorCode(this.hasValue ? raw.substring("ERROR:".length()) : null);
				case "n" -> numeric(raw);
				// ISO 8601 dates (t="d") and the like, which POI's workbook model
				// refuses: the text as written.
				default -> raw;
			};
		}

		private String numeric(String raw) {
			double value;
			try {
				value = raw.isEmpty() ? 0 : Double.parseDouble(raw);
			}
			catch (NumberFormatException ex) {
				return raw;
			}
			if (DateUtil.isValidExcelDate(value) && isDateFormatted()) {
				return date(DateUtil.getLocalDateTime(value, this.date1904));
			}
			return number(raw, value);
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
