package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.plan.IndicatorQuery.Measure;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.registry.Corridor;
import org.corridor.observatory.registry.RegistryMeasures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computed indicators over the enterprise registry (计算指标). A year is measured when the
 * registry holds figures for it: for a count, any firm's row of yearly figures; for a sum
 * or share, any firm's value of the figure. A firm counts in a year when it has a row of
 * figures for that year and matches every filter; a tier filter means the firm holds the
 * tier on 31 December of the year. The evaluation zone and the query's zone match a firm
 * whose zones contain them; the plan's root zone matches every firm ({@link Corridor}). A
 * share is the sum over the matching firms divided by the sum over all firms of the
 * evaluation zone, as a ratio.
 */
@Service
public class EnterpriseMeasures implements RegistryMeasures {

	private static final MathContext RATIO = MathContext.DECIMAL64;

	private final JdbcTemplate template;

	EnterpriseMeasures(JdbcTemplate template) {
		this.template = template;
	}

	@Override
	public IndicatorQuery.Subject subject() {
		return IndicatorQuery.Subject.FIRMS;
	}

	/** The measured figure in every year from {@code from} to {@code to} that has one. */
	@Override
	public List<Measured> series(Plan plan, IndicatorQuery query, String zone, int from, int to) {
		List<Measured> series = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			Measured measured = measure(plan, query, zone, year);
			if (measured != null) {
				series.add(measured);
			}
		}
		return series;
	}

	/**
	 * The firms behind one year's figure, largest value first, at most
	 * {@link #RECORD_LIMIT}.
	 */
	@Override
	public Records records(Plan plan, IndicatorQuery query, String zone, int year) {
		List<Object> args = new ArrayList<>();
		String from = from(plan, query, zone, year, args, true);
		String value = (query.measure() == Measure.COUNT) ? "null" : "y." + query.figure().column();
		Object[] countArgs = args.toArray();
		long total = this.template.queryForObject("select count(*)" + from, Long.class, countArgs);
		boolean demo = this.template.queryForObject("select count(*)" + from + " and (e.demo = true or y.demo = true)",
				Long.class, countArgs) > 0;
		args.add(RECORD_LIMIT);
		List<Record> records = this.template.query(
				"select e.uscc, e.name, " + value + ", e.demo or y.demo" + from + " order by "
						+ ((query.measure() == Measure.COUNT) ? "" : value + " desc nulls last, ")
						+ "e.uscc fetch first ? rows only",
				(rs, row) -> new Record(rs.getString(1), rs.getString(2), strip(rs.getBigDecimal(3)), rs.getBoolean(4)),
				args.toArray());
		return new Records(year, total, records, demo);
	}

	private Measured measure(Plan plan, IndicatorQuery query, String zone, int year) {
		String covered = (query.measure() == Measure.COUNT) ? "1 = 1" : query.figure().column() + " is not null";
		long rows = this.template.queryForObject(
				"select count(*) from enterprise_year where plan_id = ? and fig_year = ? and " + covered, Long.class,
				plan.header().id(), year);
		if (rows == 0) {
			return null;
		}
		List<Object> args = new ArrayList<>();
		String from = from(plan, query, zone, year, args, true);
		String value = (query.measure() == Measure.COUNT) ? "count(*)"
				: "coalesce(sum(y." + query.figure().column() + "), 0)";
		Measured matched = this.template.queryForObject(
				"select " + value + ", count(*), coalesce(max(case when e.demo or y.demo then 1 else 0 end), 0)" + from,
				(rs, row) -> new Measured(year, rs.getBigDecimal(1), rs.getInt(3) > 0, rs.getLong(2)), args.toArray());
		if (query.measure() != Measure.SHARE) {
			return new Measured(year, strip(matched.value()), matched.demo(), matched.firms());
		}
		List<Object> allArgs = new ArrayList<>();
		String all = from(plan, query, zone, year, allArgs, false);
		BigDecimal total = this.template.queryForObject("select sum(y." + query.figure().column() + ")" + all,
				BigDecimal.class, allArgs.toArray());
		if (total == null || total.signum() == 0) {
			return null;
		}
		return new Measured(year, strip(matched.value().divide(total, RATIO)), matched.demo(), matched.firms());
	}

	/**
	 * The firms with figures in the year in the zone, with the query's filters or not.
	 */
	private static String from(Plan plan, IndicatorQuery query, String zone, int year, List<Object> args,
			boolean filtered) {
		StringBuilder sql = new StringBuilder(" from enterprise e join enterprise_year y"
				+ " on y.plan_id = e.plan_id and y.uscc = e.uscc where e.plan_id = ? and y.fig_year = ?");
		args.add(plan.header().id());
		args.add(year);
		if (query.measure() != Measure.COUNT) {
			sql.append(" and y.").append(query.figure().column()).append(" is not null");
		}
		if (!Corridor.holdsEveryFirm(plan, zone)) {
			listed(sql, args, "e.zones", zone);
		}
		if (!filtered) {
			return sql.toString();
		}
		if (!Corridor.holdsEveryFirm(plan, query.zone())) {
			listed(sql, args, "e.zones", query.zone());
		}
		listed(sql, args, "e.chains", query.chain());
		listed(sql, args, "e.segments", query.segment());
		if (query.industry() != null) {
			String code = query.industry();
			boolean lettered = Character.isLetter(code.charAt(0));
			sql.append(" and e.industry_code like ?");
			args.add((lettered ? "" : "_") + code + "%");
		}
		if (query.tier() != null) {
			Date end = Date.valueOf(LocalDate.of(year, 12, 31));
			sql.append(" and exists (select 1 from enterprise_tier t where t.plan_id = e.plan_id"
					+ " and t.uscc = e.uscc and t.tier = ? and t.gained <= ? and (t.lost is null or t.lost > ?))");
			args.add(query.tier());
			args.add(end);
			args.add(end);
		}
		return sql.toString();
	}

	private static void listed(StringBuilder sql, List<Object> args, String column, String code) {
		if (code != null) {
			// Codes are [A-Z0-9_]; '_' is escaped so that it matches only itself.
			sql.append(" and (',' || ").append(column).append(" || ',') like ? escape '!'");
			args.add("%," + code.replace("_", "!_") + ",%");
		}
	}

	private static BigDecimal strip(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
