package org.corridor.observatory.chain.reference;

import java.math.BigDecimal;

/**
 * A yearly total of the reference region (参照区域) that location quotients (区位熵) compare the
 * corridor with: for one chain segment of the plan, or for all industries.
 *
 * @param region the reference region's name, like 浙江省
 * @param year the statistical year
 * @param segment the plan's segment code, or null for the region's all-industry total
 * @param employees persons employed, or null
 * @param revenue revenue in 万元, or null
 * @param demo whether the figure is generated demo data, no real statistic
 * @param source where the figure comes from: the file's source column, else the file
 * name; for demo data the demo seed
 */
public record ReferenceFigure(String region, int year, String segment, BigDecimal employees, BigDecimal revenue,
		boolean demo, String source) {

	/** Whether this is the region's all-industry total rather than a segment's. */
	public boolean total() {
		return this.segment == null;
	}

}
