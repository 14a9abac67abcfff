package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A firm's figures for one year as stored, compared with a file's by value: the database
 * gives 1234.5 back as 1234.5000, which is the same figure and needs no revision.
 */
record StoredYear(BigDecimal revenue, BigDecimal rdSpending, Integer employees, Integer inventionPatents) {

	static String key(String uscc, int year) {
		return uscc + "|" + year;
	}

	boolean sameAs(EnterpriseFigures figures) {
		return same(this.revenue, figures.revenue()) && same(this.rdSpending, figures.rdSpending())
				&& Objects.equals(this.employees, figures.employees())
				&& Objects.equals(this.inventionPatents, figures.inventionPatents());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

}
