package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.Corridor;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.InvalidValueException;
import org.corridor.observatory.registry.Uscc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry: searches and one firm's detail. A name is matched by its
 * {@link ChineseNames#key}, so Simplified, Traditional and full-width spellings find the
 * same firm; comma lists (chains, zones) are matched as whole items.
 */
@Repository
public class EnterpriseFinder {

	private static final String COLUMNS = "e.uscc, e.name, e.industry_code, e.chains, e.segments, e.lon, e.lat, e.zones, e.demo";

	/** The most firms a search counts one by one. */
	public static final long COUNT_LIMIT = 10_000;

	private final JdbcTemplate template;

	private final JdbcTemplate streaming;

	private final RegistryFacts facts;

	private final PlanCatalog catalog;

	EnterpriseFinder(JdbcTemplate template, RegistryFacts facts, PlanCatalog catalog) {
		this.template = template;
		this.facts = facts;
		this.catalog = catalog;
		// Without a fetch size PostgreSQL's driver reads a whole result before the first
		// row; with one (inside a transaction) it reads it in pieces.
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	/**
	 * The first {@code limit} matches in the query's order after the firm the cursor
	 * {@code after} names (from the start when null), and the cursor of the page after
	 * this one, if there is one.
	 * @throws IllegalArgumentException when the cursor is not one this search gave for
	 * the same order
	 */
	public Page search(String planId, EnterpriseQuery query, String after, int limit) {
		EnterpriseQuery.checkLimit(limit);
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select " + COLUMNS + ", e.name_key from enterprise e")
			.append(where(planId, query, args));
		if (after != null) {
			String[] keys = FirmCursor.decode(after, query.order());
			if (query.order() == EnterpriseOrder.NAME) {
				// The first condition alone bounds the index range; the second
				// excludes the firms up to the cursor among those of the same name.
				sql.append(" and e.name_key >= ? and (e.name_key > ? or e.uscc > ?)");
				args.add(keys[0]);
				args.add(keys[0]);
				args.add(keys[1]);
			}
			else {
				sql.append(" and e.uscc > ?");
				args.add(keys[0]);
			}
		}
		sql.append(orderBy(query.order())).append(" fetch first ? rows only");
		args.add(limit + 1);
		List<String> nameKeys = new ArrayList<>();
		List<EnterpriseSummary> items = this.template.query(sql.toString(), (rs, row) -> {
			nameKeys.add(rs.getString(10));
			return summary(rs);
		}, args.toArray());
		if (items.size() <= limit) {
			return new Page(items, null);
		}
		EnterpriseSummary last = items.get(limit - 1);
		return new Page(items.subList(0, limit),
				FirmCursor.encode(query.order(), nameKeys.get(limit - 1), last.uscc()));
	}

	/**
	 * How many firms match: the registry's size, kept until it changes, when the query
	 * asks for every firm; else counted, but no further than {@link #COUNT_LIMIT}, so
	 * that a broad search costs no more than a page.
	 */
	public Total count(String planId, EnterpriseQuery query) {
		if (query.isEverything()) {
			return new Total(this.facts.count(planId), false);
		}
		List<Object> args = new ArrayList<>();
		String where = where(planId, query, args);
		args.add(COUNT_LIMIT + 1);
		long counted = this.template.queryForObject(
				"select count(*) from (select 1 as one from enterprise e" + where + " fetch first ? rows only) matched",
				Long.class, args.toArray());
		return (counted > COUNT_LIMIT) ? new Total(COUNT_LIMIT, true) : new Total(counted, false);
	}

	/**
	 * Hands every match, in the query's order, to {@code each} as the database returns
	 * them (in one read-only transaction, a thousand rows at a time), at most
	 * {@code max}; nothing is gathered in memory. When {@code each} throws (a download
	 * whose client has gone away), the query stops.
	 */
	@Transactional(readOnly = true)
	public void forEach(String planId, EnterpriseQuery query, int max, Consumer<EnterpriseSummary> each) {
		List<Object> args = new ArrayList<>();
		String sql = "select " + COLUMNS + " from enterprise e" + where(planId, query, args) + orderBy(query.order())
				+ " fetch first ? rows only";
		args.add(max);
		this.streaming.query(sql, (rs) -> {
			each.accept(summary(rs));
		}, args.toArray());
	}

	/** Whether any firm that matches is demo data. */
	public boolean anyDemo(String planId, EnterpriseQuery query) {
		if (query.isEverything()) {
			return this.facts.hasDemo(planId);
		}
		List<Object> args = new ArrayList<>();
		String sql = "select 1 from enterprise e" + where(planId, query, args) + " and e.demo = true"
				+ " fetch first 1 rows only";
		return !this.template.queryForList(sql, Integer.class, args.toArray()).isEmpty();
	}

	public Optional<EnterpriseDetail> find(String planId, String uscc) {
		List<EnterpriseDetail> found = this.template.query(
				"select " + COLUMNS
						+ ", e.input_crs, e.input_lon, e.input_lat, e.source, e.updated_at from enterprise e"
						+ " where e.plan_id = ? and e.uscc = ?",
				(rs, row) -> new EnterpriseDetail(summary(rs), rs.getString(10), (Double) rs.getObject(11),
						(Double) rs.getObject(12), rs.getString(13), rs.getTimestamp(14).toInstant(), List.of(),
						List.of()),
				planId, Uscc.normalise(uscc));
		return found.stream().findFirst().map((detail) -> withHistory(planId, detail));
	}

	/** How many firms the plan's registry holds (kept until the registry changes). */
	public long count(String planId) {
		return this.facts.count(planId);
	}

	/** Whether any firm of the plan is demo data (kept until the registry changes). */
	public boolean hasDemo(String planId) {
		return this.facts.hasDemo(planId);
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

	private static String orderBy(EnterpriseOrder order) {
		// plan_id, fixed by the query, is named anyway: H2 reads an index in order (and
		// stops after the page) only when the order names the index's columns from the
		// first; otherwise it sorts every firm of the plan for each page.
		return (order == EnterpriseOrder.NAME) ? " order by e.plan_id, e.name_key, e.uscc"
				: " order by e.plan_id, e.uscc";
	}

	private String where(String planId, EnterpriseQuery query, List<Object> args) {
		// the corridor holds every registered firm, located or not (Corridor)
		boolean everyZone = Corridor.holdsEveryFirm(this.catalog.getPlan(planId), query.zone());
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

	/**
	 * One page of a search.
	 *
	 * @param items the firms of the page
	 * @param next the cursor of the next page, or null when this page is the last
	 */
	public record Page(List<EnterpriseSummary> items, String next) {
	}

	/**
	 * How many firms match a search.
	 *
	 * @param value the number, or the limit of the count
	 * @param atLeast whether more firms match than were counted
	 */
	public record Total(long value, boolean atLeast) {
	}

}
