package org.corridor.observatory.monitor;

import java.math.BigDecimal;

/**
 * One annual figure of an indicator for one zone, as the evaluator reads it.
 *
 * @param year the year the figure describes
 * @param value the figure
 * @param demo whether it is generated demo data
 * @param unpublished whether it is not yet published (未审定): shown only to those who asked
 * to include unpublished figures
 */
public record YearValue(int year, BigDecimal value, boolean demo, boolean unpublished) {

	public YearValue {
		if (value == null) {
			throw new IllegalArgumentException("a figure for " + year + " needs a value");
		}
	}

	/** A published figure. */
	public YearValue(int year, BigDecimal value, boolean demo) {
		this(year, value, demo, false);
	}

}
