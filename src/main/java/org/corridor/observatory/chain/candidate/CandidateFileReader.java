package org.corridor.observatory.chain.candidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.IndustryCells;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.CodeList;
import org.corridor.observatory.tabular.FigureCells;
import org.corridor.observatory.tabular.FileTemplate;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.Reporter;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Reads a candidate-firm file (CSV or XLSX, see {@link FileTemplate#CANDIDATES}): one row
 * per firm outside the corridor, its industry a GB/T 4754-2017 class and its segments the
 * plan's. A firm may appear once: by its credit code, or by its name (Simplified and
 * Traditional spellings alike) when a row gives no code. The file is taken whole or not
 * at all: every problem of every row is collected, with its row, column, value and reason
 * in Chinese and English, and thrown together as an {@link ImportRejectedException}.
 */
public final class CandidateFileReader {

	/** The template of a candidate-firm file (招商候选企业). */
	public static final FileTemplate TEMPLATE = new FileTemplate(CandidateColumn.values(), "招商候选企业", "Candidates",
			"一行为一家走廊外的候选企业；导入的名单整体替换当前名单，旧名单保留备查；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per candidate firm outside the corridor; an imported list replaces the current list as a whole,"
					+ " the old list being kept; the file is imported only if every row passes, otherwise every"
					+ " problem is listed (row, column, value, reason).");

	private final TabularFile file;

	private final CodeList segments;

	private final ProblemList problems = new ProblemList();

	/** The first row of each credit code. */
	private final Map<String, Integer> byCode = new HashMap<>();

	/** The first row of each name key. */
	private final Map<String, Integer> byName = new HashMap<>();

	/** The first row of each name key among rows without a credit code. */
	private final Map<String, Integer> byNameWithoutCode = new HashMap<>();

	private CandidateFileReader(TabularFile file, Plan plan) {
		this.file = file;
		this.segments = new CodeList(
				plan.listItems(ItemKind.SEGMENT).stream().map(Item::code).collect(Collectors.toSet()), "环节", "segment");
	}

	/**
	 * The candidates of the file, in its order, each with the file name as source.
	 * @throws ImportRejectedException with every problem of the file
	 */
	static List<CandidateFirm> read(String fileName, byte[] content, Plan plan) {
		TabularFile file = TabularFile.read(fileName, content, CandidateColumn.values());
		CandidateFileReader reader = new CandidateFileReader(file, plan);
		List<CandidateFirm> accepted = new ArrayList<>(file.rows().size());
		for (SheetRow row : file.rows()) {
			CandidateFirm checked = reader.check(row, fileName);
			if (checked != null) {
				accepted.add(checked);
			}
			if (reader.problems.stopAfter(row.number())) {
				break;
			}
		}
		if (!reader.problems.isEmpty()) {
			throw new ImportRejectedException(reader.problems);
		}
		return accepted;
	}

	private CandidateFirm check(SheetRow row, String source) {
		int before = this.problems.total();
		Reporter reporter = (column, value, zh, en) -> this.problems.add(this.file.problem(row, column, value, zh, en));
		String name = cell(row, CandidateColumn.NAME);
		String nameKey = ChineseNames.key(name);
		if (nameKey.isEmpty()) {
			reporter.reject(CandidateColumn.NAME, name, "企业名称不能为空", "the name is empty");
		}
		String usccText = cell(row, CandidateColumn.USCC);
		String uscc = null;
		if (!usccText.isEmpty()) {
			String code = Uscc.normalise(usccText);
			Uscc.Problem problem = Uscc.diagnose(code);
			if (problem != null) {
				reporter.reject(CandidateColumn.USCC, usccText, problem.zh(), problem.en());
			}
			else {
				uscc = code;
			}
		}
		repeats(row, usccText, uscc, name, nameKey, reporter);
		IndustryCode industry = IndustryCells.parseClass(cell(row, CandidateColumn.INDUSTRY), CandidateColumn.INDUSTRY,
				reporter);
		List<String> segmentCodes = this.segments.parse(cell(row, CandidateColumn.SEGMENTS), CandidateColumn.SEGMENTS,
				reporter);
		BigDecimal revenue = FigureCells.money(cell(row, CandidateColumn.REVENUE), CandidateColumn.REVENUE, reporter);
		BigDecimal rd = FigureCells.money(cell(row, CandidateColumn.RD_SPENDING), CandidateColumn.RD_SPENDING,
				reporter);
		Integer employees = FigureCells.count(cell(row, CandidateColumn.EMPLOYEES), CandidateColumn.EMPLOYEES,
				reporter);
		if (this.problems.total() > before) {
			return null;
		}
		String region = cell(row, CandidateColumn.REGION);
		return new CandidateFirm(0, name, uscc, industry.qualified(), segmentCodes, region.isEmpty() ? null : region,
				revenue, rd, employees, false, source);
	}

	/**
	 * Reports a firm given twice: two rows with the same credit code, or rows with the
	 * same name of which at least one gives no code (two codes tell firms of the same
	 * name apart; a missing one cannot).
	 */
	private void repeats(SheetRow row, String usccText, String uscc, String name, String nameKey, Reporter reporter) {
		if (uscc != null) {
			Integer earlier = this.byCode.putIfAbsent(uscc, row.number());
			if (earlier != null) {
				reporter.reject(CandidateColumn.USCC, usccText, "统一社会信用代码与第 " + earlier + " 行重复",
						"the credit code repeats row " + earlier);
				return;
			}
		}
		if (nameKey.isEmpty() || (!usccText.isEmpty() && uscc == null)) {
			// nothing to match by: the name is blank, or the code is bad and already
			// reported
			return;
		}
		Integer earlier = (uscc != null) ? this.byNameWithoutCode.get(nameKey) : this.byName.get(nameKey);
		if (earlier != null) {
			reporter.reject(CandidateColumn.NAME, name, "企业名称与第 " + earlier + " 行相同，且至少一行没有统一社会信用代码，无法区分",
					"the name repeats row " + earlier + " and at least one of the two rows gives no credit code to"
							+ " tell them apart");
			return;
		}
		this.byName.putIfAbsent(nameKey, row.number());
		if (uscc == null) {
			this.byNameWithoutCode.putIfAbsent(nameKey, row.number());
		}
	}

	private String cell(SheetRow row, CandidateColumn column) {
		return Cells.clean(this.file.cell(row, column));
	}

}
