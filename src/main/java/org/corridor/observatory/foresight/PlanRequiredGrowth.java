package org.corridor.observatory.foresight;

import java.util.List;

/**
 * The growth every indicator of the plan needs in one zone ({@link RequiredGrowth}).
 *
 * @param planId the plan
 * @param zoneCode the zone
 * @param asOfYear the latest year whose figures count
 * @param rows one per indicator, in the plan's order
 * @param demo whether any figure used is demo data
 * @param unpublished whether any figure used is not yet published
 */
public record PlanRequiredGrowth(String planId, String zoneCode, int asOfYear, List<RequiredGrowth> rows, boolean demo,
		boolean unpublished) {

	public PlanRequiredGrowth {
		rows = List.copyOf(rows);
	}

}
