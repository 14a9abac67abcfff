package org.corridor.observatory.chain;

import java.util.List;

/**
 * Every chain of the plan in one zone and year.
 *
 * @param year the year
 * @param zone the zone's code
 * @param reference the reference region the location quotients compare with, or null
 * @param chains the chains, in the plan's order
 * @param demo whether any figure rests on demo data (firms or reference)
 */
public record ChainReport(int year, String zone, ReferenceUsed reference, List<ChainFigures> chains, boolean demo) {

	/**
	 * The reference a report's location quotients use.
	 *
	 * @param region its name
	 * @param year the year of its figures (the report's, or the latest before it)
	 * @param measure employees or revenue
	 * @param demo whether it is demo data
	 */
	public record ReferenceUsed(String region, int year, String measure, boolean demo) {
	}

}
