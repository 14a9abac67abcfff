package org.corridor.observatory.monitor.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * The rules in force as an Excel sheet, one row per rule in the columns of
 * {@link RuleColumn}, and the same sheet read back as rule inputs by row.
 */
public final class RuleWorkbook {

	private RuleWorkbook() {
	}

	public static byte[] xlsx(List<StoredRule> rules) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet("校验规则 Rules");
			Row top = sheet.createRow(0);
			RuleColumn[] columns = RuleColumn.values();
			for (int i = 0; i < columns.length; i++) {
				top.createCell(i).setCellValue(columns[i].zh());
				top.getCell(i).setCellStyle(styles.bold());
				sheet.setColumnWidth(i, ((i == 1 || i == 2) ? 36 : 18) * 256);
			}
			int r = 1;
			for (StoredRule stored : rules) {
				RuleInput input = RuleInput.of(stored.rule());
				Row row = sheet.createRow(r++);
				for (int i = 0; i < columns.length; i++) {
					styles.text(row, i, input.get(columns[i]));
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A row of the sheet read back.
	 *
	 * @param row the row as the spreadsheet numbers it
	 * @param input its cells
	 */
	public record Entry(int row, RuleInput input) {
	}

	public static List<Entry> read(String fileName, byte[] content) {
		TabularFile file = TabularFile.read(fileName, content, RuleColumn.values());
		List<Entry> entries = new java.util.ArrayList<>();
		for (SheetRow row : file.rows()) {
			RuleInput input = new RuleInput();
			for (RuleColumn column : RuleColumn.values()) {
				input.set(column, file.cell(row, column));
			}
			entries.add(new Entry(row.number(), input));
		}
		return entries;
	}

}
