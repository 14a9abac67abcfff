package org.corridor.observatory.monitor.adjustment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorEdit;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * The plan's indicator table (表1) as a workbook: one row per indicator with names, not
 * codes, and a sheet that explains the columns and what an upload does; and an edited
 * workbook read back, every problem located by row, column and value.
 */
public final class IndicatorWorkbook {

	private IndicatorWorkbook() {
	}

	/** The indicator table of a plan version, in Chinese or English. */
	public static byte[] xlsx(Plan plan, Locale locale) {
		boolean chinese = "zh".equals(locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			CellStyle bold = styles.bold();
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat((short) 49);
			Sheet sheet = workbook.createSheet(chinese ? "指标体系" : "Indicators");
			IndicatorColumn[] columns = IndicatorColumn.values();
			Row top = sheet.createRow(0);
			for (int i = 0; i < columns.length; i++) {
				top.createCell(i).setCellValue(columns[i].header(chinese));
				top.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, ((i == 1 || i == 2 || i == 11) ? 36 : 16) * 256);
				if (columns[i].text()) {
					sheet.setDefaultColumnStyle(i, text);
				}
			}
			int r = 1;
			for (Indicator indicator : plan.listIndicators()) {
				Row row = sheet.createRow(r++);
				Map<IndicatorColumn, String> cells = IndicatorRows.format(plan, indicator, locale);
				for (int i = 0; i < columns.length; i++) {
					IndicatorColumn column = columns[i];
					if (column == IndicatorColumn.BASELINE_YEAR && indicator.baseline() != null) {
						styles.year(row, i, indicator.baseline().year());
					}
					else if (column == IndicatorColumn.BASELINE_VALUE && indicator.baseline() != null) {
						styles.figure(row, i, indicator.baseline().value(), indicator.unit().zh());
					}
					else {
						styles.text(row, i, cells.get(column));
					}
				}
			}
			sheet.createFreezePane(1, 1);
			notes(workbook.createSheet(chinese ? "填写说明" : "Instructions"), plan, chinese, bold);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void notes(Sheet sheet, Plan plan, boolean chinese, CellStyle bold) {
		String[] intro = chinese
				? new String[] { "规划指标体系（表1）：第 " + plan.versionNumber() + " 版",
						"修改后上传：代码已有的行修改该指标，新代码的行新增指标；表中没有的指标保持不变（本功能不删除指标）。",
						"上传后形成一项规划调整提议，须填写调整理由和生效日期，经管委会审定（不能由提议人本人审定）后成为新版本。",
						"任何一处错误都会使整个文件被拒绝，并逐条列出行、列、值和原因；此时不做任何更改。", "类别、目标填写名称（中文或英文均可）；方向、属性、频率填写下表所列的词。" }
				: new String[] { "The plan's indicator table (Table 1): version " + plan.versionNumber(),
						"Upload it edited: a row with an existing code changes that indicator, a row with a new code adds one; indicators not in the sheet stay as they are (nothing is removed).",
						"An upload makes a proposal to adjust the plan, with a reason and an effective date; the corridor approver (not the person who proposed it) approves it as a new version.",
						"Any problem rejects the whole file, listed by row, column, value and reason; nothing is changed then.",
						"Category and goal by name (Chinese or English); direction, attribute and frequency with the words listed below." };
		int r = 0;
		for (String line : intro) {
			sheet.createRow(r++).createCell(0).setCellValue(line);
		}
		sheet.getRow(0).getCell(0).setCellStyle(bold);
		r++;
		String[] titles = chinese ? new String[] { "列名", "英文列名", "必填", "说明", "示例" }
				: new String[] { "Column", "Chinese name", "Required", "Notes", "Example" };
		Row header = sheet.createRow(r++);
		for (int i = 0; i < titles.length; i++) {
			header.createCell(i).setCellValue(titles[i]);
			header.getCell(i).setCellStyle(bold);
		}
		for (IndicatorColumn column : IndicatorColumn.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(column.header(chinese));
			row.createCell(1).setCellValue(column.header(!chinese));
			row.createCell(2).setCellValue(column.required() ? (chinese ? "是" : "yes") : (chinese ? "否" : "no"));
			row.createCell(3).setCellValue(chinese ? column.spec().noteZh() : column.spec().noteEn());
			row.createCell(4).setCellValue(column.spec().example());
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 24 * 256);
		sheet.setColumnWidth(3, 90 * 256);
		sheet.setColumnWidth(4, 30 * 256);
	}

	/**
	 * One row read.
	 *
	 * @param number the row number as a spreadsheet shows it
	 * @param edit what it says
	 */
	public record EditRow(int number, IndicatorEdit edit) {
	}

	/**
	 * The rows of an edited workbook (or CSV), read against the plan's categories and
	 * goals.
	 * @throws ImportRejectedException with every problem, when there is any
	 */
	public static List<EditRow> read(String fileName, byte[] content, Plan plan) {
		TabularFile file = TabularFile.read(fileName, content, IndicatorColumn.values());
		ProblemList problems = new ProblemList();
		List<EditRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (SheetRow row : file.rows()) {
			if (row.isBlank()) {
				continue;
			}
			List<ImportProblem> found = new ArrayList<>();
			IndicatorEdit edit = IndicatorRows.parse(plan, (column) -> file.cell(row, column), row.number(),
					(column) -> header(file, row, column), found);
			problems.addAll(found);
			if (edit != null && !seen.add(edit.code())) {
				problems.add(file.problem(row, IndicatorColumn.CODE, edit.code(), "指标代码重复", "the code appears twice"));
			}
			else if (edit != null) {
				rows.add(new EditRow(row.number(), edit));
			}
			if (problems.stopAfter(row.number())) {
				break;
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("文件中没有指标", "the file holds no indicator"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return rows;
	}

	/** The column's header as the file writes it. */
	private static String header(TabularFile file, SheetRow row, IndicatorColumn column) {
		return file.problem(row, column, null, "", "").column();
	}

}
