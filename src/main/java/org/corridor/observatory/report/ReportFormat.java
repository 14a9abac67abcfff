package org.corridor.observatory.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.corridor.observatory.foresight.MilestoneForecast;

/**
 * How the report writes numbers: figures with at most two decimals and thousands
 * separators ({@code 12,345.67}), percentages with one decimal ({@code 87.5%}), a dash
 * for a figure that does not exist. The same in both languages, so that a reader (or a
 * test) can read the figure back.
 */
public final class ReportFormat {

	/** What stands for a figure that does not exist. */
	public static final String NONE = "—";

	private ReportFormat() {
	}

	public static String figure(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return NONE;
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(BigDecimal.valueOf(value));
	}

	/** A share or rate as a percentage with one decimal. */
	public static String percent(Double ratio) {
		if (ratio == null || ratio.isNaN() || ratio.isInfinite()) {
			return NONE;
		}
		DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(BigDecimal.valueOf(ratio).movePointRight(2)) + "%";
	}

	/**
	 * A probability in whole percent as the forecast pages show it
	 * ({@link MilestoneForecast#percentText(double)}: "≥ 99%", "≤ 1%").
	 */
	public static String probability(Double p) {
		if (p == null || p.isNaN() || p.isInfinite()) {
			return NONE;
		}
		return MilestoneForecast.percentText(p) + "%";
	}

	/** A number with one decimal (percentage points). */
	public static String ratio1(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return NONE;
		}
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A ratio such as R with two decimals. */
	public static String ratio(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return NONE;
		}
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
