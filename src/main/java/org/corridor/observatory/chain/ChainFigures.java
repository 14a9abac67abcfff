package org.corridor.observatory.chain;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * One chain in one zone and year: its firms counted once however many of its segments
 * they are in, and its segments upstream first.
 *
 * @param code the chain's code
 * @param name its name
 * @param cluster the code of its cluster
 * @param firms the distinct firms on it with figures for the year
 * @param unplacedFirms the firms with figures for the year that are tagged on it yet in
 * none of its segments: not counted in {@code firms}, said beside it
 * @param revenue their revenue (10,000 yuan)
 * @param employees their employees
 * @param growth revenue growth on the year before, or null; a landed candidate's revenue
 * is left out (new revenue, not growth)
 * @param leaderCoverage the share of its segments with a chain leader, or null when it
 * has no segment
 * @param hostZones the zones the plan hosts it in
 * @param segments its segments
 * @param demo whether any firm counted is demo data
 */
public record ChainFigures(String code, LocalizedText name, String cluster, int firms, int unplacedFirms,
		double revenue, long employees, Double growth, Double leaderCoverage, List<String> hostZones,
		List<SegmentFigures> segments, boolean demo) {

	/** The stars of its segments together, of {@code 3 × segments}. */
	public int stars() {
		return this.segments.stream().mapToInt(SegmentFigures::stars).sum();
	}

}
