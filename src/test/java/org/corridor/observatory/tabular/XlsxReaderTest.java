package org.corridor.observatory.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxReaderTest {

	@Test
	void readsNumbersAsTheDecimalExcelStored() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row row = workbook.createSheet().createRow(0);
			double[] values = { 0.1, 2023.0, 70420000.5, 0.1 + 0.2, -12.5, 1e20, 1.23e-5, 123456789012345678d, 0 };
			for (int i = 0; i < values.length; i++) {
				row.createCell(i).setCellValue(values[i]);
			}
			assertThat(cells(read(bytes(workbook)).get(0))).containsExactly("0.1", "2023", "70420000.5", "0.3", "-12.5",
					"100000000000000000000", "0.0000123", "123456789012346000", "0");
		}
	}

	@Test
	void readsDatesInEitherDateSystem() throws IOException {
		for (boolean date1904 : new boolean[] { false, true }) {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				if (date1904) {
					CTWorkbook book = workbook.getCTWorkbook();
					(book.isSetWorkbookPr() ? book.getWorkbookPr() : book.addNewWorkbookPr()).setDate1904(true);
					assertThat(workbook.isDate1904()).isTrue();
				}
				Sheet sheet = workbook.createSheet();
				CellStyle month = style(workbook, "yyyy-mm");
				CellStyle builtIn = workbook.createCellStyle();
				builtIn.setDataFormat((short) 14);
				sheet.setDefaultColumnStyle(4, month);
				Row row = sheet.createRow(0);
				dated(row.createCell(0), LocalDateTime.of(2023, 6, 1, 0, 0), month);
				dated(row.createCell(1), LocalDateTime.of(2023, 6, 15, 0, 0), builtIn);
				dated(row.createCell(2), LocalDateTime.of(2023, 6, 1, 12, 0), month);
				row.createCell(3).setCellValue(-1);
				row.getCell(3).setCellStyle(month);
				// No style of its own: the column's default style makes it a date.
				Cell byColumn = row.createCell(4);
				byColumn.setCellValue(LocalDateTime.of(2024, 2, 1, 0, 0));
				byColumn.setCellStyle(null);
				row.createCell(5).setCellValue(45078);
				assertThat(cells(read(bytes(workbook)).get(0))).as("1904 dates: %s", date1904)
					.containsExactly("2023-06", "2023-06-15", "2023-06-01", "-1", "2024-02", "45078");
			}
		}
	}

	@Test
	void readsBooleansErrorsAndFormulaResults() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(true);
			row.createCell(1).setCellValue(false);
			row.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
			row.createCell(3).setCellFormula("1/3");
			row.createCell(4).setCellFormula("\"a\"&\"b\"");
			row.createCell(5).setCellFormula("1=1");
			row.createCell(6).setCellFormula("1/0");
			row.createCell(7).setCellFormula("2023+0.0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			assertThat(cells(read(bytes(workbook)).get(0))).containsExactly("TRUE", "FALSE", "#N/A",
					"0.333333333333333", "ab", "TRUE", "#DIV/0!", "2023");
		}
	}

	@Test
	void keepsBlankCellsAndTheSheetsRowNumbers() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row first = sheet.createRow(0);
			first.createCell(0).setCellValue("a");
			first.createCell(2).setCellValue("c");
			// A cell with a style and no value is blank, but still part of the row.
			Row third = sheet.createRow(2);
			third.createCell(1).setCellValue("");
			third.createCell(3).setCellStyle(style(workbook, "0.00"));
			sheet.createRow(4);
			sheet.createRow(9).createCell(0).setCellValue(" x ");
			List<SheetRow> rows = read(bytes(workbook));
			assertThat(rows).extracting(SheetRow::number).containsExactly(1, 3, 5, 10);
			assertThat(rows).extracting(XlsxReaderTest::cells)
				.containsExactly(List.of("a", "", "c"), List.of("", "", "", ""), List.of(), List.of(" x "));
			assertThat(rows.get(1).isBlank()).isTrue();
		}
	}

	@Test
	void readsSharedAndInlineStringsAlike() throws IOException {
		String[] texts = { "统一社会信用代码", "阿里巴巴（中国）网络技术有限公司", "  padded  ", "two\nlines", "tab\there", "_x0041_", "" };
		List<List<String>> read = new ArrayList<>();
		// XSSFWorkbook writes a shared strings table; SXSSFWorkbook writes inline strings
		// unless told otherwise.
		for (Workbook workbook : List.of(new XSSFWorkbook(), new SXSSFWorkbook(),
				new SXSSFWorkbook(null, 100, false, true))) {
			try (workbook) {
				Row row = workbook.createSheet().createRow(0);
				for (int i = 0; i < texts.length; i++) {
					row.createCell(i).setCellValue(texts[i]);
				}
				read.add(cells(read(bytes(workbook)).get(0)));
			}
		}
		// _xHHHH_ is how Excel writes a character XML cannot carry; POI reads it back so.
		List<String> expected = new ArrayList<>(Arrays.asList(texts));
		expected.set(5, "A");
		assertThat(read).containsExactly(expected, expected, expected);
	}

	@Test
	void readsSheetXmlAsOtherWritersWriteIt() throws IOException {
		// Rich text with a phonetic guide, cells and a row without references, an ISO
		// date cell, a string formula with an escaped carriage return.
		byte[] bytes = withSheetData("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>上</t></r><r><t>海</t></r>"
				+ "<rPh sb=\"0\" eb=\"1\"><t>シャンハイ</t></rPh></is></c><c t=\"d\"><v>2023-06-01</v></c><c><v>1.50</v></c></row>"
				+ "<row><c r=\"A3\" t=\"e\"><v>#REF!</v></c><c r=\"C3\" t=\"b\"><v>0</v></c>"
				+ "<c r=\"D3\" t=\"str\"><f>\"x\"</f><v>x_x000D_y</v></c><c r=\"E3\" s=\"0\"/></row>");
		assertThat(read(bytes)).containsExactly(new SheetRow(2, List.of("", "上海", "2023-06-01", "1.5")),
				new SheetRow(3, List.of("#REF!", "", "FALSE", "x\ry", "")));
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(XlsxReader.read(withSheetData("<row r=\"1\"><c r=\"ZZZZZZZZZZ1\"><v>1</v></c></row>"), problems,
				(row) -> {
				}))
			.isFalse();
		assertThat(problems).extracting(ImportProblem::en).containsExactly("not a valid XLSX file");
	}

	@Test
	void refusesACellLongerThanExcelAllowsWhereItIs() throws IOException {
		String tooLong = "长".repeat(XlsxReader.MAX_CELL + 1);
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(
				XlsxReader.read(withSheetData("<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>"
						+ tooLong + "</t></is></c></row>"), problems, (row) -> {
						}))
			.isFalse();
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(4);
			assertThat(problem.column()).isEqualTo("C");
			assertThat(problem.en())
				.isEqualTo("the cell in row 4, column C holds more than 32767 characters, the most an"
						+ " Excel cell can; the file was not written by Excel");
		});
		String fits = "长".repeat(XlsxReader.MAX_CELL);
		assertThat(
				read(withSheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + fits + "</t></is></c></row>")))
			.singleElement()
			.isEqualTo(new SheetRow(1, List.of(fits)));
	}

	/** A workbook whose first sheet holds the rows given as sheet XML. */
	private static byte[] withSheetData(String rows) throws IOException {
		byte[] empty;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet();
			empty = bytes(workbook);
		}
		ByteArrayOutputStream edited = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(empty));
				ZipOutputStream out = new ZipOutputStream(edited)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					assertThat(xml).contains("<sheetData/>");
					content = xml.replace("<sheetData/>", "<sheetData>" + rows + "</sheetData>")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return edited.toByteArray();
	}

	@Test
	void readsTheFirstSheetOnly() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("一").createRow(0).createCell(0).setCellValue("first");
			workbook.createSheet("二").createRow(0).createCell(0).setCellValue("second");
			workbook.setActiveSheet(1);
			assertThat(read(bytes(workbook))).singleElement()
				.extracting(XlsxReaderTest::cells)
				.isEqualTo(List.of("first"));
		}
		try (XSSFWorkbook empty = new XSSFWorkbook()) {
			assertThat(read(bytes(empty))).isEmpty();
		}
	}

	@Test
	void agreesWithPoisWorkbookModel() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			CellStyle month = style(workbook, "yyyy-mm");
			CellStyle money = style(workbook, "#,##0.00");
			sheet.setDefaultColumnStyle(8, month);
			// 13 kinds over 9 columns of 3 styles: every kind meets every style.
			Object[] kinds = { "text", 1234.5, LocalDateTime.of(2022, 12, 31, 0, 0), true, FormulaError.VALUE, "=1/7",
					"=\"x\"&1", "=A1", 0.1 + 0.2, LocalDateTime.of(2021, 6, 1, 0, 0), -0.0, 1e-7, 98765432109876.5 };
			for (int r = 0; r < 40; r++) {
				if (r % 7 == 3) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < 9; c++) {
					if ((r + c) % 5 == 4) {
						continue;
					}
					Cell cell = row.createCell(c);
					Object kind = kinds[(r * 3 + c) % kinds.length];
					if (kind instanceof String text && text.startsWith("=")) {
						cell.setCellFormula(text.substring(1));
					}
					else if (kind instanceof String text) {
						cell.setCellValue(text + r);
					}
					else if (kind instanceof Double number) {
						cell.setCellValue(number * (r + 1));
					}
					else if (kind instanceof Boolean bool) {
						cell.setCellValue(bool);
					}
					else if (kind instanceof FormulaError error) {
						cell.setCellErrorValue(error.getCode());
					}
					else if (kind instanceof LocalDateTime date) {
						cell.setCellValue(date.plusDays(r));
					}
					cell.setCellStyle((c % 3 == 0) ? month : (c % 3 == 1) ? money : null);
				}
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			// A formula never calculated has no cached result.
			sheet.createRow(45).createCell(2).setCellFormula("A1*2");
			byte[] bytes = bytes(workbook);
			List<SheetRow> rows = read(bytes);
			assertThat(rows).hasSize(35).isEqualTo(WorkbookModel.rows(bytes));
			assertThat(rows.get(34)).isEqualTo(new SheetRow(46, List.of("", "", "0")));
			List<String> cells = rows.stream().flatMap((row) -> row.cells().stream()).toList();
			assertThat(cells).contains("TRUE", "#VALUE!", "0.142857142857143", "x1", "text0", "1899-12-31", "")
				.anyMatch((cell) -> cell.matches("202\\d-\\d\\d-\\d\\d"))
				.anyMatch((cell) -> cell.matches("\\d+\\.\\d+"));
		}
	}

	@Test
	void refusesWhatIsNoWorkbook() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet().createRow(0).createCell(0).setCellValue("x");
			workbook = bytes(book);
		}
		byte[][] notWorkbooks = { "indicator_code,zone_code\n".getBytes(StandardCharsets.UTF_8), new byte[0],
				zip.toByteArray(), Arrays.copyOf(workbook, workbook.length / 2) };
		for (byte[] bytes : notWorkbooks) {
			List<ImportProblem> problems = new ArrayList<>();
			assertThat(XlsxReader.read(bytes, problems, (row) -> {
			})).isFalse();
			assertThat(problems).singleElement().satisfies((problem) -> {
				assertThat(problem.row()).isZero();
				assertThat(problem.zh()).isEqualTo("文件不是有效的 XLSX");
				assertThat(problem.en()).isEqualTo("not a valid XLSX file");
			});
		}
		byte[] ole2 = new byte[512];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(XlsxReader.read(ole2, problems, (row) -> {
		})).isFalse();
		assertThat(problems).singleElement()
			.satisfies(
					(problem) -> assertThat(problem.en()).startsWith("not a valid XLSX file: it is an old Excel .xls")
						.contains("encrypted"));
		assertThat(XlsxParser.parse(ole2, new ArrayList<>())).isNull();
	}

	@Test
	void passesOnWhatTheRowConsumerThrowsAndStops() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < 5; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
			byte[] bytes = bytes(workbook);
			List<SheetRow> seen = new ArrayList<>();
			IllegalStateException stop = new IllegalStateException("enough");
			List<ImportProblem> problems = new ArrayList<>();
			assertThatThrownBy(() -> XlsxReader.read(bytes, problems, (row) -> {
				seen.add(row);
				if (row.number() == 2) {
					throw stop;
				}
			})).isSameAs(stop);
			assertThat(seen).hasSize(2);
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void unescapesWhatXmlCannotCarry() {
		assertThat(XlsxReader.unescape("a_x000D_b_x0009_c")).isEqualTo("a\rb\tc");
		assertThat(XlsxReader.unescape("_x_ and _x12_")).isEqualTo("_x_ and _x12_");
		assertThat(XlsxReader.column("A1")).isZero();
		assertThat(XlsxReader.column("AB12")).isEqualTo(27);
		assertThat(XlsxReader.column("12")).isEqualTo(-1);
	}

	private static List<SheetRow> read(byte[] bytes) {
		List<SheetRow> rows = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(XlsxReader.read(bytes, problems, rows::add)).isTrue();
		assertThat(problems).isEmpty();
		assertThat(XlsxParser.parse(bytes, problems)).isEqualTo(rows);
		return rows;
	}

	private static List<String> cells(SheetRow row) {
		return row.cells();
	}

	private static CellStyle style(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static void dated(Cell cell, LocalDateTime date, CellStyle style) {
		cell.setCellValue(date);
		cell.setCellStyle(style);
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/**
	 * How the importer read a workbook before it streamed: the whole workbook loaded with
	 * POI's model, each cell read through it. Kept as the reference the streaming reader
	 * must agree with.
	 */
	static final class WorkbookModel {

		private static final MathContext EXCEL_PRECISION = new MathContext(15);

		static List<SheetRow> rows(byte[] bytes) throws IOException {
			assertThat(FileMagic.valueOf(bytes)).isEqualTo(FileMagic.OOXML);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
				List<SheetRow> rows = new ArrayList<>();
				for (Row row : workbook.getSheetAt(0)) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add((cell != null) ? text(cell) : "");
					}
					rows.add(new SheetRow(row.getRowNum() + 1, cells));
				}
				return rows;
			}
		}

		private static String text(Cell cell) {
			CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			return switch (type) {
				case STRING -> cell.getRichStringCellValue().getString();
				case NUMERIC ->
					DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell);
				case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
				case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
				default -> "";
			};
		}

		private static String number(Cell cell) {
			BigDecimal number = null;
			String raw = ((XSSFCell) cell).getRawValue();
			if (raw != null) {
				try {
					number = new BigDecimal(raw.strip());
				}
				catch (NumberFormatException ex) {
					number = null;
				}
			}
			if (number == null) {
				number = new BigDecimal(Double.toString(cell.getNumericCellValue()));
			}
			if (number.precision() > EXCEL_PRECISION.getPrecision()) {
				number = number.round(EXCEL_PRECISION);
			}
			number = number.stripTrailingZeros();
			return ((number.scale() < 0) ? number.setScale(0) : number).toPlainString();
		}

		private static String date(LocalDateTime date) {
			boolean monthStart = date.getDayOfMonth() == 1 && date.toLocalTime().toSecondOfDay() == 0;
			return date.format(DateTimeFormatter.ofPattern(monthStart ? "yyyy-MM" : "yyyy-MM-dd"));
		}

	}

}
