package org.corridor.observatory.plan;

import java.math.BigDecimal;

/**
 * The value an indicator starts from (基期值).
 *
 * @param year the base year
 * @param value the value in that year
 */
public record Baseline(int year, BigDecimal value) {

	public Baseline {
		if (value == null) {
			throw new IllegalArgumentException("a baseline needs a value");
		}
	}

	/**
	 * The optional {@code baseline:} under {@code parent} ({@code year}, {@code value});
	 * a base year inside the plan period is a problem and gives none.
	 * @param header the plan's period, or null when it could not be read
	 */
	static Baseline read(Node parent, PlanHeader header) {
		Node node = parent.node("baseline", false);
		if (node == null) {
			return null;
		}
		Integer year = node.year("year", true);
		BigDecimal value = node.decimal("value", true);
		node.finish();
		if (year != null && header != null && year >= header.startYear()) {
			node.problem("year", "基期年应早于规划期", "the baseline year must precede the plan period");
			return null;
		}
		return (year != null && value != null) ? new Baseline(year, value) : null;
	}

}
