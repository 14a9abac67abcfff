package org.corridor.observatory.foresight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.foresight.PlanRequiredGrowth;
import org.corridor.observatory.foresight.RequiredGrowth;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.web.DemoNotice;
import org.corridor.observatory.web.Names;

/**
 * The required growth of every indicator of a zone as an Excel sheet: figures in their
 * unit's format, compound rates as percentages, additions and points in the unit. A sheet
 * resting on demo data starts with a DEMO line.
 */
final class RequiredGrowthWorkbook {

	static final String[] COLUMNS = { "required.col.code", "col.indicator", "col.unit", "required.col.firstYear",
			"required.col.first", "required.col.latestYear", "required.col.latest", "required.col.targetYear",
			"col.target", "required.col.targetValue", "required.col.basis", "required.col.required",
			"required.col.achieved", "required.col.pace", "required.col.forecast", "required.col.probability",
			"required.col.verdict", "required.col.text", "firm.col.demo" };

	private RequiredGrowthWorkbook() {
	}

	static byte[] write(PlanRequiredGrowth growth, Plan plan, Names names, Locale locale,
			Function<String, String> messages) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet(messages.apply("required.heading"));
			int next = 0;
			if (growth.demo()) {
				sheet.createRow(next++).createCell(0).setCellValue(DemoNotice.TEXT);
			}
			sheet.createRow(next++)
				.createCell(0)
				.setCellValue(messages.apply("required.heading") + " · " + names.zone(growth.zoneCode()) + " · "
						+ messages.apply("required.asOf") + " " + growth.asOfYear());
			Row header = sheet.createRow(next++);
			for (int c = 0; c < COLUMNS.length; c++) {
				header.createCell(c).setCellValue(messages.apply(COLUMNS[c]));
				header.getCell(c).setCellStyle(styles.bold());
			}
			for (RequiredGrowth r : growth.rows()) {
				Indicator indicator = plan.getIndicator(r.indicatorCode());
				String unit = (indicator.unit() != null) ? indicator.unit().zh() : null;
				Row row = sheet.createRow(next++);
				int c = 0;
				styles.text(row, c++, r.indicatorCode());
				styles.text(row, c++, names.in(indicator.name()));
				styles.text(row, c++, (indicator.unit() != null) ? names.in(indicator.unit()) : null);
				styles.year(row, c++, r.firstYear());
				styles.figure(row, c++, r.first(), unit);
				styles.year(row, c++, r.latestYear());
				styles.figure(row, c++, r.latest(), unit);
				styles.year(row, c++, (r.target() != null) ? r.target().year() : null);
				styles.text(row, c++, (r.target() != null) ? r.target().describe() : null);
				styles.figure(row, c++, r.targetValue(), unit);
				styles.text(row, c++,
						(r.basis() != null) ? messages.apply("required.basis." + r.basis().name()) : null);
				boolean rate = r.basis() == RequiredGrowth.Basis.COMPOUND;
				styles.number(row, c++, r.required(), rate ? ExcelStyles.PERCENT : ExcelStyles.DECIMAL);
				styles.number(row, c++, r.achieved(), rate ? ExcelStyles.PERCENT : ExcelStyles.DECIMAL);
				styles.number(row, c++, r.pace(), ExcelStyles.RATIO);
				styles.figure(row, c++, r.forecast(), unit);
				styles.percent(row, c++, r.probability());
				styles.text(row, c++, messages.apply("required.verdict." + r.verdict().name()));
				styles.text(row, c++, r.text().in(locale));
				styles.text(row, c, r.demo() ? "DEMO" : "");
			}
			for (int c = 0; c < COLUMNS.length; c++) {
				sheet.setColumnWidth(c, (c == 1 || c == 17) ? 40 * 256 : 14 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
