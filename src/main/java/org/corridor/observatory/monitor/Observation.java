package org.corridor.observatory.monitor;

import java.math.BigDecimal;

/**
 * A figure of an indicator for one zone and year (观测值), with where it came from. Demo
 * figures are generated and marked so wherever they are shown.
 *
 * @param indicatorCode the indicator
 * @param zoneCode the zone
 * @param year the year the figure describes
 * @param value the figure
 * @param source where the figure comes from, or null
 * @param note a remark, or null
 * @param demo whether the figure is generated demo data
 * @param batchId the import that stored it
 */
public record Observation(String indicatorCode, String zoneCode, int year, BigDecimal value, String source, String note,
		boolean demo, long batchId) {
}
