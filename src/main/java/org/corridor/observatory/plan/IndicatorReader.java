package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code indicators.yaml}: the indicator categories and the indicators with their
 * baselines, targets (in year order, inside the plan's years) and queries, the latter
 * read by {@link IndicatorQueryReader}.
 */
final class IndicatorReader {

	static final String FILE = "indicators.yaml";

	private final CrossReferences codes;

	private final PlanHeader header;

	private final IndicatorQueryReader queries;

	/** The header may be null when {@code plan.yaml} is invalid; years go unchecked. */
	IndicatorReader(CrossReferences codes, PlanHeader header) {
		this.codes = codes;
		this.header = header;
		this.queries = new IndicatorQueryReader(codes);
	}

	/**
	 * What {@code indicators.yaml} holds.
	 *
	 * @param categories the categories, in file order
	 * @param indicators the indicators, in file order
	 */
	record Indicators(List<Category> categories, List<Indicator> indicators) {
	}

	Indicators read(Node root) {
		List<Category> categories = new ArrayList<>();
		for (Node node : root.nodes("categories", true)) {
			String code = this.codes.declare(node, "CATEGORY");
			LocalizedText name = node.localized("name", true);
			node.localized("note", false);
			node.finish();
			if (code != null && name != null) {
				categories.add(new Category(code, name));
			}
		}
		List<Indicator> indicators = new ArrayList<>();
		for (Node node : root.nodes("indicators", true)) {
			Indicator indicator = readIndicator(node);
			if (indicator != null) {
				indicators.add(indicator);
			}
		}
		root.finish();
		return new Indicators(categories, indicators);
	}

	private Indicator readIndicator(Node node) {
		String code = this.codes.declare(node, "INDICATOR");
		LocalizedText name = node.localized("name", true);
		LocalizedText unit = node.localized("unit", true);
		String category = this.codes.reference(node, "category", "CATEGORY", true);
		String goal = this.codes.reference(node, "goal", "GOAL", false);
		Direction direction = node.choice("direction", Direction.class, true);
		Attribute attribute = node.choice("attribute", Attribute.class, true);
		Frequency frequency = node.choice("frequency", Frequency.class, true);
		Baseline baseline = Baseline.read(node, this.header);
		List<Target> targets = readTargets(node);
		LocalizedText reportingUnit = node.localized("reporting_unit", false);
		LocalizedText dataSource = node.localized("data_source", false);
		String table = this.codes.reference(node, "table", "TABLE", false);
		LocalizedText note = node.localized("note", false);
		FigureKind figures = readFigureKind(node, unit);
		IndicatorQuery query = this.queries.read(node);
		Indicator.Adjustment adjustment = readAdjustment(node);
		String source = this.codes.quote(node, adjustment == null);
		node.finish();
		if (code == null || name == null || unit == null || direction == null || attribute == null
				|| frequency == null) {
			return null;
		}
		return new Indicator(new IndicatorCode(code), name, unit, category, goal, direction, attribute, baseline,
				targets, frequency, reportingUnit, dataSource, table, source, query, note, adjustment, figures);
	}

	/**
	 * The adjustment that added or last changed the indicator: a version number from 2
	 * on, and its basis in both languages. With it, {@code source:} is optional.
	 */
	private Indicator.Adjustment readAdjustment(Node parent) {
		Node node = parent.node("adjustment", false);
		if (node == null) {
			return null;
		}
		Integer version = node.integer("version", true);
		LocalizedText basis = node.localized("basis", true);
		node.finish();
		if (version != null && version < 2) {
			node.problem("version", "规划调整的版本号应从 2 起", "an adjustment's version number starts at 2");
			return null;
		}
		return (version != null && basis != null) ? new Indicator.Adjustment(version, basis) : null;
	}

	/**
	 * The optional {@code kind}, {@code cumulative} and {@code negative_allowed} fields;
	 * the kind is derived from the unit when absent.
	 */
	private static FigureKind readFigureKind(Node node, LocalizedText unit) {
		ValueKind kind = node.choice("kind", ValueKind.class, false);
		Boolean cumulative = node.flag("cumulative");
		Boolean negativeAllowed = node.flag("negative_allowed");
		return new FigureKind((kind != null) ? kind : ValueKind.fromUnit(unit), Boolean.TRUE.equals(cumulative),
				Boolean.TRUE.equals(negativeAllowed));
	}

	private List<Target> readTargets(Node parent) {
		List<Target> targets = new ArrayList<>();
		int previous = Integer.MIN_VALUE;
		for (Node node : parent.nodes("targets", true)) {
			Integer year = node.year("year", true);
			Comparator comparator = node.choice("comparator", Comparator.class, true);
			BigDecimal value = null;
			BigDecimal upper = null;
			if (comparator == Comparator.BETWEEN) {
				value = node.decimal("min", true);
				upper = node.decimal("max", true);
				if (value != null && upper != null && value.compareTo(upper) > 0) {
					node.problem("min", "区间下限大于上限", "the lower bound exceeds the upper bound");
				}
			}
			else if (comparator != null) {
				value = node.decimal("value", true);
			}
			node.localized("note", false);
			node.finish();
			if (year != null && this.header != null
					&& (year < this.header.startYear() || year > this.header.outlookYear())) {
				node.problem("year", "目标年份 " + year + " 不在规划期至展望年之内",
						"target year " + year + " is outside the plan period and outlook");
			}
			if (year != null && year <= previous) {
				node.problem("year", "目标应按年份递增排列", "targets must be in increasing year order");
			}
			if (year != null) {
				previous = year;
			}
			if (year != null && comparator != null && value != null
					&& (comparator != Comparator.BETWEEN || upper != null)) {
				targets.add(new Target(year, comparator, value, upper));
			}
		}
		return targets;
	}

}
