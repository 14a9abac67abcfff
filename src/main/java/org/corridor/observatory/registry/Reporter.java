package org.corridor.observatory.registry;

/** Where the checks of one row send each problem they find. */
@FunctionalInterface
interface Reporter {

	/**
	 * @param column the column at fault
	 * @param value the offending text
	 * @param zh the reason in Chinese
	 * @param en the reason in English
	 */
	void reject(Column column, String value, String zh, String en);

}
