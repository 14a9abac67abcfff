package org.corridor.observatory.monitor.imports;

import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.tabular.Header;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

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
		return read(fileName, content, plan, currentYear, StoredSeries.NONE);
	}

	/**
	 * The figures of a file, once every row has passed, running totals (累计) also checked
	 * against the published figures.
	 * @param stored the published figures a running total must not fall below
	 * @throws ImportRejectedException listing every problem when there is any
	 */
	public static ParsedFile read(String fileName, byte[] content, Plan plan, int currentYear, StoredSeries stored) {
		TabularFile file = TabularFile.read(fileName, content, ObservationColumn.values());
		ProblemList problems = new ProblemList();
		RowChecker checker = new RowChecker(plan, currentYear, file.header(), problems);
		List<ObservationRecord> records = new ArrayList<>();
		for (SheetRow row : file.rows()) {
			ObservationRecord record = checker.check(row);
			if (record != null) {
				records.add(record);
			}
			if (problems.stopAfter(row.number())) {
				break;
			}
		}
		checker.checkRunningTotals(stored);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return new ParsedFile(file.format(), file.encoding(), records);
	}

	/**
	 * Checks one figure entered on a form by the rules of an imported file's row: the
	 * indicator and zone of the plan, reported (not computed), the year, the value.
	 * @param value the value as typed
	 * @return the figure, when it passes
	 * @throws ImportRejectedException listing every problem of the figure
	 */
	public static ObservationRecord checkFigure(Plan plan, int currentYear, String indicator, String zone, int year,
			String value, String note) {
		return checkFigure(plan, currentYear, indicator, zone, year, value, note, StoredSeries.NONE);
	}

	/**
	 * Checks one figure entered on a form as
	 * {@link #checkFigure(Plan, int, String, String, int, String, String)} does, a
	 * running total (累计) also against the published figures.
	 * @throws ImportRejectedException listing every problem of the figure
	 */
	public static ObservationRecord checkFigure(Plan plan, int currentYear, String indicator, String zone, int year,
			String value, String note, StoredSeries stored) {
		List<ImportProblem> problems = new ArrayList<>();
		Header header = Header.read(
				new SheetRow(1, List.of(ObservationColumn.INDICATOR.en(), ObservationColumn.ZONE.en(),
						ObservationColumn.PERIOD.en(), ObservationColumn.VALUE.en(), ObservationColumn.NOTE.en())),
				ObservationColumn.values(), problems);
		SheetRow row = new SheetRow(2,
				List.of(indicator, zone, Integer.toString(year), value, (note != null) ? note : ""));
		RowChecker checker = new RowChecker(plan, currentYear, header, problems);
		ObservationRecord record = checker.check(row);
		checker.checkRunningTotals(stored);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return record;
	}

}
