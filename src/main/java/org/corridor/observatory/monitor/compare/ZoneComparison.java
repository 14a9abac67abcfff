package org.corridor.observatory.monitor.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.YearValue;

/**
 * One indicator compared across the zones of one level, year by year (区县 × 年度): each
 * zone's figure, its rank among the zones with a figure that year, and its change on the
 * year before (年度变化, absolute and relative).
 *
 * @param indicatorCode the indicator
 * @param level the zones' level key ({@code district} …)
 * @param years the years compared, oldest first
 * @param lowerIsBetter whether the lowest figure ranks first
 * @param rows one row per zone, in the plan's order
 * @param demo whether any figure is demo data
 * @param unpublished whether any figure is not yet published (未审定)
 */
public record ZoneComparison(String indicatorCode, String level, List<Integer> years, boolean lowerIsBetter,
		List<Row> rows, boolean demo, boolean unpublished) {

	public ZoneComparison {
		years = List.copyOf(years);
		rows = List.copyOf(rows);
	}

	/**
	 * Compares the zones' figures.
	 * @param figures each zone's figures by zone code, in the order of the rows
	 * @param years the years to compare, oldest first
	 */
	public static ZoneComparison of(String indicatorCode, String level, List<Integer> years, boolean lowerIsBetter,
			Map<String, List<YearValue>> figures) {
		Map<String, Map<Integer, YearValue>> byZone = new HashMap<>();
		figures.forEach((zone, values) -> {
			Map<Integer, YearValue> byYear = new HashMap<>();
			values.forEach((v) -> byYear.put(v.year(), v));
			byZone.put(zone, byYear);
		});
		Map<Integer, Map<String, Integer>> ranks = new HashMap<>();
		for (int year : years) {
			Map<String, Double> values = new HashMap<>();
			byZone.forEach((zone, byYear) -> {
				YearValue v = byYear.get(year);
				if (v != null) {
					values.put(zone, v.value().doubleValue());
				}
			});
			ranks.put(year, rank(values, lowerIsBetter));
		}
		List<Row> rows = new ArrayList<>();
		boolean demo = false;
		boolean unpublished = false;
		for (String zone : figures.keySet()) {
			Map<Integer, YearValue> byYear = byZone.get(zone);
			List<Cell> cells = new ArrayList<>();
			for (int year : years) {
				YearValue v = byYear.get(year);
				YearValue before = byYear.get(year - 1);
				Double value = (v != null) ? v.value().doubleValue() : null;
				Double change = null;
				Double changeRatio = null;
				if (v != null && before != null) {
					double previous = before.value().doubleValue();
					change = value - previous;
					changeRatio = (previous != 0) ? change / Math.abs(previous) : null;
				}
				cells.add(new Cell(year, value, ranks.get(year).get(zone), change, changeRatio, v != null && v.demo(),
						v != null && v.unpublished()));
				demo |= v != null && v.demo();
				unpublished |= v != null && v.unpublished();
			}
			rows.add(new Row(zone, cells));
		}
		return new ZoneComparison(indicatorCode, level, years, lowerIsBetter, rows, demo, unpublished);
	}

	/**
	 * Competition ranks (1, 2, 2, 4): the best figure first, equal figures share a rank.
	 */
	static Map<String, Integer> rank(Map<String, Double> values, boolean lowerIsBetter) {
		Map<String, Integer> ranks = new HashMap<>();
		values.forEach((zone, value) -> {
			int better = 0;
			for (double other : values.values()) {
				if (lowerIsBetter ? other < value : other > value) {
					better++;
				}
			}
			ranks.put(zone, better + 1);
		});
		return ranks;
	}

	/** The row of a zone, if it is compared. */
	public java.util.Optional<Row> findRow(String zone) {
		return this.rows.stream().filter((r) -> r.zoneCode().equals(zone)).findFirst();
	}

	/**
	 * Whether every figure is demo data (then one DEMO label says it for all), rather
	 * than some.
	 */
	public boolean allDemo() {
		return this.demo
				&& this.rows.stream().flatMap((r) -> r.cells().stream()).allMatch((c) -> c.value() == null || c.demo());
	}

	/** How many zones have a figure in the year. */
	public int ranked(int year) {
		int i = this.years.indexOf(year);
		return (i < 0) ? 0 : (int) this.rows.stream().filter((r) -> r.cells().get(i).value() != null).count();
	}

	/**
	 * One zone's figures.
	 *
	 * @param zoneCode the zone
	 * @param cells one per year, in the order of the years
	 */
	public record Row(String zoneCode, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** The cell of a year, if the year is compared. */
		public java.util.Optional<Cell> findCell(int year) {
			return this.cells.stream().filter((c) -> c.year() == year).findFirst();
		}

	}

	/**
	 * One zone in one year.
	 *
	 * @param year the year
	 * @param value the figure, or null when there is none
	 * @param rank its rank among the zones with a figure that year, or null
	 * @param change the figure less the year before's, or null when either is missing
	 * @param changeRatio the change as a share of the year before's figure (its absolute
	 * value), or null when there is no change or the year before's figure is zero
	 * @param demo whether the figure is demo data
	 * @param unpublished whether the figure is not yet published
	 */
	public record Cell(int year, Double value, Integer rank, Double change, Double changeRatio, boolean demo,
			boolean unpublished) {
	}

}
