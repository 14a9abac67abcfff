package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
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
 * <p>
 * A search by part of a name or code is answered from the plan's {@link NameIndex} when
 * it is current ({@link NameIndexes}): the index lists the matching firms in the order
 * asked, and the database reads them by credit code, a batch at a time, applying the
 * whole query again (the other criteria and the text itself), so the index only decides
 * which firms are read first. Otherwise, and for every other search, the query runs in
 * SQL alone ({@code like '%…%'}, which no index serves); both give the same firms in the
 * same order, and a cursor from one serves the other.
 */
@Repository
public class EnterpriseFinder {

	private static final String COLUMNS = "e.uscc, e.name, e.industry_code, e.chains, e.segments, e.lon, e.lat, e.zones, e.demo";

	/** The most firms a search counts one by one. */
	public static final long COUNT_LIMIT = 10_000;

	/** The most firms read by credit code in one statement. */
	private static final int BATCH = 1024;

	private final JdbcTemplate template;

	private final JdbcTemplate streaming;

	private final RegistryFacts facts;

	private final PlanCatalog catalog;

	private final NameIndexes names;

	EnterpriseFinder(JdbcTemplate template, RegistryFacts facts, PlanCatalog catalog, NameIndexes names) {
		this.template = template;
		this.facts = facts;
		this.catalog = catalog;
		this.names = names;
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
		Optional<NameIndex> index = indexFor(planId, query);
		if (index.isPresent()) {
			Optional<Page> page = searchIndexed(index.get(), planId, query, after, limit);
			if (page.isPresent()) {
				return page.get();
			}
		}
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
		else if (query.industry() == null) {
			sql.append(fromTheStart(query.order()));
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
		Optional<NameIndex> index = indexFor(planId, query);
		if (index.isPresent()) {
			return countIndexed(index.get(), planId, query);
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
		Optional<NameIndex> index = indexFor(planId, query);
		if (index.isPresent()) {
			PrimitiveIterator.OfInt matches = index.get().matches(query.text(), query.order(), -1);
			int sent = 0;
			while (sent < max && matches.hasNext()) {
				for (Row row : fetch(index.get(), planId, query, next(matches, BATCH))) {
					if (sent++ == max) {
						break;
					}
					each.accept(row.summary());
				}
			}
			return;
		}
		List<Object> args = new ArrayList<>();
		String sql = "select " + COLUMNS + " from enterprise e" + where(planId, query, args)
				+ ((query.industry() == null) ? fromTheStart(query.order()) : "") + orderBy(query.order())
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
		if (!this.facts.hasDemo(planId)) {
			return false;
		}
		Optional<NameIndex> index = indexFor(planId, query);
		if (index.isPresent()) {
			return anyDemoIndexed(index.get(), planId, query);
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

	/**
	 * Waits up to the timeout until the plan's name index is built and current (a
	 * platform that has just started, or whose registry has just changed, answers
	 * searches by name from SQL until then); whether it is.
	 */
	public boolean awaitNameIndex(String planId, Duration timeout) {
		return this.names.await(planId, timeout).isPresent();
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

	private Optional<NameIndex> indexFor(String planId, EnterpriseQuery query) {
		return (query.text() != null) ? this.names.find(planId) : Optional.empty();
	}

	/** A page from the index; empty when the cursor's firm has moved in the order. */
	private Optional<Page> searchIndexed(NameIndex index, String planId, EnterpriseQuery query, String after,
			int limit) {
		int from = -1;
		if (after != null) {
			OptionalInt place = index.after(query.order(), FirmCursor.decode(after, query.order()));
			if (place.isEmpty()) {
				return Optional.empty();
			}
			from = place.getAsInt();
		}
		PrimitiveIterator.OfInt matches = index.matches(query.text(), query.order(), from);
		List<Row> rows = new ArrayList<>(limit + 1);
		// Matching the text alone, every firm read is on the page; with other criteria
		// fewer are, so each batch reads more.
		int batch = limit + 1;
		while (rows.size() <= limit && matches.hasNext()) {
			for (Row row : fetch(index, planId, query, next(matches, batch))) {
				rows.add(row);
			}
			batch = Math.min(batch * 4, BATCH);
		}
		if (rows.size() <= limit) {
			return Optional.of(new Page(rows.stream().map(Row::summary).toList(), null));
		}
		Row last = rows.get(limit - 1);
		return Optional.of(new Page(rows.subList(0, limit).stream().map(Row::summary).toList(),
				FirmCursor.encode(query.order(), last.nameKey(), last.summary().uscc())));
	}

	private Total countIndexed(NameIndex index, String planId, EnterpriseQuery query) {
		PrimitiveIterator.OfInt matches = index.matches(query.text(), EnterpriseOrder.CODE, -1);
		long counted = 0;
		if (textOnly(planId, query)) {
			while (counted <= COUNT_LIMIT && matches.hasNext()) {
				matches.nextInt();
				counted++;
			}
		}
		else {
			while (counted <= COUNT_LIMIT && matches.hasNext()) {
				counted += fetch(index, planId, query, next(matches, BATCH)).size();
			}
		}
		return (counted > COUNT_LIMIT) ? new Total(COUNT_LIMIT, true) : new Total(counted, false);
	}

	private boolean anyDemoIndexed(NameIndex index, String planId, EnterpriseQuery query) {
		PrimitiveIterator.OfInt matches = index.matches(query.text(), EnterpriseOrder.CODE, -1);
		PrimitiveIterator.OfInt demo = new PrimitiveIterator.OfInt() {

			private int found = advance();

			private int advance() {
				while (matches.hasNext()) {
					int o = matches.nextInt();
					if (index.demo(o)) {
						return o;
					}
				}
				return -1;
			}

			@Override
			public boolean hasNext() {
				return this.found >= 0;
			}

			@Override
			public int nextInt() {
				int o = this.found;
				this.found = advance();
				return o;
			}

		};
		if (textOnly(planId, query)) {
			return demo.hasNext();
		}
		while (demo.hasNext()) {
			if (fetch(index, planId, query, next(demo, BATCH)).stream().anyMatch((row) -> row.summary().demo())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text is the query's one criterion that narrows the firms. */
	private boolean textOnly(String planId, EnterpriseQuery query) {
		return query.industry() == null && query.chain() == null && query.tier() == null
				&& (query.zone() == null || Corridor.holdsEveryFirm(this.catalog.getPlan(planId), query.zone()));
	}

	private static int[] next(PrimitiveIterator.OfInt matches, int count) {
		int[] ordinals = new int[count];
		int n = 0;
		while (n < count && matches.hasNext()) {
			ordinals[n++] = matches.nextInt();
		}
		return (n == count) ? ordinals : Arrays.copyOf(ordinals, n);
	}

	/**
	 * Those of the firms that match the whole query, in the order given, read by credit
	 * code. The list of codes is padded to a power of two, so that few statements differ.
	 */
	private List<Row> fetch(NameIndex index, String planId, EnterpriseQuery query, int[] ordinals) {
		if (ordinals.length == 0) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		// A join with the codes as a table, not "uscc in (…)": H2 then reads each by the
		// primary key, where with the list it scans the plan's range of it.
		StringBuilder sql = new StringBuilder("select " + COLUMNS + ", e.name_key from (values (?)");
		String[] codes = new String[ordinals.length];
		for (int i = 0; i < ordinals.length; i++) {
			codes[i] = index.code(ordinals[i]);
		}
		args.add(codes[0]);
		int padded = Integer.highestOneBit(ordinals.length - 1) << 1;
		for (int i = 1; i < Math.max(padded, 1); i++) {
			sql.append(", (?)");
			args.add(codes[Math.min(i, codes.length - 1)]);
		}
		// the plan named in the join as well: H2 seeks the key only from its first column
		sql.append(") v(code) join enterprise e on e.plan_id = ? and e.uscc = v.code");
		args.add(planId);
		sql.append(where(planId, query, args));
		Map<String, Row> found = new HashMap<>();
		this.template.query(sql.toString(), (rs) -> {
			found.put(rs.getString(1), new Row(summary(rs), rs.getString(10)));
		}, args.toArray());
		List<Row> rows = new ArrayList<>(found.size());
		for (String code : codes) {
			Row row = found.get(code);
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * A bound every firm meets (both columns are not null) on the order's own column, for
	 * a first page. With {@code plan_id = ?} alone, H2 (2.3) takes the first index that
	 * starts with the plan, the industry index, and sorts every firm of the plan for each
	 * page: at a million firms no first page of the search came back within 2 s under
	 * load (bench/README.md, "Load"). With a range on the order's column it reads the
	 * order's index from its start and stops after the page. An industry filter keeps its
	 * index.
	 */
	static String fromTheStart(EnterpriseOrder order) {
		return (order == EnterpriseOrder.NAME) ? " and e.name_key >= ''" : " and e.uscc >= ''";
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

	/** A firm read and its name key, the cursor's key in name order. */
	private record Row(EnterpriseSummary summary, String nameKey) {
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
