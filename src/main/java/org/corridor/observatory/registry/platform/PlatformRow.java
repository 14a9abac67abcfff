package org.corridor.observatory.registry.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.LocationCells;
import org.corridor.observatory.plan.PlatformStatus;

/**
 * One platform as a file gives it, checked.
 *
 * @param code its code
 * @param name its Chinese name
 * @param nameEn its English name, or null
 * @param type its platform type code
 * @param level its level code, or null for the type's level
 * @param host its host organisation, or null
 * @param domains its domain codes
 * @param stages the day it reached each stage given
 * @param location its position, or null
 * @param row the row of the file it was read from
 */
record PlatformRow(String code, String name, String nameEn, String type, String level, String host,
		List<String> domains, Map<PlatformStatus, LocalDate> stages, LocationCells.Located location, int row) {
}
