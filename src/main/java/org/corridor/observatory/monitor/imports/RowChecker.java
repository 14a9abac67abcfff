package org.corridor.observatory.monitor.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.tabular.Header;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.Numbers;
import org.corridor.observatory.tabular.SheetRow;

/**
 * Checks the data rows of an import file against the plan, one cell at a time, collecting
 * every problem so a single upload shows the person all that needs fixing.
 */
final class RowChecker {

	// The column sizes of the observation table: text that would not fit is refused here
	// rather than failing half-way through storing.
	private static final int MAX_SOURCE = 500;

	private static final int MAX_NOTE = 1000;

	private final Plan plan;

	private final int currentYear;

	private final Header header;

	private final List<ImportProblem> problems;

	private final Map<String, Integer> firstRowByKey = new HashMap<>();

	/**
	 * The figures of running totals (累计) in this file: indicator|zone → year → figure.
	 */
	private final Map<String, TreeMap<Integer, Located>> runningTotals = new LinkedHashMap<>();

	/** A figure of the file with its row and the value as written. */
	private record Located(int row, String column, String written, BigDecimal value) {
	}

	RowChecker(Plan plan, int currentYear, Header header, List<ImportProblem> problems) {
		this.plan = plan;
		this.currentYear = currentYear;
		this.header = header;
		this.problems = problems;
	}

	/**
	 * The figure of a row, or null when the row has a problem (which is then recorded).
	 */
	ObservationRecord check(SheetRow row) {
		int before = ProblemList.count(this.problems);
		this.header.checkUnnamed(row, this.problems);
		Indicator indicator = indicator(row);
		String zone = zone(row);
		Period period = period(row, indicator);
		BigDecimal value = value(row);
		if (indicator != null && value != null) {
			FigureChecks.checkValue(indicator, value, (zh, en) -> add(row, ObservationColumn.VALUE, zh, en));
		}
		String source = optional(row, ObservationColumn.SOURCE, MAX_SOURCE);
		String note = optional(row, ObservationColumn.NOTE, MAX_NOTE);
		if (indicator != null && zone != null && period != null) {
			String key = indicator.code().value() + "|" + zone + "|" + period.year();
			Integer first = this.firstRowByKey.putIfAbsent(key, row.number());
			if (first != null) {
				add(row, ObservationColumn.PERIOD,
						"与第 " + first + " 行重复：指标 " + indicator.code() + "、空间单元 " + zone + "、" + period.year()
								+ " 年只能有一个数值",
						"duplicate of row " + first + ": indicator " + indicator.code() + ", zone " + zone + ", year "
								+ period.year() + " can have only one figure");
			}
		}
		if (ProblemList.count(this.problems) > before) {
			return null;
		}
		if (indicator.figures().cumulative()) {
			this.runningTotals.computeIfAbsent(indicator.code().value() + "|" + zone, (key) -> new TreeMap<>())
				.put(period.year(), new Located(row.number(), this.header.name(ObservationColumn.VALUE),
						this.header.cell(row, ObservationColumn.VALUE), value));
		}
		return new ObservationRecord(indicator.code().value(), zone, period.year(), value, source, note);
	}

	/**
	 * Checks that no running total (累计) of the file falls from one year to the next,
	 * within the file or against the published figures; a figure of the file replaces the
	 * published one of its year.
	 */
	void checkRunningTotals(StoredSeries stored) {
		this.runningTotals.forEach((key, figures) -> {
			String indicator = key.substring(0, key.indexOf('|'));
			String zone = key.substring(key.indexOf('|') + 1);
			NavigableMap<Integer, BigDecimal> published = stored.series(indicator, zone);
			NavigableMap<Integer, BigDecimal> merged = new TreeMap<>(published);
			figures.forEach((year, figure) -> merged.put(year, figure.value()));
			figures.forEach((year, figure) -> {
				Map.Entry<Integer, BigDecimal> before = merged.lowerEntry(year);
				if (before != null && figure.value().compareTo(before.getValue()) < 0) {
					String where = figures.containsKey(before.getKey())
							? "本文件第 " + figures.get(before.getKey()).row() + " 行" : "已发布";
					String whereEn = figures.containsKey(before.getKey())
							? "row " + figures.get(before.getKey()).row() + " of this file" : "published";
					fall(figure, indicator, zone,
							year + " 年为 " + figure.value().toPlainString() + "，低于 " + before.getKey() + " 年的 "
									+ before.getValue().toPlainString() + "（" + where + "）",
							year + " is " + figure.value().toPlainString() + ", below "
									+ before.getValue().toPlainString() + " in " + before.getKey() + " (" + whereEn
									+ ")");
				}
				Map.Entry<Integer, BigDecimal> after = published.higherEntry(year);
				if (after != null && !figures.containsKey(after.getKey())
						&& figure.value().compareTo(after.getValue()) > 0) {
					fall(figure, indicator, zone,
							year + " 年为 " + figure.value().toPlainString() + "，高于已发布的 " + after.getKey() + " 年数值 "
									+ after.getValue().toPlainString(),
							year + " is " + figure.value().toPlainString() + ", above the published "
									+ after.getValue().toPlainString() + " of " + after.getKey());
				}
			});
		});
	}

	private void fall(Located figure, String indicator, String zone, String zh, String en) {
		this.problems.add(new ImportProblem(figure.row(), figure.column(), figure.written(),
				"指标 " + indicator + " 为累计数，不能逐年下降：空间单元 " + zone + " " + zh, "indicator " + indicator
						+ " is a running total and cannot fall from one year to the next: zone " + zone + " " + en));
	}

	private Indicator indicator(SheetRow row) {
		String code = this.header.cell(row, ObservationColumn.INDICATOR);
		if (code.isEmpty()) {
			return empty(row, ObservationColumn.INDICATOR);
		}
		Indicator indicator = this.plan.findIndicator(code).orElse(null);
		if (indicator == null) {
			List<String> codes = this.plan.listIndicators().stream().map((known) -> known.code().value()).toList();
			add(row, ObservationColumn.INDICATOR, "指标代码 " + code + " 不在规划中" + suggestion(code, codes, true),
					"indicator code " + code + " is not in the plan" + suggestion(code, codes, false));
		}
		else if (indicator.query() != null) {
			// its figures come from the registry; a reported one would be silently
			// ignored
			add(row, ObservationColumn.INDICATOR, "指标 " + code + " 由登记库计算（" + indicator.query().describe() + "），不接受填报",
					"indicator " + code + " is computed from the registry (" + indicator.query().describe()
							+ ") and takes no reported figures");
			return null;
		}
		return indicator;
	}

	private String zone(SheetRow row) {
		String code = this.header.cell(row, ObservationColumn.ZONE);
		if (code.isEmpty()) {
			return empty(row, ObservationColumn.ZONE);
		}
		if (this.plan.findZone(code).isEmpty()) {
			List<String> codes = this.plan.listZones().stream().map(Zone::code).toList();
			add(row, ObservationColumn.ZONE, "空间单元代码 " + code + " 不在规划中" + suggestion(code, codes, true),
					"zone code " + code + " is not in the plan" + suggestion(code, codes, false));
			return null;
		}
		return code;
	}

	/**
	 * Codes are case-sensitive, but a code typed in the wrong case is worth pointing out.
	 */
	private static String suggestion(String code, List<String> codes, boolean chinese) {
		return codes.stream()
			.filter((known) -> known.equalsIgnoreCase(code))
			.findFirst()
			.map((known) -> chinese ? "（是否应为 " + known + "？代码区分大小写）"
					: " (did you mean " + known + "? codes are case-sensitive)")
			.orElse("");
	}

	private Period period(SheetRow row, Indicator indicator) {
		String text = this.header.cell(row, ObservationColumn.PERIOD);
		if (text.isEmpty()) {
			return empty(row, ObservationColumn.PERIOD);
		}
		try {
			Period period = Period.parse(text).requireWithin(this.plan.header(), this.currentYear);
			if (indicator != null && !period.isAnnual()) {
				// Only yearly figures are stored for now, and no indicator is reported
				// more often.
				boolean annual = indicator.frequency() == Frequency.ANNUAL;
				add(row, ObservationColumn.PERIOD,
						"期间 " + period + " 与指标的" + (annual ? "年度" : "一次性") + "频率不符，请填写年份，如 " + period.year(),
						"period " + period + " does not match the indicator's " + (annual ? "annual" : "one-off")
								+ " frequency; write the year, such as " + period.year());
				return null;
			}
			return period;
		}
		catch (Period.InvalidPeriodException ex) {
			add(row, ObservationColumn.PERIOD, ex.zh(), ex.en());
			return null;
		}
	}

	private BigDecimal value(SheetRow row) {
		String text = this.header.cell(row, ObservationColumn.VALUE);
		if (text.isEmpty()) {
			return empty(row, ObservationColumn.VALUE);
		}
		return Numbers.value(text, (zh, en) -> add(row, ObservationColumn.VALUE, zh, en));
	}

	private String optional(SheetRow row, ObservationColumn column, int maxLength) {
		String text = this.header.cell(row, column);
		if (text.length() > maxLength) {
			add(row, column, "内容过长：" + text.length() + " 个字符，最多 " + maxLength + " 个",
					"too long: " + text.length() + " characters, at most " + maxLength);
		}
		return text.isEmpty() ? null : text;
	}

	private <T> T empty(SheetRow row, ObservationColumn column) {
		add(row, column, "必填单元格为空", "required cell is empty");
		return null;
	}

	private void add(SheetRow row, ObservationColumn column, String zh, String en) {
		this.problems.add(this.header.problem(row, column, this.header.cell(row, column), zh, en));
	}

}
