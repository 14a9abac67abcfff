package org.corridor.observatory.chain;

/**
 * A firm behind a segment's figures.
 *
 * @param uscc its credit code
 * @param name its name
 * @param revenue its revenue in the year (10,000 yuan), or null
 * @param rdSpending its R&amp;D spending, or null
 * @param employees its employees, or null
 * @param leader whether it is a chain leader on 31 December
 * @param demo whether it is demo data
 */
public record FirmInSegment(String uscc, String name, Double revenue, Double rdSpending, Integer employees,
		boolean leader, boolean demo) {
}
