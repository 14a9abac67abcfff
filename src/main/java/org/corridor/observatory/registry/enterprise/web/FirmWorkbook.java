package org.corridor.observatory.registry.enterprise.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.corridor.observatory.registry.enterprise.EnterpriseSummary;
import org.corridor.observatory.web.Names;

/**
 * The firms of a search as an Excel workbook, written as the rows arrive: POI's deferred
 * streaming workbook asks for the rows while it writes the sheet into the response, and
 * keeps no more than {@link #WINDOW} of them in memory. Nothing is built before the first
 * bytes go out, so a client that goes away makes the next write fail, which stops the
 * rows (and the query behind them). One sheet holds at most Excel's 1 048 576 rows; a
 * search with more firms ends with a row saying so.
 */
final class FirmWorkbook {

	/** Rows kept in memory before they are written out. */
	static final int WINDOW = 100;

	/** The firms one sheet has room for beside the notice, header and last rows. */
	static final int MAX_FIRMS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 3;

	private static final String[] COLUMNS = { "firm.col.uscc", "firm.col.name", "firm.col.industry",
			"firm.col.industryName", "firm.col.chains", "firm.col.zones", "firm.col.demo" };

	private FirmWorkbook() {
	}

	/**
	 * Writes the workbook to {@code out}.
	 * @param firms hands the firms, in order, to the consumer it is given; at most
	 * {@link #MAX_FIRMS} + 1 (one more says that the sheet is full)
	 * @param demo whether the firms include demo data (a DEMO row heads the sheet)
	 * @param names the chains' and zones' names in the reader's language
	 * @param text the sheet's texts by message key
	 */
	static void write(OutputStream out, Consumer<Consumer<EnterpriseSummary>> firms, boolean demo, Names names,
			Text text) throws IOException {
		DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW);
		DeferredSXSSFSheet sheet = workbook.createSheet(text.get("firm.sheet"));
		sheet.setRowGenerator((rows) -> generate(rows, firms, demo, names, text));
		workbook.write(out);
		// Only after a whole write: closing a workbook whose write failed part-way makes
		// POI deflate the rest of the sheet into the broken stream, without end. It holds
		// no file (the deferred sheet writes straight to the output), so the garbage
		// collector takes it as it is.
		workbook.close();
	}

	private static void generate(SXSSFSheet sheet, Consumer<Consumer<EnterpriseSummary>> firms, boolean demo,
			Names names, Text text) {
		int[] next = { 0 };
		if (demo) {
			sheet.createRow(next[0]++).createCell(0).setCellValue("DEMO " + text.get("firm.demoNotice"));
		}
		Row header = sheet.createRow(next[0]++);
		for (int i = 0; i < COLUMNS.length; i++) {
			header.createCell(i).setCellValue(text.get(COLUMNS[i]));
		}
		int first = next[0];
		firms.accept((firm) -> {
			if (next[0] - first == MAX_FIRMS) {
				sheet.createRow(next[0]++).createCell(0).setCellValue(text.get("firm.export.full"));
				return;
			}
			Row row = sheet.createRow(next[0]++);
			row.createCell(0).setCellValue(firm.uscc());
			row.createCell(1).setCellValue(firm.name());
			row.createCell(2).setCellValue(firm.industryCode());
			if (firm.industryName() != null) {
				row.createCell(3).setCellValue(firm.industryName());
			}
			row.createCell(4).setCellValue(String.join(",", firm.chains().stream().map(names::chain).toList()));
			row.createCell(5).setCellValue(names.zones(firm.zones()));
			row.createCell(6).setCellValue(firm.demo() ? "DEMO" : "");
		});
	}

	/** The workbook's texts in the reader's language. */
	interface Text {

		String get(String key);

	}

}
