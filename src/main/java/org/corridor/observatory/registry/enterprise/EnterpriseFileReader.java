package org.corridor.observatory.registry.enterprise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.tabular.CodeList;
import org.corridor.observatory.tabular.FileTemplate;
import org.corridor.observatory.tabular.Header;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Reads an enterprise file: CSV (UTF-8 or GBK, told apart by {@link TextDecoder}) or the
 * first sheet of an XLSX workbook, headers in Chinese or English (see {@link #TEMPLATE}).
 * One row is one firm for one year. The file is taken whole or not at all: every problem
 * of every row is collected, with its row, column, value and reason in Chinese and
 * English, and thrown together as an {@link ImportRejectedException}.
 */
public final class EnterpriseFileReader {

	/** The template of an enterprise file. */
	public static final FileTemplate TEMPLATE = new FileTemplate(EnterpriseColumn.values(), "企业", "Enterprises",
			"一行为一家企业一个年度；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per firm and year; the file is imported only if every row passes, otherwise every"
					+ " problem is listed (row, column, value, reason).");

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
		Rows rows = checked(settings(fileCrs, chainCodes, segmentCodes, tierCodes, today), (row) -> false, true,
				(problems, collector) -> TabularFile.stream(fileName, content, problems, collector));
		rows.end();
		return rows.accepted;
	}

	/**
	 * Reads and checks a file and folds its rows into firms as they are accepted, keeping
	 * no rows: memory holds the firms. Each accepted row is offered to {@code stored} as
	 * soon as it has passed its checks, while the file has no problem so far; a later row
	 * may still refuse the file.
	 * @param stored takes an accepted row and answers whether it stored its figures,
	 * which the firm then leaves out
	 */
	static Firms readFirms(String fileName, byte[] content, Crs fileCrs, Set<String> chainCodes,
			Set<String> segmentCodes, Set<String> tierCodes, LocalDate today, Predicate<EnterpriseRow> stored) {
		return checked(settings(fileCrs, chainCodes, segmentCodes, tierCodes, today), stored, false,
				(problems, collector) -> TabularFile.stream(fileName, content, problems, collector))
			.firms();
	}

	/**
	 * As {@link #readFirms(String, byte[], Crs, Set, Set, Set, LocalDate, Predicate)},
	 * from a file on disk read as a stream
	 * ({@link TabularFile#stream(String, Path, List, Consumer)}): memory holds the firms,
	 * not the file.
	 */
	static Firms readFirms(String fileName, Path file, Crs fileCrs, Set<String> chainCodes, Set<String> segmentCodes,
			Set<String> tierCodes, LocalDate today, Predicate<EnterpriseRow> stored) {
		return checked(settings(fileCrs, chainCodes, segmentCodes, tierCodes, today), stored, false,
				(problems, collector) -> TabularFile.stream(fileName, file, problems, collector))
			.firms();
	}

	/** An accepted file: how many rows it had, and the firms they fold into. */
	record Firms(int rows, List<Enterprise> firms) {
	}

	/**
	 * The rows of a file streamed through their checks; throws when the file cannot be
	 * read as a table at all.
	 */
	private static Rows checked(Settings settings, Predicate<EnterpriseRow> stored, boolean keepRows,
			BiPredicate<ProblemList, Rows> stream) {
		ProblemList problems = new ProblemList();
		Rows rows = new Rows(settings, problems, stored, keepRows);
		if (!stream.test(problems, rows)) {
			throw new ImportRejectedException(problems);
		}
		return rows;
	}

	private static Settings settings(Crs fileCrs, Set<String> chainCodes, Set<String> segmentCodes,
			Set<String> tierCodes, LocalDate today) {
		return new Settings(fileCrs, new CodeList(chainCodes, "产业链", "chain"),
				new CodeList(segmentCodes, "环节", "segment"), new CodeList(tierCodes, "梯队", "tier"), today);
	}

	/**
	 * Checks each data row as it is read, one by one and against the rows before it, and
	 * folds the accepted ones into firms while the file has no problem: once it has one
	 * it is refused anyway. The rows themselves are kept only when asked for.
	 */
	private static final class Rows extends TabularFile.Collector {

		private final Settings settings;

		private final ProblemList problems;

		private final FirmRegister register = new FirmRegister();

		private EnterpriseRowChecker checker;

		private final Predicate<EnterpriseRow> stored;

		/** The accepted rows, when kept; else null. */
		private final List<EnterpriseRow> accepted;

		private int count;

		Rows(Settings settings, ProblemList problems, Predicate<EnterpriseRow> stored, boolean keepRows) {
			super(EnterpriseColumn.values(), problems);
			this.settings = settings;
			this.problems = problems;
			this.stored = stored;
			this.accepted = keepRows ? new ArrayList<>() : null;
		}

		@Override
		protected void data(Header header, SheetRow row) {
			if (this.checker == null) {
				this.checker = new EnterpriseRowChecker(header, this.settings, this.problems);
			}
			EnterpriseRow checked = this.checker.check(row);
			this.register.admit(this.checker, row.number());
			if (checked != null && this.problems.isEmpty()) {
				this.count++;
				if (this.accepted != null) {
					this.accepted.add(checked);
				}
				this.register.fold(checked, !this.stored.test(checked));
			}
		}

		/** Ends the reading: throws the file's problems, if it has any. */
		void end() {
			finish();
			if (!this.problems.isEmpty()) {
				throw new ImportRejectedException(this.problems);
			}
		}

		Firms firms() {
			end();
			return new Firms(this.count, this.register.firms());
		}

	}

	/** What the checks of every row share. */
	record Settings(Crs fileCrs, CodeList chains, CodeList segments, CodeList tiers, LocalDate today) {

		int currentYear() {
			return this.today.getYear();
		}

	}

}
