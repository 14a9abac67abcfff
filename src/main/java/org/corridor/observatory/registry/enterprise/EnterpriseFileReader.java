package org.corridor.observatory.registry.enterprise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
		return read(fileName, content, fileCrs, chainCodes, segmentCodes, tierCodes, today, (row) -> {
		});
	}

	/**
	 * As {@link #read(String, byte[], Crs, Set, Set, Set, LocalDate)}, handing each
	 * accepted row to {@code accepted} as soon as it has passed its checks, while the
	 * file has no problem so far. A later row may still refuse the file.
	 */
	static List<EnterpriseRow> read(String fileName, byte[] content, Crs fileCrs, Set<String> chainCodes,
			Set<String> segmentCodes, Set<String> tierCodes, LocalDate today, Consumer<EnterpriseRow> accepted) {
		ProblemList problems = new ProblemList();
		Rows rows = new Rows(settings(fileCrs, chainCodes, segmentCodes, tierCodes, today), problems, accepted);
		if (!TabularFile.stream(fileName, content, problems, rows)) {
			throw new ImportRejectedException(problems);
		}
		return rows.rows();
	}

	/**
	 * As {@link #read(String, byte[], Crs, Set, Set, Set, LocalDate, Consumer)}, from a
	 * file on disk read as a stream
	 * ({@link TabularFile#stream(String, Path, List, Consumer)}): memory holds the
	 * accepted rows, not the file.
	 */
	static List<EnterpriseRow> read(String fileName, Path file, Crs fileCrs, Set<String> chainCodes,
			Set<String> segmentCodes, Set<String> tierCodes, LocalDate today, Consumer<EnterpriseRow> accepted) {
		ProblemList problems = new ProblemList();
		Rows rows = new Rows(settings(fileCrs, chainCodes, segmentCodes, tierCodes, today), problems, accepted);
		if (!TabularFile.stream(fileName, file, problems, rows)) {
			throw new ImportRejectedException(problems);
		}
		return rows.rows();
	}

	private static Settings settings(Crs fileCrs, Set<String> chainCodes, Set<String> segmentCodes,
			Set<String> tierCodes, LocalDate today) {
		return new Settings(fileCrs, new CodeList(chainCodes, "产业链", "chain"),
				new CodeList(segmentCodes, "环节", "segment"), new CodeList(tierCodes, "梯队", "tier"), today);
	}

	/**
	 * Checks each data row as it is read, one by one and against the rows before it. Only
	 * the accepted rows are kept, and only while the file has no problem: once it has one
	 * it is refused anyway.
	 */
	private static final class Rows extends TabularFile.Collector {

		private final Settings settings;

		private final ProblemList problems;

		private final FirmRegister register = new FirmRegister();

		private EnterpriseRowChecker checker;

		private final Consumer<EnterpriseRow> sink;

		private List<EnterpriseRow> accepted = new ArrayList<>();

		Rows(Settings settings, ProblemList problems, Consumer<EnterpriseRow> sink) {
			super(EnterpriseColumn.values(), problems);
			this.settings = settings;
			this.problems = problems;
			this.sink = sink;
		}

		@Override
		protected void data(Header header, SheetRow row) {
			if (this.checker == null) {
				this.checker = new EnterpriseRowChecker(header, this.settings, this.problems);
			}
			EnterpriseRow checked = this.checker.check(row);
			this.register.admit(this.checker, row.number());
			if (!this.problems.isEmpty()) {
				this.accepted = null;
			}
			else if (checked != null) {
				this.accepted.add(checked);
				this.sink.accept(checked);
			}
		}

		List<EnterpriseRow> rows() {
			finish();
			if (!this.problems.isEmpty()) {
				throw new ImportRejectedException(this.problems);
			}
			return this.accepted;
		}

	}

	/** What the checks of every row share. */
	record Settings(Crs fileCrs, CodeList chains, CodeList segments, CodeList tiers, LocalDate today) {

		int currentYear() {
			return this.today.getYear();
		}

	}

}
