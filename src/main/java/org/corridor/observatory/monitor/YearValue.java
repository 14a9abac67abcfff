package org.corridor.observatory.monitor;

import java.math.BigDecimal;

/**
 * One annual figure of an indicator for one zone, as the evaluator reads it.
 *
 * @param year the year the figure describes
 * @param value the figure
 * @param demo whether it is generated demo data
 */
public record YearValue(int year, BigDecimal value, boolean demo) {

	public YearValue {
		if (value == null) {
			throw new IllegalArgumentException("a figure for " + year + " needs a value");
		}
	}

}
