package org.corridor.observatory.monitor.imports;

import java.math.BigDecimal;

/**
 * One figure read from an import file: the value of an indicator in a zone for a year,
 * checked against the plan and ready to store.
 *
 * @param indicatorCode the indicator code, as the plan spells it
 * @param zoneCode the zone code, as the plan spells it
 * @param year the year the figure describes
 * @param value the value exactly as written in the file
 * @param source where the figure comes from, or null
 * @param note a remark on the figure, or null
 */
public record ObservationRecord(String indicatorCode, String zoneCode, int year, BigDecimal value, String source,
		String note) {
}
