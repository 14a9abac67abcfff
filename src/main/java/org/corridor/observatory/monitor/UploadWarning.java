package org.corridor.observatory.monitor;

import java.math.BigDecimal;

/**
 * A warning a figures file brings (上传警告): a warning-level rule between figures broken, or
 * a figure far from its own history or its peers (an outlier). The file is stored only
 * once each warning is acknowledged with a comment; errors refuse it outright.
 *
 * @param key what an acknowledgement names: {@code RULE/ZONE/YEAR} for a rule,
 * {@code outlier:INDICATOR/ZONE/YEAR} for an outlier
 * @param outlier whether it is an outlier (else a rule's warning)
 * @param code the rule code, or {@code outlier:} and the indicator code
 * @param zone the zone the warning is for ({@code -} when a rule sums over zones)
 * @param year the year
 * @param value the left side's value, or the outlying figure
 * @param reference the right side's value, or what the figure stands out against (the
 * year before, else the zone's or the peers' median)
 * @param zh the warning in Chinese, with its numbers
 * @param en the warning in English, with its numbers
 */
public record UploadWarning(String key, boolean outlier, String code, String zone, int year, BigDecimal value,
		BigDecimal reference, String zh, String en) {

	/** The code an outlier of {@code indicator} is acknowledged under. */
	public static String outlierCode(String indicator) {
		return "outlier:" + indicator;
	}

	/** The key of a warning of {@code code} for {@code zone} and {@code year}. */
	public static String key(String code, String zone, int year) {
		return code + "/" + zone + "/" + year;
	}

}
