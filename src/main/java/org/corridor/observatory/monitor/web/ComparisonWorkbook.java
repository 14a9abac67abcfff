package org.corridor.observatory.monitor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.monitor.compare.ZoneComparison;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.web.DemoNotice;

/**
 * A comparison of zones as an Excel workbook: one row per zone, and per year four columns
 * — the figure in its unit's format, the rank, the change on the year before and that
 * change as a percentage ({@link ExcelStyles}). A workbook with demo figures says DEMO in
 * its first row and beside each demo figure's zone.
 */
final class ComparisonWorkbook {

	private ComparisonWorkbook() {
	}

	static byte[] xlsx(Plan plan, ZoneComparison comparison) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet("区县比较 comparison");
			Indicator indicator = plan.getIndicator(comparison.indicatorCode());
			LocalizedText unit = indicator.unit();
			LocalizedText level = ZoneLevel.parse(comparison.level()).label();
			int r = 0;
			sheet.createRow(r++)
				.createCell(0)
				.setCellValue(comparison.demo() ? DemoNotice.TEXT : "真实填报数据 / reported figures");
			sheet.createRow(r++)
				.createCell(0)
				.setCellValue(indicator.name().zh() + " / " + indicator.name().en() + " (" + unit.zh() + ") — "
						+ level.zh() + " / " + level.en() + " — " + (comparison.lowerIsBetter()
								? "数值越低排名越前 / the lowest ranks first" : "数值越高排名越前 / the highest ranks first"));
			Row years = sheet.createRow(r++);
			Row header = sheet.createRow(r++);
			styles.text(header, 0, "空间单元 zone");
			styles.text(header, 1, "代码 code");
			int c = 2;
			for (int year : comparison.years()) {
				styles.year(years, c, year);
				styles.text(header, c++, "数值 value");
				styles.text(header, c++, "排名 rank");
				styles.text(header, c++, "较上年 change");
				styles.text(header, c++, "较上年 % change");
			}
			styles.text(header, c, "演示数据 DEMO");
			header.forEach((cell) -> cell.setCellStyle(styles.bold()));
			sheet.createFreezePane(2, r);
			for (ZoneComparison.Row zone : comparison.rows()) {
				Row row = sheet.createRow(r++);
				LocalizedText name = plan.getZone(zone.zoneCode()).name();
				styles.text(row, 0, name.zh() + " " + name.en());
				styles.text(row, 1, zone.zoneCode());
				c = 2;
				boolean demo = false;
				for (ZoneComparison.Cell cell : zone.cells()) {
					styles.figure(row, c++, cell.value(), unit.zh());
					styles.count(row, c++, cell.rank());
					styles.figure(row, c++, cell.change(), unit.zh());
					styles.percent(row, c++, cell.changeRatio());
					demo |= cell.demo();
				}
				styles.text(row, c, demo ? "DEMO" : "");
			}
			sheet.setColumnWidth(0, 28 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
