package org.corridor.observatory.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of an XLSX workbook into rows of cell texts, all at once. It
 * collects what {@link XlsxReader} streams, so both read a cell the same way: numbers
 * come out as the decimal Excel stored, not through a double, so a figure keeps the
 * digits typed. Large files should be read with {@link XlsxReader} instead.
 */
public final class XlsxParser {

	private XlsxParser() {
	}

	/**
	 * The rows of the first sheet; null, with a problem, when the bytes are no workbook.
	 */
	public static List<SheetRow> parse(byte[] bytes, List<ImportProblem> problems) {
		List<SheetRow> rows = new ArrayList<>();
		return XlsxReader.read(bytes, problems, rows::add) ? rows : null;
	}

}
