package org.corridor.observatory.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook into rows of cell texts. Numbers come out as
 * the decimal Excel stored, not through a double, so a figure keeps the digits typed.
 */
public final class XlsxParser {

	/**
	 * Excel keeps 15 significant digits; anything beyond is binary noise of a formula.
	 */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private XlsxParser() {
	}

	/**
	 * The rows of the first sheet; null, with a problem, when the bytes are no workbook.
	 */
	public static List<SheetRow> parse(byte[] bytes, List<ImportProblem> problems) {
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			problems.add(notXlsx(bytes));
			return null;
		}
		try (workbook) {
			List<SheetRow> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() > 0) {
				for (Row row : workbook.getSheetAt(0)) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add((cell != null) ? text(cell) : "");
					}
					rows.add(new SheetRow(row.getRowNum() + 1, cells));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ImportProblem notXlsx(byte[] bytes) {
		if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
			return ImportProblem.ofFile("文件不是有效的 XLSX：它是旧版 Excel（.xls）或加密的工作簿，请另存为 .xlsx 后再导入",
					"not a valid XLSX file: it is an old Excel .xls or an encrypted workbook; save it as .xlsx and retry");
		}
		return ImportProblem.ofFile("文件不是有效的 XLSX", "not a valid XLSX file");
	}

	private static String text(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getRichStringCellValue().getString();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> error(cell.getErrorCellValue());
			default -> "";
		};
	}

	private static String number(Cell cell) {
		BigDecimal number = null;
		String raw = (cell instanceof XSSFCell xssf) ? xssf.getRawValue() : null;
		if (raw != null) {
			try {
				number = new BigDecimal(raw.strip());
			}
			catch (NumberFormatException ex) {
				number = null;
			}
		}
		if (number == null) {
			double value = cell.getNumericCellValue();
			if (!Double.isFinite(value)) {
				return Double.toString(value);
			}
			number = new BigDecimal(Double.toString(value));
		}
		if (number.precision() > EXCEL_PRECISION.getPrecision()) {
			number = number.round(EXCEL_PRECISION);
		}
		// A number cell has no trailing zeros of its own (2023.0 is how some writers
		// store
		// 2023); the zeros shown come from the cell format, which is not part of the
		// value.
		number = number.stripTrailingZeros();
		return ((number.scale() < 0) ? number.setScale(0) : number).toPlainString();
	}

	/**
	 * A date cell is most likely a period Excel turned into a date: 2023-06 became 1
	 * June.
	 */
	private static String date(LocalDateTime date) {
		boolean monthStart = date.getDayOfMonth() == 1 && date.toLocalTime().toSecondOfDay() == 0;
		return date.format(DateTimeFormatter.ofPattern(monthStart ? "yyyy-MM" : "yyyy-MM-dd"));
	}

	private static String error(byte code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR";
		}
	}

}
