package org.corridor.observatory.registry;

import java.math.BigDecimal;
import java.util.List;

import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Plan;

/**
 * Works out computed indicators (计算指标) from one registry: a count, sum or share over the
 * firms or platforms that match an indicator's query, year by year, and the records
 * behind a figure. Each registry that a query can name has one.
 */
public interface RegistryMeasures {

	/** At most this many records are listed behind one figure. */
	int RECORD_LIMIT = 100;

	/** The registry this measures, as a query names it. */
	IndicatorQuery.Subject subject();

	/** The measured figure in every year from {@code from} to {@code to} that has one. */
	List<Measured> series(Plan plan, IndicatorQuery query, String zone, int from, int to);

	/**
	 * The firms or platforms behind one year's figure, largest value first, at most
	 * {@link #RECORD_LIMIT}.
	 */
	Records records(Plan plan, IndicatorQuery query, String zone, int year);

	/**
	 * One year's computed figure.
	 *
	 * @param year the year
	 * @param value the count, sum or share
	 * @param demo whether any firm or platform counted is demo data
	 * @param firms how many firms or platforms were counted
	 */
	record Measured(int year, BigDecimal value, boolean demo, long firms) {
	}

	/**
	 * The firms behind one year's figure.
	 *
	 * @param year the year
	 * @param total how many firms or platforms were counted
	 * @param records the firms or platforms, at most {@link #RECORD_LIMIT}
	 * @param demo whether any of them is demo data
	 */
	record Records(int year, long total, List<Record> records, boolean demo) {
	}

	/**
	 * One firm or platform behind a figure.
	 *
	 * @param code the firm's credit code or the platform's code
	 * @param name the name
	 * @param value its figure, or null for a count
	 * @param demo whether it is demo data
	 */
	record Record(String code, String name, BigDecimal value, boolean demo) {
	}

}
