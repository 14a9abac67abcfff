package org.corridor.observatory.monitor.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;
import org.corridor.observatory.tabular.ExcelStyles;

/**
 * A zone's figures of a round as an Excel sheet to fill in — one row per indicator asked,
 * with its name, unit and last year's published figure — and the same sheet read back.
 */
public final class RoundWorkbook {

	private RoundWorkbook() {
	}

	/** The sheet of a zone, with its figures so far. */
	public static byte[] xlsx(Plan plan, Round round, String zone, List<RoundFigure> figures,
			Map<String, BigDecimal> lastYear) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat((short) 49);
			Sheet sheet = workbook.createSheet(zone + " " + round.year());
			Row top = sheet.createRow(0);
			RoundColumn[] columns = RoundColumn.values();
			for (int i = 0; i < columns.length; i++) {
				top.createCell(i).setCellValue(columns[i].zh());
				top.getCell(i).setCellStyle(header);
				sheet.setColumnWidth(i, ((i == 1) ? 40 : 16) * 256);
			}
			int r = 1;
			for (RoundFigure figure : figures) {
				Indicator indicator = plan.getIndicator(figure.indicator());
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(figure.indicator());
				row.getCell(0).setCellStyle(text);
				row.createCell(1).setCellValue(indicator.name().zh());
				row.createCell(2).setCellValue(indicator.unit().zh());
				BigDecimal last = lastYear.get(figure.indicator());
				styles.figure(row, 3, last, indicator.unit().zh());
				styles.figure(row, 4, figure.value(), indicator.unit().zh());
				row.createCell(5).setCellValue((figure.note() != null) ? figure.note() : "");
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
	 * The values and notes of a filled-in sheet, by indicator code, as typed.
	 * @throws ImportRejectedException when the file cannot be read or names an indicator
	 * twice
	 */
	public static Map<String, String[]> read(String fileName, byte[] content) {
		TabularFile file = TabularFile.read(fileName, content, RoundColumn.values());
		Map<String, String[]> entries = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		ProblemList problems = new ProblemList();
		for (SheetRow row : file.rows()) {
			String code = file.cell(row, RoundColumn.INDICATOR);
			if (!seen.add(code)) {
				problems.add(file.problem(row, RoundColumn.INDICATOR, code, "指标重复", "the indicator appears twice"));
			}
			entries.put(code, new String[] { file.cell(row, RoundColumn.VALUE), file.cell(row, RoundColumn.NOTE) });
			if (problems.stopAfter(row.number())) {
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return entries;
	}

	/** The columns of a round's sheet; name, unit and last year are for reading only. */
	enum RoundColumn implements Column {

		INDICATOR(Spec.of("指标代码", "indicator_code", true, "不要修改", "do not change", "DIGITAL_CORE_REVENUE")),

		NAME(Spec.of("指标", "indicator", false, "仅供参考", "for reference only", "")),

		UNIT(Spec.of("单位", "unit", false, "仅供参考", "for reference only", "")),

		LAST_YEAR(Spec.of("上年值", "last_year", false, "仅供参考", "for reference only", "")),

		VALUE(Spec.of("数值", "value", true, "本年数值，按单位填写", "this year's figure, in the unit", "8500")),

		NOTE(Spec.of("备注", "note", false, "可选", "optional", "").limitedTo(1000));

		private final Spec spec;

		RoundColumn(Spec spec) {
			this.spec = spec;
		}

		@Override
		public Spec spec() {
			return this.spec;
		}

		@Override
		public boolean text() {
			return this != VALUE && this != LAST_YEAR;
		}

	}

}
