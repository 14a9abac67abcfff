package org.corridor.observatory.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

	/** The template of an enterprise file. */
	public static final FileTemplate ENTERPRISES = new FileTemplate(EnterpriseColumn.values(), "企业", "Enterprises",
			"一行为一家企业一个年度；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per firm and year; the file is imported only if every row passes, otherwise every"
					+ " problem is listed (row, column, value, reason).");

	/** The template of a platform file. */
	public static final FileTemplate PLATFORMS = new FileTemplate(
			Arrays.stream(PlatformColumn.values()).filter(PlatformColumn::input).toArray(Column[]::new), "创新平台",
			"Platforms", "一行为一个平台；已登记的平台按代码更新，旧记录留作修订；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per platform; a registered platform is updated by its code and its old record kept as a"
					+ " revision; the file is imported only if every row passes, otherwise every problem is listed"
					+ " (row, column, value, reason).");

	/** The template of a candidate-firm file (招商候选企业). */
	public static final FileTemplate CANDIDATES = new FileTemplate(CandidateColumn.values(), "招商候选企业", "Candidates",
			"一行为一家走廊外的候选企业；导入的名单整体替换当前名单，旧名单保留备查；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per candidate firm outside the corridor; an imported list replaces the current list as a whole,"
					+ " the old list being kept; the file is imported only if every row passes, otherwise every"
					+ " problem is listed (row, column, value, reason).");

	/** The template of a reference-region file (参照区域). */
	public static final FileTemplate REFERENCE = new FileTemplate(ReferenceColumn.values(), "参照区域", "Reference region",
			"一行为参照区域一个年度一个环节（或“合计”）的数据；导入的年度替换已存的同年数据，旧数据保留备查；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per year and segment (or TOTAL) of the reference region; the years imported replace the stored"
					+ " figures of those years, which are kept; the file is imported only if every row passes,"
					+ " otherwise every problem is listed (row, column, value, reason).");

	private final Column[] columns;

	private final String sheetZh;

	private final String sheetEn;

	private final String footerZh;

	private final String footerEn;

	private FileTemplate(Column[] columns, String sheetZh, String sheetEn, String footerZh, String footerEn) {
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
			row.createCell(3).setCellValue(chinese ? column.noteZh() : column.noteEn());
			row.createCell(4).setCellValue(column.example());
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
