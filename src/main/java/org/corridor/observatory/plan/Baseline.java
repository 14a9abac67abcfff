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

}
