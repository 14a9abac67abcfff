package org.corridor.observatory.chain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.chain.reference.ReferenceFigure;

/**
 * The reference region's figures for one year, as location quotients use them: each
 * segment's figure and the region's total, in employees or (when the reference gives no
 * employees) revenue.
 *
 * @param region the region's name
 * @param year the year of the figures
 * @param employees whether the figures are employees (else revenue)
 * @param bySegment the figure of each segment given
 * @param total the region's all-industry total
 * @param demo whether the reference is demo data
 */
record Reference(String region, int year, boolean employees, Map<String, Double> bySegment, double total,
		boolean demo) {

	ChainReport.ReferenceUsed used() {
		return new ChainReport.ReferenceUsed(this.region, this.year, this.employees ? "employees" : "revenue",
				this.demo);
	}

	/**
	 * The reference for a year: the figures of that year, or of the latest year before it
	 * that has any; in employees when the year's total gives employees, else in revenue;
	 * null when there is none.
	 */
	static Reference of(List<ReferenceFigure> figures, int year) {
		int best = Integer.MIN_VALUE;
		for (ReferenceFigure figure : figures) {
			if (figure.segment() == null && figure.year() <= year && figure.year() > best) {
				best = figure.year();
			}
		}
		ReferenceFigure total = null;
		for (ReferenceFigure figure : figures) {
			if (figure.year() == best && figure.segment() == null) {
				total = figure;
			}
		}
		if (total == null) {
			return null;
		}
		boolean employees = total.employees() != null;
		Map<String, Double> bySegment = new HashMap<>();
		boolean demo = total.demo();
		for (ReferenceFigure figure : figures) {
			BigDecimal value = employees ? figure.employees() : figure.revenue();
			if (figure.year() == best && figure.segment() != null && value != null) {
				bySegment.put(figure.segment(), value.doubleValue());
				demo |= figure.demo();
			}
		}
		BigDecimal all = employees ? total.employees() : total.revenue();
		return (all != null) ? new Reference(total.region(), best, employees, bySegment, all.doubleValue(), demo)
				: null;
	}

}
