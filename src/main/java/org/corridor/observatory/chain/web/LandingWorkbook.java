package org.corridor.observatory.chain.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.chain.LandingRanking.Landing;
import org.corridor.observatory.chain.LandingRanking.Moved;
import org.corridor.observatory.chain.LandingRanking.RankedLandings;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.web.Names;

/**
 * Ranked landings as an Excel sheet: one line per landing and indicator it moves (one
 * line for a landing that moves none), figures in their unit's format and shares as
 * percentages. A sheet resting on demo data starts with a DEMO line.
 */
final class LandingWorkbook {

	static final String[] COLUMNS = { "landings.col.rank", "firm.col.name", "chain.col.region", "firm.col.industry",
			"chain.col.kind", "landings.col.gaps", "firm.col.revenue", "landings.col.score", "chain.landing.indicator",
			"col.unit", "chain.landing.now", "chain.landing.delta", "col.target", "landings.col.remaining",
			"landings.col.share", "firm.col.demo" };

	private LandingWorkbook() {
	}

	static byte[] write(RankedLandings ranked, Names names, Locale locale, Function<String, String> messages) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet(messages.apply("landings.heading"));
			int next = 0;
			if (ranked.demo()) {
				sheet.createRow(next++).createCell(0).setCellValue("DEMO " + messages.apply("chain.demoNotice"));
			}
			String scope = ((ranked.chain() != null) ? names.chain(ranked.chain())
					: messages.apply("landings.allChains"))
					+ ((ranked.segment() != null) ? " · " + names.segment(ranked.segment()) : "") + " · "
					+ names.zone(ranked.zone()) + " · " + ranked.year();
			sheet.createRow(next++).createCell(0).setCellValue(messages.apply("chain.sheet.scope") + " " + scope);
			Row header = sheet.createRow(next++);
			for (int c = 0; c < COLUMNS.length; c++) {
				header.createCell(c).setCellValue(messages.apply(COLUMNS[c]));
				header.getCell(c).setCellStyle(styles.bold());
			}
			for (Landing landing : ranked.landings()) {
				String gaps = landing.gaps()
					.stream()
					.map((g) -> g.chainName().in(locale) + " · " + g.segmentName().in(locale) + " ("
							+ messages.apply("chain.gap." + g.kind().name()) + ")")
					.collect(Collectors.joining("; "));
				if (landing.moved().isEmpty()) {
					start(sheet.createRow(next++), landing, gaps, styles, messages);
					continue;
				}
				for (Moved moved : landing.moved()) {
					Row row = sheet.createRow(next++);
					start(row, landing, gaps, styles, messages);
					String unit = (moved.unit() != null) ? moved.unit().zh() : null;
					styles.text(row, 8, moved.name().in(locale));
					styles.text(row, 9, (moved.unit() != null) ? moved.unit().in(locale) : null);
					styles.figure(row, 10, moved.current(), unit);
					styles.figure(row, 11, moved.delta(), unit);
					styles.figure(row, 12, moved.targetValue(), unit);
					styles.figure(row, 13, moved.remaining(), unit);
					styles.percent(row, 14, moved.shareClosed());
				}
			}
			for (int c = 0; c < COLUMNS.length; c++) {
				sheet.setColumnWidth(c, (c == 1 || c == 5 || c == 8) ? 36 * 256 : 13 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void start(Row row, Landing landing, String gaps, ExcelStyles styles,
			Function<String, String> messages) {
		styles.count(row, 0, landing.rank());
		styles.text(row, 1, landing.candidate().name());
		styles.text(row, 2, landing.candidate().region());
		styles.text(row, 3, landing.candidate().industryCode());
		styles.text(row, 4, messages.apply("chain.gap." + landing.kind().name()));
		styles.text(row, 5, gaps);
		styles.number(row, 6, landing.candidate().revenue(), ExcelStyles.DECIMAL);
		styles.percent(row, 7, landing.score());
		styles.text(row, 15, landing.demo() ? "DEMO" : "");
	}

}
