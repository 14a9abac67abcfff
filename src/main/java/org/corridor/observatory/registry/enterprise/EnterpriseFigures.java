package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;

/**
 * A firm's figures for one calendar year. Money is in 万元 (ten thousand yuan), as Chinese
 * statistical forms report it. Any figure may be missing; those present are never
 * negative.
 *
 * @param year the calendar year the figures are for
 * @param revenue operating revenue (营业收入), 万元
 * @param rdSpending research and development spending (研发费用), 万元
 * @param employees persons employed (从业人员) at the year's end
 * @param inventionPatents invention patents held (有效发明专利)
 */
public record EnterpriseFigures(int year, BigDecimal revenue, BigDecimal rdSpending, Integer employees,
		Integer inventionPatents) {

	public EnterpriseFigures {
		requireNotNegative(revenue, "revenue");
		requireNotNegative(rdSpending, "R&D spending");
		if ((employees != null && employees < 0) || (inventionPatents != null && inventionPatents < 0)) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

	private static void requireNotNegative(BigDecimal value, String what) {
		if (value != null && value.signum() < 0) {
			throw new IllegalArgumentException(what + " cannot be negative: " + value);
		}
	}

}
