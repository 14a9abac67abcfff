package org.corridor.observatory.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.tabular.CsvParser;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TextDecoder;
import org.corridor.observatory.tabular.XlsxParser;

/**
 * Reads an enterprise file: CSV (UTF-8 or GBK, told apart by {@link TextDecoder}) or the
 * first sheet of an XLSX workbook, headers in Chinese or English (see
 * {@link EnterpriseTemplate}). One row is one firm for one year. The file is taken whole
 * or not at all: every problem of every row is collected, with its row, column, value and
 * reason in Chinese and English, and thrown together as an
 * {@link ImportRejectedException}.
 */
public final class EnterpriseFileReader {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private EnterpriseFileReader() {
	}

	/**
	 * @param fileCrs the coordinate system of rows that name none
	 * @param chainCodes the plan's industrial chain codes
	 * @param segmentCodes the plan's chain segment codes
	 * @param tierCodes the plan's cultivation tier codes
	 * @param currentYear the latest year figures may be for; when it is this year in
	 * China, dates after today are in the future, otherwise dates after its end
	 */
	public static List<EnterpriseRow> read(String fileName, byte[] content, Crs fileCrs, Set<String> chainCodes,
			Set<String> segmentCodes, Set<String> tierCodes, int currentYear) {
		LocalDate now = LocalDate.now(CHINA);
		LocalDate today = (now.getYear() == currentYear) ? now : LocalDate.of(currentYear, 12, 31);
		return read(fileName, content, fileCrs, chainCodes, segmentCodes, tierCodes, today);
	}

	/**
	 * As {@link #read(String, byte[], Crs, Set, Set, Set, int)}, with the day that tells
	 * past from future given explicitly; figures may be for its year at the latest.
	 */
	public static List<EnterpriseRow> read(String fileName, byte[] content, Crs fileCrs, Set<String> chainCodes,
			Set<String> segmentCodes, Set<String> tierCodes, LocalDate today) {
		Settings settings = new Settings(fileCrs, new CodeList(chainCodes, "产业链", "chain"),
				new CodeList(segmentCodes, "环节", "segment"), new CodeList(tierCodes, "梯队", "tier"), today);
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = rows(fileName, content, problems);
		int headerAt = 0;
		while (headerAt < rows.size() && rows.get(headerAt).isBlank()) {
			headerAt++;
		}
		if (headerAt == rows.size()) {
			problems.add(ImportProblem.ofFile("文件中没有数据", "the file holds no data"));
			throw new ImportRejectedException(problems);
		}
		SheetRow header = rows.get(headerAt);
		int[] columns = columns(header, problems);
		if (problems.stream().anyMatch((problem) -> problem.row() == header.number())) {
			throw new ImportRejectedException(problems);
		}
		EnterpriseRowChecker checker = new EnterpriseRowChecker(header, columns, settings, problems);
		FirmRegister register = new FirmRegister();
		List<EnterpriseRow> accepted = new ArrayList<>(rows.size() - headerAt);
		for (SheetRow row : rows.subList(headerAt + 1, rows.size())) {
			if (!row.isBlank()) {
				EnterpriseRow checked = checker.check(row);
				register.admit(checker, row.number());
				if (checked != null) {
					accepted.add(checked);
				}
			}
		}
		if (accepted.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("文件中没有数据行", "the file has no data rows"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return accepted;
	}

	/** Where each column is, by {@link EnterpriseColumn#ordinal()}; -1 when absent. */
	private static int[] columns(SheetRow header, List<ImportProblem> problems) {
		int[] columns = new int[EnterpriseColumn.values().length];
		Arrays.fill(columns, -1);
		for (int i = 0; i < header.cells().size(); i++) {
			String text = header.cell(i);
			EnterpriseColumn column = EnterpriseColumn.byHeader(text);
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
		for (EnterpriseColumn column : EnterpriseColumn.values()) {
			if (column.required && columns[column.ordinal()] < 0) {
				problems.add(new ImportProblem(header.number(), column.zh, null, "缺少必需的列“" + column.zh + "”",
						"the required column '" + column.en + "' is missing"));
			}
		}
		return columns;
	}

	private static List<SheetRow> rows(String fileName, byte[] content, List<ImportProblem> problems) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		List<SheetRow> rows = null;
		if (lower.endsWith(".xlsx")) {
			rows = XlsxParser.parse(content, problems);
		}
		else if (!lower.endsWith(".csv")) {
			problems.add(ImportProblem.ofFile("只接受 .csv 或 .xlsx 文件", "only .csv or .xlsx files are accepted"));
		}
		else {
			TextDecoder.Decoded decoded = TextDecoder.decode(content);
			if (decoded == null) {
				problems.add(ImportProblem.ofFile("文件既不是 UTF-8 也不是 GBK 文本", "the file is neither UTF-8 nor GBK text"));
			}
			else {
				rows = CsvParser.parse(decoded.text(), problems);
			}
		}
		if (rows == null) {
			throw new ImportRejectedException(problems);
		}
		return rows;
	}

	/** What the checks of every row share. */
	record Settings(Crs fileCrs, CodeList chains, CodeList segments, CodeList tiers, LocalDate today) {

		int currentYear() {
			return this.today.getYear();
		}

	}

}
