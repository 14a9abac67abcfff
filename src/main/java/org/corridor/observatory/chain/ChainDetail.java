package org.corridor.observatory.chain;

import java.util.List;

/**
 * One chain in a zone and year, with its gaps.
 *
 * @param year the year
 * @param zone the zone's code
 * @param reference the reference of its location quotients, or null
 * @param chain its figures
 * @param gaps its gaps, most serious first
 * @param demo whether any figure rests on demo data
 */
public record ChainDetail(int year, String zone, ChainReport.ReferenceUsed reference, ChainFigures chain,
		List<Gap> gaps, boolean demo) {
}
