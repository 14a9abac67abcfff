package org.corridor.observatory.tabular;

/** Where the checks of one row send each problem they find. */
@FunctionalInterface
public interface Reporter {

	/**
	 * @param column the column at fault
	 * @param value the offending text
	 * @param zh the reason in Chinese
	 * @param en the reason in English
	 */
	void reject(Column column, String value, String zh, String en);

}
