package org.corridor.observatory.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A registry import file read whole: CSV (UTF-8 or GBK, told apart by
 * {@link TextDecoder}) or the first sheet of an XLSX workbook, its header row located and
 * matched to the file's columns.
 *
 * @param header the header row
 * @param columns where each column is, by {@link Column#ordinal()}; -1 when absent
 * @param rows the rows below the header, blank ones left out
 */
public record RegisterFile(SheetRow header, int[] columns, List<SheetRow> rows) {

	/**
	 * @throws ImportRejectedException when the file cannot be read, has no data or its
	 * header is bad (unknown, repeated or missing required columns)
	 */
	public static RegisterFile read(String fileName, byte[] content, Column[] all, Function<String, Column> byHeader) {
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = rows(fileName, content, problems);
		int headerAt = 0;
		while (headerAt < rows.size() && rows.get(headerAt).isBlank()) {
			headerAt++;
		}
		if (headerAt == rows.size()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("文件中没有数据", "the file holds no data")));
		}
		SheetRow header = rows.get(headerAt);
		int[] columns = columns(header, all, byHeader, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		List<SheetRow> data = rows.subList(headerAt + 1, rows.size()).stream().filter((row) -> !row.isBlank()).toList();
		if (data.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("文件中没有数据行", "the file has no data rows")));
		}
		return new RegisterFile(header, columns, data);
	}

	/** The text of {@code column} in {@code row}; "" when the file has no such column. */
	public String cell(SheetRow row, Column column) {
		int index = this.columns[column.ordinal()];
		return (index >= 0) ? row.cell(index) : "";
	}

	/** A problem of {@code row} in {@code column}, named by the file's own header. */
	public ImportProblem problem(SheetRow row, Column column, String value, String zh, String en) {
		int index = this.columns[column.ordinal()];
		return new ImportProblem(row.number(), (index >= 0) ? this.header.cell(index) : column.zh(), value, zh, en);
	}

	/** Where each column is, by {@link Column#ordinal()}; -1 when absent. */
	public static int[] columns(SheetRow header, Column[] all, Function<String, Column> byHeader,
			List<ImportProblem> problems) {
		int[] columns = new int[all.length];
		Arrays.fill(columns, -1);
		for (int i = 0; i < header.cells().size(); i++) {
			String text = header.cell(i);
			Column column = byHeader.apply(text);
			if (column == null && !text.isEmpty()) {
				problems.add(new ImportProblem(header.number(), text, text, "未知的列，请使用模板中的列名",
						"unknown column; use the column names of the template"));
			}
			else if (column != null && columns[column.ordinal()] >= 0) {
				problems.add(new ImportProblem(header.number(), text, text, "该列重复出现", "the column appears twice"));
			}
			else if (column != null) {
				columns[column.ordinal()] = i;
			}
		}
		for (Column column : all) {
			if (column.required() && columns[column.ordinal()] < 0) {
				problems.add(new ImportProblem(header.number(), column.zh(), null, "缺少必需的列“" + column.zh() + "”",
						"the required column '" + column.en() + "' is missing"));
			}
		}
		return columns;
	}

	/** The rows of a CSV or XLSX file; rejected whole when it is neither. */
	static List<SheetRow> rows(String fileName, byte[] content, List<ImportProblem> problems) {
		List<SheetRow> rows = new ArrayList<>();
		if (!stream(fileName, content, problems, rows::add)) {
			throw new ImportRejectedException(problems);
		}
		return rows;
	}

	/**
	 * Hands the file's rows to {@code rows} as they are read; false, with a problem, when
	 * the file cannot be read as CSV or XLSX.
	 */
	public static boolean stream(String fileName, byte[] content, List<ImportProblem> problems,
			Consumer<SheetRow> rows) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return XlsxReader.read(content, problems, rows);
		}
		if (!lower.endsWith(".csv")) {
			problems.add(ImportProblem.ofFile("只接受 .csv 或 .xlsx 文件", "only .csv or .xlsx files are accepted"));
			return false;
		}
		TextDecoder.Decoded decoded = TextDecoder.decode(content);
		if (decoded == null) {
			problems.add(ImportProblem.ofFile("文件既不是 UTF-8 也不是 GBK 文本", "the file is neither UTF-8 nor GBK text"));
			return false;
		}
		CsvParser.read(decoded.text(), problems, rows);
		return true;
	}

}
