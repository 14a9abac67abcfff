package org.corridor.observatory.monitor.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneBaseline;
import org.corridor.observatory.plan.ZoneTarget;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.FigureCells;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.Reporter;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Reads a zone-target file (CSV or XLSX): per row an indicator, a zone (not the root), a
 * year the plan has a target in, and the zone's target for it (both bounds for a band)
 * and its baseline, each optional; an indicator, zone and year appear once, and the rows
 * of one indicator and zone agree on the baseline. The file is taken whole or not at all:
 * every problem is thrown together with its row, column and value.
 */
final class ZoneTargetFileReader {

	private static final int LAST_YEAR = 2100;

	private final TabularFile file;

	private final Plan plan;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<String, SheetRow> rowsByTarget = new HashMap<>();

	private ZoneTargetFileReader(TabularFile file, Plan plan) {
		this.file = file;
		this.plan = plan;
	}

	/**
	 * What a file holds, with where each target came from.
	 *
	 * @param decomposition the zone targets and baselines of the file
	 * @param rows the row of each target, by indicator, zone and year ({@link #key})
	 */
	record Read(Decomposition decomposition, Map<String, SheetRow> rows, TabularFile file) {

		static String key(String indicator, String zone, int year) {
			return indicator + "|" + zone + "|" + year;
		}

		/** The first row, in file order, of the indicator's targets for the year. */
		Optional<SheetRow> firstRow(String indicator, int year) {
			return this.rows.entrySet()
				.stream()
				.filter((e) -> e.getKey().startsWith(indicator + "|") && e.getKey().endsWith("|" + year))
				.map(Map.Entry::getValue)
				.min(Comparator.comparingInt(SheetRow::number));
		}

	}

	/**
	 * @throws ImportRejectedException with every problem of the file
	 */
	static Read read(String fileName, byte[] content, Plan plan) {
		TabularFile file = TabularFile.read(fileName, content, ZoneTargetColumn.values());
		ZoneTargetFileReader reader = new ZoneTargetFileReader(file, plan);
		List<ZoneTarget> targets = new ArrayList<>();
		Map<String, ZoneBaseline> baselines = new LinkedHashMap<>();
		Map<String, Integer> baselineRows = new HashMap<>();
		for (SheetRow row : file.rows()) {
			reader.check(row, targets, baselines, baselineRows);
		}
		if (!reader.problems.isEmpty()) {
			reader.problems.sort(Comparator.comparingInt(ImportProblem::row));
			throw new ImportRejectedException(reader.problems);
		}
		return new Read(new Decomposition(targets, List.copyOf(baselines.values()), Map.of()), reader.rowsByTarget,
				file);
	}

	private void check(SheetRow row, List<ZoneTarget> targets, Map<String, ZoneBaseline> baselines,
			Map<String, Integer> baselineRows) {
		Reporter reporter = (column, value, zh, en) -> this.problems.add(this.file.problem(row, column, value, zh, en));
		int before = this.problems.size();
		String code = cell(row, ZoneTargetColumn.INDICATOR);
		Indicator indicator = this.plan.findIndicator(code).orElse(null);
		if (indicator == null) {
			reporter.reject(ZoneTargetColumn.INDICATOR, code, code.isEmpty() ? "指标代码不能为空" : "规划中没有指标 " + code,
					code.isEmpty() ? "the indicator is empty" : "the plan has no indicator " + code);
		}
		String zoneText = cell(row, ZoneTargetColumn.ZONE);
		Zone zone = this.plan.findZone(zoneText).orElse(null);
		if (zone == null) {
			reporter.reject(ZoneTargetColumn.ZONE, zoneText, zoneText.isEmpty() ? "区域代码不能为空" : "规划中没有区域 " + zoneText,
					zoneText.isEmpty() ? "the zone is empty" : "the plan has no zone " + zoneText);
		}
		else if (zone.code().equals(this.plan.rootZone().code())) {
			reporter.reject(ZoneTargetColumn.ZONE, zoneText, "全域的目标就是规划目标，不能再分解给全域",
					"the corridor's targets are the plan's own, not decomposed");
		}
		String yearText = cell(row, ZoneTargetColumn.TARGET_YEAR);
		Integer year = FigureCells.year(yearText, LAST_YEAR, ZoneTargetColumn.TARGET_YEAR, reporter);
		if (yearText.isEmpty()) {
			reporter.reject(ZoneTargetColumn.TARGET_YEAR, yearText, "目标年不能为空", "the target year is empty");
		}
		Target whole = null;
		if (indicator != null && year != null) {
			whole = indicator.targets().stream().filter((t) -> t.year() == year).findFirst().orElse(null);
			if (whole == null) {
				reporter.reject(ZoneTargetColumn.TARGET_YEAR, yearText, "全域在 " + year + " 年没有此指标的目标，无从分解",
						"the corridor has no target for this indicator in " + year + " to decompose");
			}
		}
		BigDecimal value = decimal(row, ZoneTargetColumn.TARGET, reporter);
		BigDecimal upper = decimal(row, ZoneTargetColumn.TARGET_UPPER, reporter);
		if (whole != null && whole.upper() != null && (value == null) != (upper == null)) {
			reporter.reject(ZoneTargetColumn.TARGET_UPPER, cell(row, ZoneTargetColumn.TARGET_UPPER),
					"全域目标为区间 " + whole.describe() + "，请同时填写下限和上限",
					"the corridor's target is a band " + whole.describe() + ": give both bounds");
		}
		else if (whole != null && whole.upper() == null && upper != null) {
			reporter.reject(ZoneTargetColumn.TARGET_UPPER, upper.toPlainString(), "全域目标不是区间，上限应留空",
					"the corridor's target is not a band: leave the upper bound blank");
		}
		else if (value != null && upper != null && value.compareTo(upper) > 0) {
			reporter.reject(ZoneTargetColumn.TARGET_UPPER, upper.toPlainString(), "区间下限大于上限",
					"the lower bound exceeds the upper bound");
		}
		Baseline baseline = baseline(row, reporter);
		if (this.problems.size() > before || indicator == null || zone == null || year == null) {
			return;
		}
		String key = Read.key(indicator.code().value(), zone.code(), year);
		SheetRow earlier = this.rowsByTarget.putIfAbsent(key, row);
		if (earlier != null) {
			reporter.reject(ZoneTargetColumn.ZONE, zoneText, "指标、区域、目标年与第 " + earlier.number() + " 行重复",
					"the indicator, zone and year repeat row " + earlier.number());
			return;
		}
		if (value != null && whole != null) {
			targets.add(new ZoneTarget(indicator.code().value(), zone.code(),
					new Target(year, whole.comparator(), value, upper)));
		}
		else {
			this.rowsByTarget.remove(key);
		}
		if (baseline != null) {
			String zoneKey = indicator.code().value() + "|" + zone.code();
			ZoneBaseline found = baselines.putIfAbsent(zoneKey,
					new ZoneBaseline(indicator.code().value(), zone.code(), baseline));
			if (found == null) {
				baselineRows.put(zoneKey, row.number());
			}
			else if (found.baseline().year() != baseline.year()
					|| found.baseline().value().compareTo(baseline.value()) != 0) {
				reporter.reject(ZoneTargetColumn.BASELINE, cell(row, ZoneTargetColumn.BASELINE),
						"与第 " + baselineRows.get(zoneKey) + " 行的本区基期值不同",
						"differs from the zone's baseline on row " + baselineRows.get(zoneKey));
			}
		}
	}

	private Baseline baseline(SheetRow row, Reporter reporter) {
		String yearText = cell(row, ZoneTargetColumn.BASE_YEAR);
		Integer year = FigureCells.year(yearText, LAST_YEAR, ZoneTargetColumn.BASE_YEAR, reporter);
		BigDecimal value = decimal(row, ZoneTargetColumn.BASELINE, reporter);
		if (yearText.isEmpty() != (value == null) && (yearText.isEmpty() || year != null)) {
			reporter.reject(ZoneTargetColumn.BASELINE, cell(row, ZoneTargetColumn.BASELINE), "基期年和基期值须一起填写",
					"give the base year and the baseline together");
			return null;
		}
		if (year != null && year >= this.plan.header().startYear()) {
			reporter.reject(ZoneTargetColumn.BASE_YEAR, yearText,
					"基期年应早于规划期（" + this.plan.header().startYear() + " 年起）",
					"the base year must precede the plan period (from " + this.plan.header().startYear() + ")");
			return null;
		}
		return (year != null && value != null) ? new Baseline(year, value) : null;
	}

	/** A number, thousands separators and full-width digits allowed; null when blank. */
	private BigDecimal decimal(SheetRow row, ZoneTargetColumn column, Reporter reporter) {
		String text = cell(row, column);
		if (text.isEmpty()) {
			return null;
		}
		String plain = Cells.halfWidth(text).replace(",", "").replace(" ", "");
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			reporter.reject(column, text, "应为数值", "must be a number");
			return null;
		}
	}

	private String cell(SheetRow row, ZoneTargetColumn column) {
		return Cells.clean(this.file.cell(row, column));
	}

}
