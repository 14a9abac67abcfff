package org.corridor.observatory.chain.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.CodeList;
import org.corridor.observatory.tabular.FigureCells;
import org.corridor.observatory.tabular.FileTemplate;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.Reporter;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Reads a reference-region file (CSV or XLSX, see {@link FileTemplate#REFERENCE}): yearly
 * totals of one region, per chain segment of the plan and for all industries (合计 or
 * TOTAL). Every row names the same region; a year and segment appear once; a row gives
 * its employees, its revenue or both; a year with segment rows has a total row, and no
 * segment exceeds its year's total. The file is taken whole or not at all: every problem
 * is collected, with its row, column, value and reason in Chinese and English, and thrown
 * together as an {@link ImportRejectedException}.
 */
public final class ReferenceFileReader {

	/** The template of a reference-region file (参照区域). */
	public static final FileTemplate TEMPLATE = new FileTemplate(ReferenceColumn.values(), "参照区域", "Reference region",
			"一行为参照区域一个年度一个环节（或“合计”）的数据；导入的年度替换已存的同年数据，旧数据保留备查；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per year and segment (or TOTAL) of the reference region; the years imported replace the stored"
					+ " figures of those years, which are kept; the file is imported only if every row passes,"
					+ " otherwise every problem is listed (row, column, value, reason).");

	/** What the segment cell says of a total row, folded to upper case. */
	static final Set<String> TOTAL = Set.of("合计", "总计", "TOTAL");

	private final TabularFile file;

	private final CodeList segments;

	private final int currentYear;

	private final List<ImportProblem> problems = new ArrayList<>();

	private String region;

	private int regionRow;

	private ReferenceFileReader(TabularFile file, Plan plan, int currentYear) {
		this.file = file;
		this.segments = new CodeList(
				plan.listItems(ItemKind.SEGMENT).stream().map(Item::code).collect(Collectors.toSet()), "环节", "segment");
		this.currentYear = currentYear;
	}

	/**
	 * The figures of the file, in its order.
	 * @param currentYear the latest year a figure may be for
	 * @throws ImportRejectedException with every problem of the file
	 */
	static List<ReferenceFigure> read(String fileName, byte[] content, Plan plan, int currentYear) {
		TabularFile file = TabularFile.read(fileName, content, ReferenceColumn.values());
		ReferenceFileReader reader = new ReferenceFileReader(file, plan, currentYear);
		Map<String, Integer> seen = new HashMap<>();
		List<Entry> entries = new ArrayList<>(file.rows().size());
		for (SheetRow row : file.rows()) {
			Entry entry = reader.check(row, seen, fileName);
			if (entry != null) {
				entries.add(entry);
			}
		}
		reader.checkTotals(entries);
		if (!reader.problems.isEmpty()) {
			reader.problems.sort(Comparator.comparingInt(ImportProblem::row));
			throw new ImportRejectedException(reader.problems);
		}
		return entries.stream().map(Entry::figure).toList();
	}

	private Entry check(SheetRow row, Map<String, Integer> seen, String fileName) {
		int before = this.problems.size();
		Reporter reporter = reporter(row);
		String regionText = cell(row, ReferenceColumn.REGION);
		if (regionText.isEmpty()) {
			reporter.reject(ReferenceColumn.REGION, regionText, "参照区域不能为空", "the region is empty");
		}
		else if (this.region == null) {
			this.region = regionText;
			this.regionRow = row.number();
		}
		else if (!ChineseNames.key(regionText).equals(ChineseNames.key(this.region))) {
			reporter.reject(ReferenceColumn.REGION, regionText,
					"一个文件只能有一个参照区域：第 " + this.regionRow + " 行为“" + this.region + "”",
					"a file holds one reference region: row " + this.regionRow + " names '" + this.region + "'");
		}
		String yearText = cell(row, ReferenceColumn.YEAR);
		Integer year = FigureCells.year(yearText, this.currentYear, ReferenceColumn.YEAR, reporter);
		if (yearText.isEmpty()) {
			reporter.reject(ReferenceColumn.YEAR, yearText, "年度不能为空", "the year is empty");
		}
		String segmentText = cell(row, ReferenceColumn.SEGMENT);
		String segment = null;
		boolean segmentKnown = true;
		if (segmentText.isEmpty()) {
			reporter.reject(ReferenceColumn.SEGMENT, segmentText, "环节不能为空：填环节代码，或填“合计”表示全部行业",
					"the segment is empty: give a segment code, or TOTAL for all industries");
			segmentKnown = false;
		}
		else if (!TOTAL.contains(Cells.foldUpper(segmentText))) {
			segment = this.segments.canonical(segmentText);
			if (segment == null) {
				this.segments.reportUnknown(segmentText, ReferenceColumn.SEGMENT, segmentText, reporter);
				segmentKnown = false;
			}
		}
		String employeesText = cell(row, ReferenceColumn.EMPLOYEES);
		String revenueText = cell(row, ReferenceColumn.REVENUE);
		Integer employees = FigureCells.count(employeesText, ReferenceColumn.EMPLOYEES, reporter);
		BigDecimal revenue = FigureCells.money(revenueText, ReferenceColumn.REVENUE, reporter);
		if (employeesText.isEmpty() && revenueText.isEmpty()) {
			reporter.reject(ReferenceColumn.EMPLOYEES, employeesText, "从业人员和营业收入至少填写一项",
					"give the employees, the revenue or both");
		}
		if (year != null && segmentKnown) {
			String key = year + "/" + segment;
			Integer earlier = seen.putIfAbsent(key, row.number());
			if (earlier != null) {
				String what = (segment != null) ? "环节 " + segment : "合计";
				reporter.reject(ReferenceColumn.SEGMENT, segmentText, year + " 年" + what + "与第 " + earlier + " 行重复",
						"the year " + year + " and " + ((segment != null) ? "segment " + segment : "the total")
								+ " repeat row " + earlier);
			}
		}
		if (this.problems.size() > before) {
			return null;
		}
		String source = cell(row, ReferenceColumn.SOURCE);
		return new Entry(row,
				new ReferenceFigure(regionText, year, segment,
						(employees != null) ? BigDecimal.valueOf(employees) : null, revenue, false,
						source.isEmpty() ? fileName : source));
	}

	/**
	 * Every year with segment rows has a total row, and no segment's figure exceeds that
	 * total's (a segment is part of all industries; more is a unit or a copying slip).
	 */
	private void checkTotals(List<Entry> entries) {
		Map<Integer, ReferenceFigure> totals = new HashMap<>();
		entries.stream()
			.filter((entry) -> entry.figure().total())
			.forEach((entry) -> totals.put(entry.figure().year(), entry.figure()));
		Map<Integer, Entry> untotalled = new LinkedHashMap<>();
		for (Entry entry : entries) {
			ReferenceFigure figure = entry.figure();
			if (figure.total()) {
				continue;
			}
			ReferenceFigure total = totals.get(figure.year());
			if (total == null) {
				untotalled.putIfAbsent(figure.year(), entry);
				continue;
			}
			Reporter reporter = reporter(entry.row());
			exceeds(figure.employees(), total.employees(), ReferenceColumn.EMPLOYEES, reporter);
			exceeds(figure.revenue(), total.revenue(), ReferenceColumn.REVENUE, reporter);
		}
		untotalled.forEach((year, entry) -> reporter(entry.row()).reject(ReferenceColumn.SEGMENT,
				entry.figure().segment(), year + " 年有环节数据但没有合计行：请加一行环节为“合计”的全部行业数据", "the year " + year
						+ " has segment rows but no total row: add a row with segment TOTAL for all" + " industries"));
	}

	private static void exceeds(BigDecimal part, BigDecimal total, ReferenceColumn column, Reporter reporter) {
		if (part != null && total != null && part.compareTo(total) > 0) {
			reporter.reject(column, part.toPlainString(),
					column.zh() + "大于同年合计 " + total.toPlainString() + "：环节是全部行业的一部分",
					"the " + column.en() + " exceeds the year's total " + total.toPlainString()
							+ ": a segment is part of all industries");
		}
	}

	private Reporter reporter(SheetRow row) {
		return (column, value, zh, en) -> this.problems.add(this.file.problem(row, column, value, zh, en));
	}

	private String cell(SheetRow row, ReferenceColumn column) {
		return Cells.clean(this.file.cell(row, column));
	}

	/** A row read, with the row it came from. */
	private record Entry(SheetRow row, ReferenceFigure figure) {
	}

}
