package org.corridor.observatory.plan;

import java.util.List;

/**
 * What a plan is: its identity, period (规划期), baseline year (基期) and outlook year (展望年).
 *
 * @param id the pack id
 * @param version the pack version
 * @param name the plan's name
 * @param shortName a short name for screens
 * @param sourceDocument the title of the document the source text is from
 * @param startYear first year of the plan period
 * @param endYear last year of the plan period
 * @param baselineYear the base year (t0)
 * @param outlookYear the outlook year
 * @param milestones the milestone years goals and targets are set for
 */
public record PlanHeader(String id, String version, LocalizedText name, LocalizedText shortName,
		LocalizedText sourceDocument, int startYear, int endYear, int baselineYear, int outlookYear,
		List<Integer> milestones) {

	public PlanHeader {
		milestones = List.copyOf(milestones);
		if (startYear > endYear || baselineYear >= startYear || outlookYear < endYear) {
			throw new IllegalArgumentException("inconsistent plan years for " + id);
		}
	}

	/** The last year a figure can describe in this plan's horizon. */
	public int lastYear() {
		return this.outlookYear;
	}

}
