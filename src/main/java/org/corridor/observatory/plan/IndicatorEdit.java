package org.corridor.observatory.plan;

import java.util.List;

/**
 * One row of the plan's indicator table (表1) as the administrator gives it, on the page
 * or in a workbook: what {@link IndicatorTable#put} writes into {@code indicators.yaml}.
 * Fields the table has no column for (a query, the source quote) are kept as they were.
 *
 * @param code the indicator code
 * @param name the name
 * @param unit the unit
 * @param category the category code
 * @param goal the goal code, or null
 * @param direction which way is better
 * @param attribute binding, expected or unspecified
 * @param baseline the stated baseline, or null
 * @param targets the targets, in year order
 * @param frequency how often it is reported
 * @param reportingUnit who reports it, or null
 * @param dataSource where the figure comes from, or null
 * @param note a note, or null
 * @param table the code of the plan table that lists it (such as 表1), or null
 * @param figures what its figures may be: kind, running total, negatives allowed
 */
public record IndicatorEdit(String code, LocalizedText name, LocalizedText unit, String category, String goal,
		Direction direction, Attribute attribute, Baseline baseline, List<Target> targets, Frequency frequency,
		LocalizedText reportingUnit, LocalizedText dataSource, LocalizedText note, String table, FigureKind figures) {

	public IndicatorEdit {
		targets = List.copyOf(targets);
		if (figures == null) {
			figures = FigureKind.fromUnit(unit);
		}
	}

	/** The row of an indicator as it stands. */
	public static IndicatorEdit of(Indicator indicator) {
		return new IndicatorEdit(indicator.code().value(), indicator.name(), indicator.unit(), indicator.category(),
				indicator.goal(), indicator.direction(), indicator.attribute(), indicator.baseline(),
				indicator.targets(), indicator.frequency(), indicator.reportingUnit(), indicator.dataSource(),
				indicator.note(), indicator.table(), indicator.figures());
	}

}
