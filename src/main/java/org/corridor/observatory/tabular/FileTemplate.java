package org.corridor.observatory.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable template of an import file of the registry: an XLSX workbook whose
 * first sheet holds the header row and whose second explains each column, and a CSV with
 * the header row alone. Columns holding codes are formatted as text, so that Excel keeps
 * the leading zeros of an industry code and all 18 characters of a credit code.
 */
public final class FileTemplate {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final int TEXT_FORMAT = 49;

	private final Column[] columns;

	private final String sheetZh;

	private final String sheetEn;

	private final String footerZh;

	private final String footerEn;

	public FileTemplate(Column[] columns, String sheetZh, String sheetEn, String footerZh, String footerEn) {
		this.columns = columns;
		this.sheetZh = sheetZh;
		this.sheetEn = sheetEn;
		this.footerZh = footerZh;
		this.footerEn = footerEn;
	}

	/** The workbook, in Chinese for a Chinese locale and in English otherwise. */
	public byte[] xlsx(Locale locale) {
		boolean chinese = isChinese(locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat((short) TEXT_FORMAT);
			Sheet data = workbook.createSheet(chinese ? this.sheetZh : this.sheetEn);
			Row header = data.createRow(0);
			Column[] columns = this.columns;
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i].header(chinese));
				header.getCell(i).setCellStyle(headerStyle);
				data.setColumnWidth(i, 20 * 256);
				if (columns[i].text()) {
					data.setDefaultColumnStyle(i, text);
				}
			}
			data.createFreezePane(0, 1);
			notes(workbook.createSheet(chinese ? "填写说明" : "Notes"), chinese, headerStyle);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The header row as UTF-8 CSV with a byte-order mark, which Excel needs to open UTF-8
	 * text as such.
	 */
	public byte[] csv(Locale locale) {
		boolean chinese = isChinese(locale);
		StringBuilder line = new StringBuilder();
		for (Column column : this.columns) {
			line.append((line.length() > 0) ? "," : "").append(column.header(chinese));
		}
		byte[] text = line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[UTF8_BOM.length + text.length];
		System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
		System.arraycopy(text, 0, out, UTF8_BOM.length, text.length);
		return out;
	}

	private void notes(Sheet sheet, boolean chinese, CellStyle headerStyle) {
		String[] titles = chinese ? new String[] { "列名", "英文列名", "必填", "说明", "示例" }
				: new String[] { "Column", "Chinese name", "Required", "Notes", "Example" };
		Row header = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			header.createCell(i).setCellValue(titles[i]);
			header.getCell(i).setCellStyle(headerStyle);
		}
		int r = 1;
		for (Column column : this.columns) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(column.header(chinese));
			row.createCell(1).setCellValue(column.header(!chinese));
			row.createCell(2).setCellValue(column.required() ? (chinese ? "是" : "yes") : (chinese ? "否" : "no"));
			row.createCell(3).setCellValue(chinese ? column.spec().noteZh() : column.spec().noteEn());
			row.createCell(4).setCellValue(column.spec().example());
		}
		sheet.createRow(r + 1).createCell(0).setCellValue(chinese ? this.footerZh : this.footerEn);
		sheet.setColumnWidth(3, 80 * 256);
		for (int i : new int[] { 0, 1, 4 }) {
			sheet.setColumnWidth(i, 24 * 256);
		}
	}

	private static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

}
