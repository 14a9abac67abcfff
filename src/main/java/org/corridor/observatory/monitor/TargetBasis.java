package org.corridor.observatory.monitor;

import java.util.List;

import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Target;

/**
 * What one zone's figures are judged against: the plan's targets and baseline for the
 * root zone (the corridor), the zone's own where they were decomposed to it (分解目标), or
 * none for a zone without targets of its own, which is shown by its contribution instead
 * of a status against the corridor's target.
 *
 * @param kind whose targets these are
 * @param targets the targets, in year order
 * @param baseline the stated baseline, or null to take the base year's figure
 */
public record TargetBasis(Kind kind, List<Target> targets, Baseline baseline) {

	public TargetBasis {
		targets = List.copyOf(targets);
	}

	/** The plan's own targets: the root zone's. */
	public static TargetBasis plan(Indicator indicator) {
		return new TargetBasis(Kind.PLAN, indicator.targets(), indicator.baseline());
	}

	/** Targets decomposed to the zone, with its own baseline if it has one. */
	public static TargetBasis zone(List<Target> targets, Baseline baseline) {
		return new TargetBasis(Kind.ZONE, targets, baseline);
	}

	/** No target of the zone's own: shown by contribution. */
	public static TargetBasis contribution(Baseline baseline) {
		return new TargetBasis(Kind.CONTRIBUTION, List.of(), baseline);
	}

	/** Whose targets a zone is judged against. */
	public enum Kind {

		/** The plan's (the root zone's). */
		PLAN,

		/** Decomposed to the zone. */
		ZONE,

		/** None: the zone is shown by its contribution. */
		CONTRIBUTION

	}

}
