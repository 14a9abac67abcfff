package org.corridor.observatory.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.corridor.observatory.scenario.ScenarioRun.IndicatorOutcome;
import org.corridor.observatory.scenario.ScenarioRun.MilestoneOutcome;
import org.corridor.observatory.tabular.ExcelStyles;

/**
 * Scenario runs as Excel (情景推演结果): one row per indicator and milestone, the target, the
 * baseline forecast (value, probability, met or not) and each scenario's value,
 * probability, met or not and change beside it; figures in the indicator's number format,
 * probabilities as percent. The DEMO notice above the header when any run rests on demo
 * data.
 */
public final class ScenarioResultSheet {

	private ScenarioResultSheet() {
	}

	public static byte[] write(ScenarioComparison comparison, Locale locale, String demoNotice) {
		boolean zh = !"en".equals(locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet(zh ? "情景推演" : "Scenarios");
			int next = 0;
			if (comparison.demo() && demoNotice != null) {
				sheet.createRow(next++).createCell(0).setCellValue(demoNotice);
			}
			List<ScenarioRun> runs = comparison.runs();
			String zone = runs.isEmpty() ? comparison.zoneCode() : runs.get(0).zoneName().in(locale);
			sheet.createRow(next++)
				.createCell(0)
				.setCellValue(zh ? "空间单元：" + zone + "；基准预测依据截至 " + comparison.asOfYear() + " 年的已发布数据" : "Zone: " + zone
						+ "; baseline forecast from the published figures up to " + comparison.asOfYear());
			Row header = sheet.createRow(next++);
			String[] heads = zh ? new String[] { "指标", "指标代码", "单位", "年份", "目标", "基准预测", "基准达标概率", "基准是否达标" }
					: new String[] { "Indicator", "Code", "Unit", "Year", "Target", "Baseline", "Baseline probability",
							"Baseline meets" };
			int column = 0;
			for (String head : heads) {
				styles.text(header, column++, head).setCellStyle(styles.bold());
			}
			for (ScenarioRun run : runs) {
				String name = run.name() + " v" + run.version();
				for (String part : zh ? new String[] { "推演值", "达标概率", "是否达标", "较基准变化" }
						: new String[] { "value", "probability", "meets", "change" }) {
					styles.text(header, column++, name + (zh ? " " : " – ") + part).setCellStyle(styles.bold());
				}
			}
			if (!runs.isEmpty()) {
				List<IndicatorOutcome> indicators = runs.get(0).indicators();
				for (int i = 0; i < indicators.size(); i++) {
					IndicatorOutcome indicator = indicators.get(i);
					String unit = indicator.unit().zh();
					for (int m = 0; m < indicator.milestones().size(); m++) {
						MilestoneOutcome base = indicator.milestones().get(m);
						Row row = sheet.createRow(next++);
						styles.text(row, 0, indicator.name().in(locale));
						styles.text(row, 1, indicator.code());
						styles.text(row, 2, indicator.unit().in(locale));
						styles.year(row, 3, base.year());
						styles.text(row, 4, base.target().describe());
						styles.figure(row, 5, base.baseline(), unit);
						styles.percent(row, 6, base.baselineProbability());
						styles.text(row, 7, yesNo(base.baselineMeets(), zh));
						int c = heads.length;
						for (ScenarioRun run : runs) {
							MilestoneOutcome outcome = run.indicators().get(i).milestones().get(m);
							styles.figure(row, c, outcome.value(), unit);
							styles.percent(row, c + 1, outcome.probability());
							styles.text(row, c + 2, yesNo(outcome.meets(), zh));
							styles.figure(row, c + 3, outcome.change(), unit);
							c += 4;
						}
					}
				}
			}
			for (int c = 0; c < heads.length + 4 * runs.size(); c++) {
				sheet.setColumnWidth(c, ((c == 0) ? 36 : 14) * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String yesNo(Boolean value, boolean zh) {
		if (value == null) {
			return zh ? "无法评估" : "cannot assess";
		}
		return value ? (zh ? "是" : "yes") : (zh ? "否" : "no");
	}

}
