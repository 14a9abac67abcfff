package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.Corridor;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.InvalidValueException;
import org.corridor.observatory.registry.Uscc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the registry: searches and one firm's detail. A name is matched by its
 * {@link ChineseNames#key}, so Simplified, Traditional and full-width spellings find the
 * same firm; comma lists (chains, zones) are matched as whole items.
 */
@Repository
public class EnterpriseFinder {

	private static final String COLUMNS = "uscc, name, industry_code, chains, segments, lon, lat, zones, demo";

	private final JdbcTemplate template;

	private final PlanCatalog catalog;

	EnterpriseFinder(JdbcTemplate template, PlanCatalog catalog) {
		this.template = template;
		this.catalog = catalog;
	}

	/** The page of matches the query asks for, and how many match in all. */
	public Page search(String planId, EnterpriseQuery query) {
		List<Object> args = new ArrayList<>();
		// the corridor holds every registered firm, located or not (Corridor)
		boolean everyZone = Corridor.holdsEveryFirm(this.catalog.getPlan(planId), query.zone());
		String where = where(planId, query, everyZone, args);
		long total = this.template.queryForObject("select count(*) from enterprise e" + where, Long.class,
				args.toArray());
		args.add(query.offset());
		args.add(query.limit());
		List<EnterpriseSummary> items = this.template.query(
				"select " + COLUMNS + " from enterprise e" + where
						+ " order by uscc offset ? rows fetch next ? rows only",
				(rs, row) -> summary(rs), args.toArray());
		return new Page(total, items);
	}

	public Optional<EnterpriseDetail> find(String planId, String uscc) {
		List<EnterpriseDetail> found = this.template.query("select " + COLUMNS
				+ ", input_crs, input_lon, input_lat, source, updated_at from enterprise where plan_id = ? and uscc = ?",
				(rs, row) -> new EnterpriseDetail(summary(rs), rs.getString(10), (Double) rs.getObject(11),
						(Double) rs.getObject(12), rs.getString(13), rs.getTimestamp(14).toInstant(), List.of(),
						List.of()),
				planId, Uscc.normalise(uscc));
		return found.stream().findFirst().map((detail) -> withHistory(planId, detail));
	}

	public long count(String planId) {
		return this.template.queryForObject("select count(*) from enterprise where plan_id = ?", Long.class, planId);
	}

	public boolean hasDemo(String planId) {
		return this.template.queryForObject("select count(*) from enterprise where plan_id = ? and demo = true",
				Long.class, planId) > 0;
	}

	public long countRevisions(String planId) {
		return this.template.queryForObject("select count(*) from enterprise_revision where plan_id = ?", Long.class,
				planId);
	}

	private EnterpriseDetail withHistory(String planId, EnterpriseDetail detail) {
		String uscc = detail.summary().uscc();
		List<EnterpriseFigures> years = this.template.query(
				"select fig_year, revenue, rd_spending, employees, invention_patents from enterprise_year"
						+ " where plan_id = ? and uscc = ? order by fig_year",
				(rs, row) -> new EnterpriseFigures(rs.getInt(1), strip(rs.getBigDecimal(2)), strip(rs.getBigDecimal(3)),
						(Integer) rs.getObject(4), (Integer) rs.getObject(5)),
				planId, uscc);
		List<TierEvent> tiers = this.template.query(
				"select tier, gained, lost from enterprise_tier"
						+ " where plan_id = ? and uscc = ? order by gained, tier",
				(rs, row) -> new TierEvent(rs.getString(1), rs.getDate(2).toLocalDate(),
						(rs.getDate(3) != null) ? rs.getDate(3).toLocalDate() : null),
				planId, uscc);
		return new EnterpriseDetail(detail.summary(), detail.inputCrs(), detail.inputLon(), detail.inputLat(),
				detail.source(), detail.updatedAt(), years, tiers);
	}

	private static String where(String planId, EnterpriseQuery query, boolean everyZone, List<Object> args) {
		StringBuilder where = new StringBuilder(" where e.plan_id = ?");
		args.add(planId);
		if (query.text() != null) {
			where.append(" and (e.name_key like ? escape '!' or e.uscc like ? escape '!')");
			args.add("%" + escape(ChineseNames.key(query.text())) + "%");
			args.add(escape(Uscc.normalise(query.text())) + "%");
		}
		if (query.industry() != null) {
			String code = Uscc.normalise(query.industry());
			boolean lettered = !code.isEmpty() && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z';
			// Stored codes carry their section letter; a bare digit code matches any
			// letter.
			where.append(" and e.industry_code like ? escape '!'");
			args.add((lettered ? "" : "_") + escape(code) + "%");
		}
		listed(where, args, "e.chains", query.chain());
		listed(where, args, "e.zones", everyZone ? null : query.zone());
		if (query.tier() != null) {
			where.append(" and exists (select 1 from enterprise_tier t where t.plan_id = e.plan_id"
					+ " and t.uscc = e.uscc and t.tier = ? and t.lost is null)");
			args.add(query.tier());
		}
		return where.toString();
	}

	private static void listed(StringBuilder where, List<Object> args, String column, String item) {
		if (item != null) {
			where.append(" and (',' || ").append(column).append(" || ',') like ? escape '!'");
			args.add("%," + escape(item) + ",%");
		}
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static EnterpriseSummary summary(ResultSet rs) throws SQLException {
		String industry = rs.getString(3);
		return new EnterpriseSummary(rs.getString(1), rs.getString(2), industry, industryName(industry),
				list(rs.getString(4)), list(rs.getString(5)), (Double) rs.getObject(6), (Double) rs.getObject(7),
				list(rs.getString(8)), rs.getBoolean(9));
	}

	private static String industryName(String code) {
		try {
			return IndustryCode.parse(code).name();
		}
		catch (InvalidValueException ex) {
			return null;
		}
	}

	private static List<String> list(String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split(","));
	}

	private static BigDecimal strip(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	/** One page of a search. */
	public record Page(long total, List<EnterpriseSummary> items) {
	}

}
