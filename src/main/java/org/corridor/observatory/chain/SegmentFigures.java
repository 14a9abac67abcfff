package org.corridor.observatory.chain;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * One segment of a chain in one zone and year.
 *
 * @param code the segment's code
 * @param name its name
 * @param stage upstream, midstream or downstream
 * @param firms the firms in it with figures for the year
 * @param revenue their operating revenue (10,000 yuan)
 * @param rdSpending their R&amp;D spending (10,000 yuan)
 * @param employees their employees
 * @param growth revenue growth on the year before, or null when that year has none; a
 * landed candidate's revenue is left out (new revenue, not growth)
 * @param shareOfCorridor the zone's part of the segment's revenue in the whole corridor,
 * or null when the corridor has none
 * @param locationQuotient (employees in the segment / in all firms of the zone) over the
 * same ratio in the reference region, or null without reference figures (revenue when the
 * reference gives no employees)
 * @param hhi Herfindahl–Hirschman index of revenue shares, 0–10 000, or null without
 * revenue
 * @param leaders chain-leader firms (链主) in it on 31 December
 * @param topFirm the credit code of its largest firm by revenue, or null
 * @param topFirmName that firm's name, or null
 * @param topFirmShare that firm's share of the segment's revenue, or null
 * @param singlePoint whether one firm carries the segment: it is the only firm, or holds
 * 80 % of the revenue or more
 * @param stars the stars earned, 0–3
 * @param earned which: SIZE, SPECIALISATION, FOCUS
 * @param demo whether any firm counted is demo data
 */
public record SegmentFigures(String code, LocalizedText name, String stage, int firms, double revenue,
		double rdSpending, long employees, Double growth, Double shareOfCorridor, Double locationQuotient, Double hhi,
		int leaders, String topFirm, String topFirmName, Double topFirmShare, boolean singlePoint, int stars,
		List<String> earned, boolean demo) {

	/** Share of revenue at or above which one firm is said to carry a segment. */
	public static final double SINGLE_POINT_SHARE = 0.8;

}
