package org.corridor.observatory.plan;

import java.util.List;
import java.util.Optional;

/**
 * An indicator of the plan (规划指标): what is measured, which way is better, and the targets
 * per milestone year. A baseline the plan does not state is absent; evaluation then takes
 * it from the observation in the plan's baseline year.
 *
 * @param code the indicator code
 * @param name the name
 * @param unit the unit
 * @param category the category code
 * @param goal the goal code, or null
 * @param direction which way is better
 * @param attribute binding or expected
 * @param baseline the stated baseline, or null
 * @param targets the targets, ordered by year
 * @param frequency how often it is reported
 * @param reportingUnit who reports it, or null
 * @param dataSource where the figure comes from, or null
 * @param table the plan table listing it, or null
 * @param source the sentence of the plan it comes from
 * @param query how it is computed from the registry, or null when it is reported
 * @param note the pack's note on the indicator (how the text was read), or null
 * @param adjustment the adjustment of the plan (规划调整) that added or last changed it, or
 * null for an indicator as the plan text states it
 * @param figures what its figures may be (kind, running total, negatives); derived from
 * the unit when the pack does not say
 */
public record Indicator(IndicatorCode code, LocalizedText name, LocalizedText unit, String category, String goal,
		Direction direction, Attribute attribute, Baseline baseline, List<Target> targets, Frequency frequency,
		LocalizedText reportingUnit, LocalizedText dataSource, String table, String source, IndicatorQuery query,
		LocalizedText note, Adjustment adjustment, FigureKind figures) {

	public Indicator {
		targets = List.copyOf(targets);
		if (figures == null) {
			figures = FigureKind.fromUnit(unit);
		}
	}

	/** An indicator whose figures are of the kind its unit implies. */
	public Indicator(IndicatorCode code, LocalizedText name, LocalizedText unit, String category, String goal,
			Direction direction, Attribute attribute, Baseline baseline, List<Target> targets, Frequency frequency,
			LocalizedText reportingUnit, LocalizedText dataSource, String table, String source, IndicatorQuery query,
			LocalizedText note, Adjustment adjustment) {
		this(code, name, unit, category, goal, direction, attribute, baseline, targets, frequency, reportingUnit,
				dataSource, table, source, query, note, adjustment, null);
	}

	/** An indicator as the plan text states it, not added or changed by an adjustment. */
	public Indicator(IndicatorCode code, LocalizedText name, LocalizedText unit, String category, String goal,
			Direction direction, Attribute attribute, Baseline baseline, List<Target> targets, Frequency frequency,
			LocalizedText reportingUnit, LocalizedText dataSource, String table, String source, IndicatorQuery query,
			LocalizedText note) {
		this(code, name, unit, category, goal, direction, attribute, baseline, targets, frequency, reportingUnit,
				dataSource, table, source, query, note, null, null);
	}

	/** An indicator without a note. */
	public Indicator(IndicatorCode code, LocalizedText name, LocalizedText unit, String category, String goal,
			Direction direction, Attribute attribute, Baseline baseline, List<Target> targets, Frequency frequency,
			LocalizedText reportingUnit, LocalizedText dataSource, String table, String source, IndicatorQuery query) {
		this(code, name, unit, category, goal, direction, attribute, baseline, targets, frequency, reportingUnit,
				dataSource, table, source, query, null);
	}

	public Optional<Baseline> findBaseline() {
		return Optional.ofNullable(this.baseline);
	}

	/** The target due in {@code year}, or the first one due after it. */
	public Optional<Target> findTargetFor(int year) {
		return this.targets.stream().filter((target) -> target.year() >= year).findFirst();
	}

	/**
	 * The adjustment of the plan (规划调整) an indicator comes from or was last changed by:
	 * its basis when the plan text has no sentence for it.
	 *
	 * @param version the number of the plan version that made the change
	 * @param basis the reason or document of the adjustment
	 */
	public record Adjustment(int version, LocalizedText basis) {
	}

	public boolean isBinding() {
		return this.attribute == Attribute.BINDING;
	}

}
