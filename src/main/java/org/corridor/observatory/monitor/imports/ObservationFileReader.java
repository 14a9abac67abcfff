package org.corridor.observatory.monitor.imports;

import org.corridor.observatory.tabular.CsvParser;
import org.corridor.observatory.tabular.TextDecoder;
import org.corridor.observatory.tabular.XlsxParser;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.corridor.observatory.plan.Plan;

/**
 * Reads an import file of figures (填报文件) into observations of a plan, all or nothing: a
 * file with any problem yields no figure at all, and the rejection lists every problem of
 * every row so the person can fix the file in one go.
 *
 * <p>
 * The file is CSV (UTF-8, with or without byte-order mark, or GBK/GB18030 as Excel in
 * China saves it) or XLSX (first sheet), told apart by the file name extension. Its first
 * non-blank row names the columns, in any order, in Chinese or English.
 */
public final class ObservationFileReader {

	private ObservationFileReader() {
	}

	/**
	 * The figures of a file, once every row has passed.
	 * @param fileName the name the file was uploaded under; its extension picks the
	 * format
	 * @param content the bytes of the file
	 * @param plan the plan whose indicators and zones the rows must name
	 * @param currentYear the year it is now: later years cannot have figures yet
	 * @return the format, the encoding of a CSV, and the figures in file order
	 * @throws ImportRejectedException listing every problem when there is any
	 */
	public static ParsedFile read(String fileName, byte[] content, Plan plan, int currentYear) {
		List<ImportProblem> problems = new ArrayList<>();
		String extension = extension(fileName);
		String format = null;
		String encoding = null;
		List<SheetRow> rows = null;
		if (content == null || content.length == 0) {
			problems.add(ImportProblem.ofFile("文件为空", "the file is empty"));
		}
		else if (extension.equals(".csv")) {
			format = ParsedFile.CSV;
			TextDecoder.Decoded decoded = TextDecoder.decode(content);
			if (decoded == null) {
				problems.add(ImportProblem.ofFile("文件不是 UTF-8 或 GBK/GB18030 编码的文本 CSV，无法读取",
						"the file is not CSV text in UTF-8 or GBK/GB18030 and cannot be read"));
			}
			else {
				encoding = decoded.encoding();
				rows = CsvParser.parse(decoded.text(), problems);
			}
		}
		else if (extension.equals(".xlsx")) {
			format = ParsedFile.XLSX;
			rows = XlsxParser.parse(content, problems);
		}
		else {
			String name = Cells.clean(fileName).isEmpty() ? "（无文件名 / no file name）" : Cells.clean(fileName);
			problems.add(ImportProblem.ofFile("不支持的文件类型：" + name + "，请上传 .csv 或 .xlsx 文件",
					"unsupported file type: " + name + "; upload a .csv or .xlsx file"));
		}
		List<ObservationRecord> records = (rows != null) ? records(rows, plan, currentYear, problems) : List.of();
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return new ParsedFile(format, encoding, records);
	}

	private static List<ObservationRecord> records(List<SheetRow> rows, Plan plan, int currentYear,
			List<ImportProblem> problems) {
		List<SheetRow> filled = rows.stream().filter((row) -> !row.isBlank()).toList();
		Optional<SheetRow> first = filled.stream().findFirst();
		if (first.isEmpty()) {
			problems
				.add(ImportProblem.ofFile("文件为空：没有列名行，也没有数据行", "the file is empty: no header row and no data rows"));
			return List.of();
		}
		Header header = Header.read(first.get(), problems);
		// A quote left open swallows the rows after it; saying there are none would
		// mislead.
		if (filled.size() == 1 && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("文件只有列名行，没有数据行", "the file has a header row but no data rows"));
		}
		if (!header.isComplete()) {
			// Without every required column no row can be judged; the header problems say
			// why.
			return List.of();
		}
		RowChecker checker = new RowChecker(plan, currentYear, header, problems);
		List<ObservationRecord> records = new ArrayList<>();
		for (SheetRow row : filled.subList(1, filled.size())) {
			ObservationRecord record = checker.check(row);
			if (record != null) {
				records.add(record);
			}
		}
		return records;
	}

	private static String extension(String fileName) {
		String name = Cells.clean(fileName).toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot) : "";
	}

}
