package org.corridor.observatory.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number formats for the pages: figures with grouping, ratios as percentages, a dash for
 * none.
 */
public final class Formats {

	private static final String NONE = "—";

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

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

	/** A moment in Beijing time, to the minute. */
	public String beijing(Instant instant) {
		return (instant == null) ? NONE : BEIJING.format(instant);
	}

	public String percent(Double value) {
		return (value == null) ? NONE : String.format(Locale.ROOT, "%.1f%%", value * 100);
	}

	public String ratio(Double value) {
		return (value == null) ? NONE : String.format(Locale.ROOT, "%.2f", value);
	}

}
