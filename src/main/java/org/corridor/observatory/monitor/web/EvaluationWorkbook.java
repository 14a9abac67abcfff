package org.corridor.observatory.monitor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.monitor.Step;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.web.DemoNotice;
import org.corridor.observatory.tabular.ExcelStyles;

/**
 * A plan evaluation as an Excel workbook: one row per indicator, and every step of the
 * working on a second sheet, figures in their unit's format, C, τ and growth rates as
 * percentages ({@link ExcelStyles}). A zone without targets of its own has no status
 * against the corridor's: its share of the corridor's figure and growth stand in the last
 * columns, with the reason. A workbook with demo figures says DEMO in its first row.
 */
public final class EvaluationWorkbook {

	private static final List<String> HEADERS = List.of("指标代码 code", "指标 indicator", "indicator (en)", "单位 unit",
			"属性 attribute", "基期年 t0", "基期值 B", "目标 target", "目标年 t1", "实际值 A", "完成度 C", "时间进度 τ", "绩效比 R",
			"观测年均增速 observed CAGR", "所需年均增速 required CAGR", "期末预测 projection", "状态", "status",
			"约束性未达序时 binding shortfall", "演示数据 DEMO", "占全域比重 share of corridor", "增量贡献率 share of growth", "说明 reason");

	private static final Map<Attribute, String> ATTRIBUTES = Map.of(Attribute.BINDING, "约束性 binding",
			Attribute.EXPECTED, "预期性 expected", Attribute.UNSPECIFIED, "未标明 unspecified");

	private EvaluationWorkbook() {
	}

	public static byte[] xlsx(Plan plan, PlanEvaluation evaluation) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet("评估 evaluation");
			int r = 0;
			sheet.createRow(r++)
				.createCell(0)
				.setCellValue(evaluation.demo() ? DemoNotice.TEXT : "真实填报数据 / reported figures");
			LocalizedText zone = plan.getZone(evaluation.zoneCode()).name();
			sheet.createRow(r++)
				.createCell(0)
				.setCellValue(
						plan.header().name().zh() + " — " + evaluation.year() + " — " + zone.zh() + " / " + zone.en());
			Row header = sheet.createRow(r++);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
				header.getCell(c).setCellStyle(styles.bold());
			}
			sheet.createFreezePane(1, r);
			for (IndicatorEvaluation e : evaluation.indicators()) {
				Indicator indicator = plan.getIndicator(e.indicatorCode());
				LocalizedText unit = indicator.unit();
				Row row = sheet.createRow(r++);
				int c = 0;
				styles.text(row, c++, e.indicatorCode());
				styles.text(row, c++, indicator.name().zh());
				styles.text(row, c++, indicator.name().en());
				styles.text(row, c++, unit.zh());
				styles.text(row, c++, ATTRIBUTES.get(indicator.attribute()));
				styles.year(row, c++, e.baselineYear());
				styles.figure(row, c++, e.baselineValue(), unit.zh());
				styles.text(row, c++, (e.target() != null) ? e.target().describe() : null);
				styles.year(row, c++, (e.target() != null) ? e.target().year() : null);
				styles.figure(row, c++, e.actual(), unit.zh());
				styles.percent(row, c++, e.completion());
				styles.percent(row, c++, e.timeProgress());
				styles.number(row, c++, e.performanceRatio(), ExcelStyles.RATIO);
				styles.percent(row, c++, e.observedCagr());
				styles.percent(row, c++, e.requiredCagr());
				styles.figure(row, c++, e.projection(), unit.zh());
				styles.text(row, c++, e.status().zh());
				styles.text(row, c++, e.status().en());
				styles.text(row, c++, e.bindingShortfall() ? "是 yes" : "");
				styles.text(row, c++, e.demo() ? "DEMO" : "");
				if (e.contribution() != null) {
					styles.percent(row, c, e.contribution().share());
					styles.percent(row, c + 1, e.contribution().growthShare());
				}
				styles.text(row, c + 2, e.reason());
			}
			for (int c = 0; c < HEADERS.size(); c++) {
				sheet.setColumnWidth(c, (c == 1 || c == 2) ? 40 * 256 : 14 * 256);
			}
			writeWorking(workbook.createSheet("计算过程 working"), evaluation, styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeWorking(Sheet sheet, PlanEvaluation evaluation, ExcelStyles styles) {
		Row header = sheet.createRow(0);
		write(header, new Object[] { "指标代码 code", "步骤", "step", "计算 formula", "数值 value" });
		header.forEach((cell) -> cell.setCellStyle(styles.bold()));
		int r = 1;
		for (IndicatorEvaluation e : evaluation.indicators()) {
			for (Step step : e.working()) {
				Row row = sheet.createRow(r++);
				write(row, new Object[] { e.indicatorCode(), step.zh(), step.en(), step.formula() });
				styles.number(row, 4, step.value(), "#,##0.####");
			}
		}
		sheet.setColumnWidth(3, 80 * 256);
	}

	private static void write(Row row, Object[] cells) {
		for (int c = 0; c < cells.length; c++) {
			Object value = cells[c];
			if (value instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(c).setCellValue(value.toString());
			}
		}
	}

}
