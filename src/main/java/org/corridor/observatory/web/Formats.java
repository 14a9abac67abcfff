package org.corridor.observatory.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formats for the pages: figures with grouping, ratios as percentages, a dash for
 * none.
 */
public final class Formats {

	private static final String NONE = "—";

	public String number(Number value) {
		if (value == null) {
			return NONE;
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format((value instanceof BigDecimal decimal) ? decimal : value.doubleValue());
	}

	/** A figure without grouping, as in a formula: years stay 2025, not 2,025. */
	public String plain(Number value) {
		if (value == null) {
			return NONE;
		}
		return new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value.doubleValue());
	}

	public String percent(Double value) {
		return (value == null) ? NONE : String.format(Locale.ROOT, "%.1f%%", value * 100);
	}

	public String ratio(Double value) {
		return (value == null) ? NONE : String.format(Locale.ROOT, "%.2f", value);
	}

}
