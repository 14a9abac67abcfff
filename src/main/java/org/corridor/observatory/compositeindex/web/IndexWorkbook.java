package org.corridor.observatory.compositeindex.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.compositeindex.IndexDefinition;
import org.corridor.observatory.compositeindex.IndexResult;
import org.corridor.observatory.compositeindex.IndexResult.IndicatorScore;
import org.corridor.observatory.compositeindex.IndexResult.PillarScore;
import org.corridor.observatory.compositeindex.IndexResult.YearRanking;
import org.corridor.observatory.compositeindex.IndexResult.ZoneScore;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.web.DemoNotice;

/**
 * An index's scores as Excel: one sheet of scores and ranks per year and zone with each
 * pillar's score, one of the decomposition into indicators; the DEMO notice and the
 * example's note above the header when they apply.
 */
final class IndexWorkbook {

	private IndexWorkbook() {
	}

	static byte[] write(IndexResult result, IndexDefinition definition, Locale locale) {
		boolean zh = !"en".equals(locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			CellStyle decimal = styles.format(ExcelStyles.DECIMAL);
			CellStyle percent = styles.format(ExcelStyles.PERCENT);
			Sheet scores = workbook.createSheet(zh ? "得分与排名" : "Scores and ranks");
			int next = notes(scores, result, definition, zh);
			Row header = scores.createRow(next++);
			String[] heads = zh ? new String[] { "年度", "空间单元", "对标区域", "排名", "综合得分" }
					: new String[] { "Year", "Zone", "Peer", "Rank", "Score" };
			for (int c = 0; c < heads.length; c++) {
				header.createCell(c).setCellValue(heads[c]);
			}
			for (int p = 0; p < definition.pillars().size(); p++) {
				header.createCell(heads.length + p)
					.setCellValue(definition.pillars().get(p).name().in(locale) + (zh ? " 得分" : " score"));
			}
			for (YearRanking ranking : result.years()) {
				for (ZoneScore zone : ranking.zones()) {
					Row row = scores.createRow(next++);
					row.createCell(0).setCellValue(ranking.year());
					row.createCell(1).setCellValue(zone.name().in(locale));
					row.createCell(2).setCellValue(zone.peer() ? (zh ? "是" : "yes") : "");
					if (zone.rank() != null) {
						row.createCell(3).setCellValue(zone.rank());
					}
					number(row, 4, zone.score(), decimal);
					for (int p = 0; p < zone.pillars().size(); p++) {
						number(row, heads.length + p, zone.pillars().get(p).score(), decimal);
					}
				}
			}
			Sheet parts = workbook.createSheet(zh ? "得分分解" : "Decomposition");
			next = notes(parts, result, definition, zh);
			Row head = parts.createRow(next++);
			String[] columns = zh
					? new String[] { "年度", "空间单元", "一级指标", "一级指标权重", "实际权重", "一级指标得分", "指标", "指标值", "标准化得分", "指标实际权重" }
					: new String[] { "Year", "Zone", "Pillar", "Pillar weight", "Weight applied", "Pillar score",
							"Indicator", "Figure", "Normalised score", "Indicator weight applied" };
			for (int c = 0; c < columns.length; c++) {
				head.createCell(c).setCellValue(columns[c]);
			}
			for (YearRanking ranking : result.years()) {
				for (ZoneScore zone : ranking.zones()) {
					for (PillarScore pillar : zone.pillars()) {
						for (IndicatorScore indicator : pillar.indicators()) {
							Row row = parts.createRow(next++);
							row.createCell(0).setCellValue(ranking.year());
							row.createCell(1).setCellValue(zone.name().in(locale));
							row.createCell(2).setCellValue(pillar.name().in(locale));
							number(row, 3, pillar.weight(), percent);
							number(row, 4, pillar.effectiveWeight(), percent);
							number(row, 5, pillar.score(), decimal);
							row.createCell(6).setCellValue(indicator.name().in(locale));
							number(row, 7, indicator.value(), decimal);
							number(row, 8, indicator.score(), decimal);
							number(row, 9, indicator.effectiveWeight(), percent);
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int notes(Sheet sheet, IndexResult result, IndexDefinition definition, boolean zh) {
		int next = 0;
		if (result.demo()) {
			sheet.createRow(next++).createCell(0).setCellValue(DemoNotice.TEXT);
		}
		sheet.createRow(next++)
			.createCell(0)
			.setCellValue((zh ? definition.name().zh() : definition.name().en()) + " · "
					+ (zh ? result.normalisation().label().zh() + " · " + result.aggregation().label().zh()
							: result.normalisation().label().en() + " · " + result.aggregation().label().en()));
		if (definition.example()) {
			sheet.createRow(next++).createCell(0).setCellValue(zh ? definition.basis().zh() : definition.basis().en());
		}
		return next;
	}

	private static void number(Row row, int column, Double value, CellStyle style) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
			row.getCell(column).setCellStyle(style);
		}
	}

}
