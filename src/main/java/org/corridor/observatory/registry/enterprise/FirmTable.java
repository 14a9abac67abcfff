package org.corridor.observatory.registry.enterprise;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The whole enterprise registry of a plan read in bulk, row by row, for analyses that
 * build their own in-memory tables (the industry chains): firms, their yearly figures and
 * the spells in which they held a tier.
 */
@Repository
public class FirmTable {

	private static final int FETCH = 10_000;

	/**
	 * Every firm of a plan by credit code, from the start of the key's index (see
	 * {@link NameIndexes#BY_CODE}).
	 */
	static final String EVERY_FIRM = "select e.uscc, e.name, e.industry_code, e.chains, e.segments, e.zones, e.demo"
			+ " from enterprise e where e.plan_id = ?" + EnterpriseFinder.fromTheStart(EnterpriseOrder.CODE)
			+ " order by e.plan_id, e.uscc";

	private final JdbcTemplate template;

	FirmTable(JdbcTemplate template) {
		// a template of its own: the large fetch size is for these bulk reads only
		this.template = new JdbcTemplate(template.getDataSource());
		this.template.setFetchSize(FETCH);
	}

	/** Every firm, by credit code. */
	public void forEachFirm(String planId, Consumer<Firm> each) {
		this.template.query(EVERY_FIRM, (rs) -> {
			each.accept(new Firm(rs.getString(1), rs.getString(2), rs.getString(3), codes(rs.getString(4)),
					codes(rs.getString(5)), codes(rs.getString(6)), rs.getBoolean(7)));
		}, planId);
	}

	/**
	 * Every firm's every year of figures; a figure not given is NaN (or -1 employees).
	 */
	public void forEachYear(String planId, Consumer<Year> each) {
		this.template.query("select uscc, fig_year, revenue, rd_spending, employees, demo from enterprise_year"
				+ " where plan_id = ?", (rs) -> {
					double revenue = rs.getDouble(3);
					revenue = rs.wasNull() ? Double.NaN : revenue;
					double rd = rs.getDouble(4);
					rd = rs.wasNull() ? Double.NaN : rd;
					int employees = rs.getInt(5);
					employees = rs.wasNull() ? -1 : employees;
					each.accept(new Year(rs.getString(1), rs.getInt(2), revenue, rd, employees, rs.getBoolean(6)));
				}, planId);
	}

	/** Every spell in which a firm held {@code tier}, with the firm's credit code. */
	public void forEachTierSpell(String planId, String tier, BiConsumer<String, TierEvent> each) {
		this.template.query("select uscc, gained, lost from enterprise_tier where plan_id = ? and tier = ?", (rs) -> {
			Date lost = rs.getDate(3);
			each.accept(rs.getString(1),
					new TierEvent(tier, rs.getDate(2).toLocalDate(), (lost != null) ? lost.toLocalDate() : null));
		}, planId, tier);
	}

	private static List<String> codes(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

	/**
	 * A firm as the analyses need it.
	 *
	 * @param uscc its credit code
	 * @param name its name
	 * @param industryCode its GB/T 4754-2017 class with the section letter
	 * @param chains the chains it is registered on
	 * @param segments the segments it is registered in
	 * @param zones the zones that contain it
	 * @param demo whether it is demo data
	 */
	public record Firm(String uscc, String name, String industryCode, List<String> chains, List<String> segments,
			List<String> zones, boolean demo) {
	}

	/**
	 * One year of a firm's figures.
	 *
	 * @param uscc its credit code
	 * @param year the year
	 * @param revenue operating revenue (10,000 yuan), or NaN
	 * @param rdSpending R&amp;D spending (10,000 yuan), or NaN
	 * @param employees persons at year end, or -1
	 * @param demo whether the row is demo data
	 */
	public record Year(String uscc, int year, double revenue, double rdSpending, int employees, boolean demo) {
	}

}
