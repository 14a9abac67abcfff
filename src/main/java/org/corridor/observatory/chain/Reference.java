package org.corridor.observatory.chain;

import java.util.Map;

/**
 * The reference region's figures for one year, as location quotients use them: each
 * segment's figure and the region's total, in employees or (when the reference gives no
 * employees) revenue.
 *
 * @param region the region's name
 * @param employees whether the figures are employees (else revenue)
 * @param bySegment the figure of each segment given
 * @param total the region's all-industry total
 * @param demo whether the reference is demo data
 */
record Reference(String region, boolean employees, Map<String, Double> bySegment, double total, boolean demo) {

	ChainReport.ReferenceUsed used() {
		return new ChainReport.ReferenceUsed(this.region, this.employees ? "employees" : "revenue", this.demo);
	}

}
