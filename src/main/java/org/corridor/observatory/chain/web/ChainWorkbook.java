package org.corridor.observatory.chain.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.chain.ChainFigures;
import org.corridor.observatory.chain.ChainMatrix;
import org.corridor.observatory.chain.ChainReport;
import org.corridor.observatory.chain.Gap;
import org.corridor.observatory.chain.SegmentFigures;
import org.corridor.observatory.tabular.ExcelStyles;

/**
 * The chains of a zone and year as an Excel workbook: every chain × segment with all its
 * figures, the gaps of every chain, and the chains × zones matrix of the year. A workbook
 * resting on demo data starts every sheet with a DEMO line above the header.
 */
final class ChainWorkbook {

	static final String[] SEGMENT_COLUMNS = { "chain.col.chainCode", "chain.col.chain", "chain.col.segmentCode",
			"chain.col.segment", "chain.col.stage", "chain.col.firms", "chain.col.revenue", "chain.col.rd",
			"chain.col.employees", "chain.col.growth", "chain.col.share", "chain.col.lq", "chain.col.hhi",
			"chain.col.leaders", "chain.col.topFirm", "chain.col.topShare", "chain.col.singlePoint", "chain.col.stars",
			"chain.col.earned", "firm.col.demo" };

	static final String[] GAP_COLUMNS = { "chain.col.chainCode", "chain.col.chain", "chain.col.rank", "chain.col.kind",
			"chain.col.segmentCode", "chain.col.segment", "chain.col.evidence" };

	private ChainWorkbook() {
	}

	static byte[] write(ChainReport report, ChainMatrix matrix, String zone, Locale locale,
			BiFunction<String, Locale, String> messages) {
		boolean demo = report.demo() || matrix.demo();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet segments = workbook.createSheet(messages.apply("chain.sheet.segments", locale));
			int next = start(segments, demo, messages, locale, report.year() + " · " + zone);
			next = header(segments, next, SEGMENT_COLUMNS, messages, locale);
			for (ChainFigures chain : report.chains()) {
				for (SegmentFigures s : chain.segments()) {
					Row row = segments.createRow(next++);
					int c = 0;
					text(row, c++, chain.code());
					text(row, c++, chain.name().in(locale));
					text(row, c++, s.code());
					text(row, c++, s.name().in(locale));
					text(row, c++, messages.apply("chain.stage." + ChainPageController.stageOf(s), locale));
					styles.count(row, c++, s.firms());
					styles.number(row, c++, s.revenue(), ExcelStyles.DECIMAL);
					styles.number(row, c++, s.rdSpending(), ExcelStyles.DECIMAL);
					styles.count(row, c++, s.employees());
					styles.percent(row, c++, s.growth());
					styles.percent(row, c++, s.shareOfCorridor());
					styles.number(row, c++, s.locationQuotient(), ExcelStyles.RATIO);
					styles.number(row, c++, s.hhi(), "0.000");
					styles.count(row, c++, s.leaders());
					text(row, c++, s.topFirmName());
					styles.percent(row, c++, s.topFirmShare());
					text(row, c++, s.singlePoint() ? messages.apply("chain.yes", locale) : "");
					styles.count(row, c++, s.stars());
					text(row, c++, String.join(";", s.earned()));
					text(row, c, s.demo() ? "DEMO" : "");
				}
			}

			Sheet gaps = workbook.createSheet(messages.apply("chain.sheet.gaps", locale));
			next = start(gaps, demo, messages, locale, report.year() + " · " + zone);
			next = header(gaps, next, GAP_COLUMNS, messages, locale);
			for (ChainFigures chain : report.chains()) {
				for (Gap gap : Gap.of(chain)) {
					Row row = gaps.createRow(next++);
					text(row, 0, chain.code());
					text(row, 1, chain.name().in(locale));
					styles.count(row, 2, gap.rank());
					text(row, 3, messages.apply("chain.gap." + gap.kind().name(), locale));
					text(row, 4, gap.segment());
					text(row, 5, (gap.segmentName() != null) ? gap.segmentName().in(locale) : null);
					text(row, 6, gap.evidence().in(locale));
				}
			}

			Sheet cells = workbook.createSheet(messages.apply("chain.sheet.matrix", locale));
			next = start(cells, demo, messages, locale, String.valueOf(matrix.year()));
			Row header = cells.createRow(next++);
			text(header, 0, messages.apply("chain.col.chainCode", locale));
			text(header, 1, messages.apply("chain.col.chain", locale));
			text(header, 2, messages.apply("chain.col.firms", locale));
			text(header, 3, messages.apply("chain.col.revenue", locale));
			List<ChainMatrix.Column> zones = matrix.zones();
			for (int z = 0; z < zones.size(); z++) {
				String name = zones.get(z).name().in(locale);
				text(header, 4 + 3 * z, name + " " + messages.apply("chain.col.firms", locale));
				text(header, 5 + 3 * z, name + " " + messages.apply("chain.col.zoneShare", locale));
				text(header, 6 + 3 * z, name + " " + messages.apply("chain.col.host", locale));
			}
			for (ChainMatrix.Row r : matrix.rows()) {
				Row row = cells.createRow(next++);
				text(row, 0, r.chain());
				text(row, 1, r.name().in(locale));
				styles.count(row, 2, r.firms());
				styles.number(row, 3, r.revenue(), ExcelStyles.DECIMAL);
				for (int z = 0; z < r.cells().size(); z++) {
					ChainMatrix.Cell cell = r.cells().get(z);
					styles.count(row, 4 + 3 * z, cell.firms());
					styles.percent(row, 5 + 3 * z, cell.share());
					text(row, 6 + 3 * z, cell.host() ? messages.apply("chain.yes", locale) : "");
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The DEMO line when there is demo data, then the line saying what the sheet covers.
	 */
	private static int start(Sheet sheet, boolean demo, BiFunction<String, Locale, String> messages, Locale locale,
			String scope) {
		int next = 0;
		if (demo) {
			sheet.createRow(next++).createCell(0).setCellValue("DEMO " + messages.apply("chain.demoNotice", locale));
		}
		sheet.createRow(next++).createCell(0).setCellValue(messages.apply("chain.sheet.scope", locale) + " " + scope);
		return next;
	}

	private static int header(Sheet sheet, int next, String[] columns, BiFunction<String, Locale, String> messages,
			Locale locale) {
		Row header = sheet.createRow(next);
		for (int i = 0; i < columns.length; i++) {
			header.createCell(i).setCellValue(messages.apply(columns[i], locale));
		}
		return next + 1;
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

}
