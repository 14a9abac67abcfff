package org.corridor.observatory.monitor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.monitor.validation.Finding;
import org.corridor.observatory.monitor.validation.Outlier;
import org.corridor.observatory.monitor.validation.ValidationRun;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.tabular.ExcelStyles;

/**
 * A validation run as an Excel report: the findings (rule, severity, zone, year, the two
 * values, the difference, acknowledged or not) and the outliers, by name rather than
 * code.
 */
final class ValidationWorkbook {

	private static final String[] FINDINGS = { "规则 Rule", "规则式 Formula", "严重程度 Severity", "空间单元 Zone", "年度 Year",
			"左侧值 Left", "右侧值 Right", "差值 Difference", "差值% Difference %", "已说明 Acknowledged" };

	private static final String[] OUTLIERS = { "指标 Indicator", "空间单元 Zone", "年度 Year", "数值 Value", "上年 Previous",
			"同比% YoY %", "历年中位数 Median", "历年 MAD", "历年 z", "同级中位数 Peer median", "同级 MAD Peer MAD", "同级 z Peer z" };

	private ValidationWorkbook() {
	}

	static byte[] xlsx(Plan plan, ValidationRun run) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet findings = sheet(workbook, styles, "校验发现 Findings", FINDINGS);
			int r = 1;
			for (Finding finding : run.findings()) {
				Row row = findings.createRow(r++);
				styles.text(row, 0, finding.rule().name().zh() + " / " + finding.rule().name().en());
				styles.text(row, 1, finding.rule().formula());
				styles.text(row, 2, finding.severity().zh() + " / " + finding.severity().en());
				styles.text(row, 3, zone(plan, finding.zone()));
				styles.year(row, 4, finding.year());
				styles.number(row, 5, finding.left(), ExcelStyles.DECIMAL);
				styles.number(row, 6, finding.right(), ExcelStyles.DECIMAL);
				styles.number(row, 7, finding.difference(), ExcelStyles.DECIMAL);
				styles.number(row, 8, finding.differencePercent(), ExcelStyles.RATIO);
				styles.text(row, 9, (finding.severity() == org.corridor.observatory.plan.Severity.ERROR) ? "—"
						: finding.acknowledged() ? "是 / yes" : "否 / no");
			}
			Sheet outliers = sheet(workbook, styles, "异常值 Outliers", OUTLIERS);
			r = 1;
			for (Outlier outlier : run.outliers()) {
				Row row = outliers.createRow(r++);
				styles.text(row, 0,
						plan.findIndicator(outlier.indicator()).map((i) -> i.name().zh()).orElse(outlier.indicator()));
				styles.text(row, 1, zone(plan, outlier.zone()));
				styles.year(row, 2, outlier.year());
				styles.number(row, 3, outlier.value(), ExcelStyles.DECIMAL);
				styles.number(row, 4, outlier.previous(), ExcelStyles.DECIMAL);
				styles.number(row, 5, outlier.yoyPercent(), ExcelStyles.RATIO);
				styles.number(row, 6, outlier.seriesMedian(), ExcelStyles.DECIMAL);
				styles.number(row, 7, outlier.seriesMad(), ExcelStyles.DECIMAL);
				styles.number(row, 8, outlier.seriesZ(), ExcelStyles.RATIO);
				styles.number(row, 9, outlier.peerMedian(), ExcelStyles.DECIMAL);
				styles.number(row, 10, outlier.peerMad(), ExcelStyles.DECIMAL);
				styles.number(row, 11, outlier.peerZ(), ExcelStyles.RATIO);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet sheet(XSSFWorkbook workbook, ExcelStyles styles, String name, String[] headers) {
		Sheet sheet = workbook.createSheet(name);
		Row top = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			top.createCell(i).setCellValue(headers[i]);
			top.getCell(i).setCellStyle(styles.bold());
			sheet.setColumnWidth(i, ((i < 2) ? 36 : 16) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static String zone(Plan plan, String code) {
		return plan.findZone(code).map((zone) -> zone.name().zh()).orElse("—");
	}

}
