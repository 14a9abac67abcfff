package org.corridor.observatory.tabular;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The number formats of every Excel export, made once per workbook: figures with
 * thousands separators and the decimals their unit needs (家 and 人 whole, 亿元 two places),
 * shares and rates as percentages, ratios to two places, years without separators,
 * moments in Beijing time, so that a cell shows {@code 89.99%} rather than
 * {@code 0.899902679184795} while keeping the full value. Works with streamed
 * ({@code SXSSFWorkbook}) and ordinary workbooks alike.
 */
public final class ExcelStyles {

	/** Excel's format of a percentage to two places. */
	public static final String PERCENT = "0.00%";

	/** A whole number with thousands separators. */
	public static final String COUNT = "#,##0";

	/** A figure with thousands separators, to two places. */
	public static final String DECIMAL = "#,##0.00";

	/** A ratio such as R or a location quotient. */
	public static final String RATIO = "0.00";

	/** A year, without a thousands separator. */
	public static final String YEAR = "0";

	/** A moment, shown in Beijing time. */
	public static final String DATE_TIME = "yyyy-mm-dd hh:mm";

	/** A day. */
	public static final String DATE = "yyyy-mm-dd";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** Units counted in whole things: firms, platforms, people, patents … */
	private static final Set<String> WHOLE_UNITS = Set.of("家", "个", "人", "项", "件", "所", "名", "座", "次", "万人", "人次");

	private final Workbook workbook;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private CellStyle bold;

	private ExcelStyles(Workbook workbook) {
		this.workbook = workbook;
	}

	public static ExcelStyles of(Workbook workbook) {
		return new ExcelStyles(workbook);
	}

	/** A cell style showing numbers by {@code format}, one per format and workbook. */
	public CellStyle format(String format) {
		return this.styles.computeIfAbsent(format, (f) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	/** Bold, for header rows. */
	public CellStyle bold() {
		if (this.bold == null) {
			Font font = this.workbook.createFont();
			font.setBold(true);
			this.bold = this.workbook.createCellStyle();
			this.bold.setFont(font);
		}
		return this.bold;
	}

	/**
	 * The format of a figure in a unit named in Chinese (家, 亿元, %): whole for things
	 * counted, else two places.
	 */
	public static String formatFor(String unitZh) {
		if (unitZh == null) {
			return DECIMAL;
		}
		if (unitZh.contains("%")) {
			return RATIO;
		}
		return WHOLE_UNITS.contains(unitZh.trim()) ? COUNT : DECIMAL;
	}

	/** A number in {@code format}; nothing for none. */
	public Cell number(Row row, int column, Number value, String format) {
		if (value == null) {
			return null;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(format(format));
		return cell;
	}

	/** A share or rate (0.9 is 90 %) as a percentage. */
	public Cell percent(Row row, int column, Number value) {
		return number(row, column, value, PERCENT);
	}

	/** A count with thousands separators. */
	public Cell count(Row row, int column, Number value) {
		return number(row, column, value, COUNT);
	}

	/** A figure in its unit's format; the unit named in Chinese. */
	public Cell figure(Row row, int column, Number value, String unitZh) {
		return number(row, column, value, formatFor(unitZh));
	}

	/** A year as a number without separator. */
	public Cell year(Row row, int column, Integer value) {
		return number(row, column, value, YEAR);
	}

	/** A moment as a date-time cell in Beijing time; nothing for none. */
	public Cell beijing(Row row, int column, Instant instant) {
		if (instant == null) {
			return null;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(LocalDateTime.ofInstant(instant, BEIJING));
		cell.setCellStyle(format(DATE_TIME));
		return cell;
	}

	/** A day as a date cell; nothing for none. */
	public Cell date(Row row, int column, LocalDate day) {
		if (day == null) {
			return null;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(day);
		cell.setCellStyle(format(DATE));
		return cell;
	}

	/** A text; nothing for none. */
	public Cell text(Row row, int column, String value) {
		if (value == null) {
			return null;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		return cell;
	}

}
