package org.corridor.observatory.registry.enterprise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's bulk write on PostgreSQL, with the driver's {@code COPY}, with the same
 * outcome as {@link EnterpriseBatches} row by row: firms inserted or updated by (plan,
 * credit code), a file that leaves out a position, chains or segments keeping the stored
 * ones; a yearly figure that differs in value kept in {@code enterprise_revision} before
 * it is replaced, unchanged ones not rewritten; a firm's tiers replaced by the batch's
 * when it gives any; demo firms never replacing a stored firm. Runs in the caller's
 * transaction, on its connection.
 * <ul>
 * <li>The registry's three tables are locked against other writers first (readers go on),
 * and the plan's stored credit codes read once.</li>
 * <li><b>New firms</b> (most of a large first import) are copied straight into
 * {@code enterprise}, {@code enterprise_year} and {@code enterprise_tier}, in key order:
 * a firm not stored has no stored figures or tiers (the registry deletes no firm), so
 * there is nothing to merge.</li>
 * <li><b>Stored firms</b> are copied into temporary staging tables (dropped at commit)
 * and merged set-wise in a handful of statements, after the new firms.</li>
 * <li><b>A bulk load</b> (at least {@code rebuildFrom} new rows, and at least as many as
 * the plan has stored firms) copies into the three tables with their keys and indexes
 * dropped and builds them again afterwards, in one sort each. Keeping the yearly figures'
 * key up to date a row at a time cost PostgreSQL 4–6 s of a million-row import, building
 * it afterwards about 1 s (bench/README.md). The dropped keys lock the tables against
 * readers too until the import commits; a refused file's rollback puts them back.</li>
 * </ul>
 */
final class EnterpriseCopy {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseCopy.class);

	private static final int BUFFER = 1 << 16;

	private static final String FIRMS = "enterprise (plan_id, uscc, name, name_key, industry_code, chains, segments,"
			+ " lon, lat, input_crs, input_lon, input_lat, zones, demo, source, updated_at)";

	private static final String YEARS = "enterprise_year (plan_id, uscc, fig_year, revenue, rd_spending, employees,"
			+ " invention_patents, demo, source, updated_at)";

	private static final String TIERS = "enterprise_tier (plan_id, uscc, tier, gained, lost, demo)";

	private static final String FIRMS_IN = "firm_in";

	private static final String YEARS_IN = "year_in";

	private static final String TIERS_IN = "tier_in";

	private final JdbcTemplate template;

	private final Connection connection;

	private final String planId;

	private final String source;

	private final boolean demo;

	private final Timestamp now;

	/** The plan as the copies write it, encoded once. */
	private final byte[] planBytes;

	/** The demo flag, source and time that end a firm's or a year's row, encoded once. */
	private final byte[] tail;

	private final ProgressListener progress;

	private final int rebuildFrom;

	private long done;

	private long lap = System.nanoTime();

	private long total;

	/** The plan's stored credit codes, once read (with the tables locked). */
	private Set<String> known;

	/**
	 * The statements that build the dropped keys and indexes again; empty when none are.
	 */
	private final List<String> dropped = new ArrayList<>();

	/** Years of new firms copied while the file was read; -1 when none were. */
	private int streamedYears = -1;

	/**
	 * @param rebuildFrom the fewest new rows for which the tables' keys and indexes are
	 * built again instead of grown (when they are at least as many as the plan's firms)
	 */
	EnterpriseCopy(JdbcTemplate template, Connection connection, String planId, String source, boolean demo,
			Timestamp now, ProgressListener progress, int rebuildFrom) {
		this.rebuildFrom = rebuildFrom;
		this.template = template;
		this.connection = connection;
		this.planId = planId;
		this.source = source;
		this.demo = demo;
		this.now = now;
		this.progress = progress;
		this.planBytes = planId.getBytes(StandardCharsets.UTF_8);
		this.tail = BinaryCopy.encoded((out) -> out.bool(demo).text(source).timestamp(now.toLocalDateTime()));
	}

	/** Whether the connection is PostgreSQL's own driver's, which can copy. */
	static boolean supports(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	ImportResult store(int rows, List<Enterprise> firms) {
		int yearCount = 0;
		int tierCount = 0;
		for (Enterprise firm : firms) {
			yearCount += firm.years().size();
			tierCount += firm.tiers().size();
		}
		this.total = 2L * firms.size() + 2L * yearCount + 2L * tierCount;
		this.progress.report("storing", 0, this.total);
		Set<String> known = known();
		List<Enterprise> fresh = new ArrayList<>();
		List<Enterprise> stored = new ArrayList<>();
		int located = 0;
		for (Enterprise firm : firms) {
			boolean isNew = !known.contains(firm.uscc());
			// Demo firms never replace a stored firm, nor its figures or tiers.
			if (isNew || !this.demo) {
				(isNew ? fresh : stored).add(firm);
				located += firm.hasLocation() ? 1 : 0;
			}
		}
		lap("firms folded, located and sorted into new and stored");
		if (!fresh.isEmpty() && bulk(fresh.size())) {
			dropKeys();
		}
		int[] inserted = insert(fresh);
		buildKeys();
		// The merge's upserts need the keys.
		Merged merged = stored.isEmpty() ? new Merged(0, 0, 0, 0) : merge(stored);
		this.progress.report("storing", this.total, this.total);
		return new ImportResult(rows, firms.size(), fresh.size(), merged.updated(), inserted[0] + merged.years(),
				merged.revisions(), inserted[1] + merged.tiers(), located);
	}

	/**
	 * Locks the registry's tables against other writers (readers go on) and reads the
	 * plan's stored credit codes, once: another import between reading them and writing
	 * would make a "new" firm a duplicate.
	 */
	private Set<String> known() {
		if (this.known == null) {
			this.template
				.execute("lock table enterprise, enterprise_year, enterprise_tier in share row exclusive mode");
			Set<String> codes = new HashSet<>();
			this.template.query("select uscc from enterprise where plan_id = ?", (rs) -> {
				codes.add(rs.getString(1));
			}, this.planId);
			this.known = codes;
			lap("stored codes read");
		}
		return this.known;
	}

	/**
	 * Whether writing about {@code newRows} new rows (or firms) is a bulk load, for which
	 * the keys and indexes are dropped and built again.
	 */
	private boolean bulk(long newRows) {
		return newRows >= this.rebuildFrom && newRows >= known().size();
	}

	/**
	 * Starts copying into {@code enterprise_year} the figures of the rows of firms not
	 * stored, as the rows pass their checks: the server stores them while the file is
	 * still being read. {@link #store} then leaves those years out. Close the stream
	 * before {@link #store}; when the file is refused, close it too, and the
	 * transaction's rollback takes the copied years away.
	 * @param expectedRows about how many rows the file holds: a bulk load's keys are
	 * dropped first
	 */
	YearStream streamYears(long expectedRows) {
		Set<String> codes = known();
		if (bulk(expectedRows)) {
			dropKeys();
		}
		PGCopyOutputStream copy = open(YEARS);
		try {
			return new YearStream(copy, new BinaryCopy(copy, BUFFER), codes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("COPY into enterprise_year failed", ex);
		}
	}

	/**
	 * The figures of accepted rows on their way into {@code enterprise_year}, those of
	 * stored firms left for the merge. Answers whether it took the row's figures.
	 */
	final class YearStream implements Predicate<EnterpriseRow>, AutoCloseable {

		private final PGCopyOutputStream copy;

		private final BinaryCopy out;

		private final Set<String> known;

		private boolean failed;

		private YearStream(PGCopyOutputStream copy, BinaryCopy out, Set<String> known) {
			this.copy = copy;
			this.out = out;
			this.known = known;
		}

		@Override
		public boolean test(EnterpriseRow row) {
			if (row.figures() == null || this.known.contains(row.uscc().value())) {
				return false;
			}
			try {
				year(this.out, row.uscc().value(), row.figures());
				return true;
			}
			catch (IOException ex) {
				this.failed = true;
				throw new UncheckedIOException("COPY into enterprise_year failed", ex);
			}
		}

		/**
		 * Ends the copy: completed when every accepted row was written and
		 * {@code complete}, cancelled otherwise (a refused file), so that the connection
		 * can roll back.
		 */
		void finish(boolean complete) {
			try {
				if (complete && !this.failed) {
					this.out.end();
					EnterpriseCopy.this.streamedYears = this.out.rows();
					EnterpriseCopy.this.lap("years copied while reading");
				}
				else if (this.copy.isActive()) {
					this.copy.cancelCopy();
				}
			}
			catch (IOException | SQLException ex) {
				throw new IllegalStateException("COPY into enterprise_year failed", ex);
			}
		}

		@Override
		public void close() {
			if (this.copy.isActive()) {
				finish(false);
			}
		}

	}

	/**
	 * Firms none of which is stored, copied straight into the registry's tables in key
	 * order (so that each primary key's index grows at its end); their years and tiers.
	 * @return the years and the tiers written
	 */
	private int[] insert(List<Enterprise> firms) {
		if (firms.isEmpty()) {
			return new int[2];
		}
		firms.sort(Comparator.comparing(Enterprise::uscc));
		copy(FIRMS, (out) -> {
			for (Enterprise firm : firms) {
				firm(out, firm, "");
			}
		});
		advance(firms.size());
		lap("new firms copied");
		int[] counts = new int[2];
		if (this.streamedYears >= 0) {
			counts[0] = this.streamedYears;
		}
		else {
			List<EnterpriseFigures> years = new ArrayList<>();
			counts[0] = copy(YEARS, (out) -> {
				for (Enterprise firm : firms) {
					years.clear();
					years.addAll(firm.years());
					years.sort(Comparator.comparingInt(EnterpriseFigures::year));
					for (EnterpriseFigures figures : years) {
						year(out, firm.uscc(), figures);
					}
				}
			});
		}
		advance(counts[0]);
		lap("new years copied");
		counts[1] = copy(TIERS, (out) -> {
			for (Enterprise firm : firms) {
				for (TierEvent tier : firm.tiers()) {
					tier(out, firm, tier);
				}
			}
		});
		advance(counts[1]);
		lap("new tiers copied");
		return counts;
	}

	/**
	 * Drops the secondary indexes of the registry's three tables and the keys of the
	 * yearly figures and the tiers, keeping the statements that build them again, as the
	 * database describes them. The firms' own key stays: they are copied in its order.
	 */
	private void dropKeys() {
		if (!this.dropped.isEmpty()) {
			return;
		}
		for (String table : List.of("enterprise", "enterprise_year", "enterprise_tier")) {
			if (!table.equals("enterprise")) {
				this.template.query("select conname, pg_get_constraintdef(oid) from pg_constraint"
						+ " where conrelid = ?::regclass and contype = 'p'", (rs) -> {
							this.dropped.add("alter table " + table + " add constraint " + quoted(rs.getString(1)) + " "
									+ rs.getString(2));
							this.template
								.execute("alter table " + table + " drop constraint " + quoted(rs.getString(1)));
						}, table);
			}
			List<String> indexes = this.template.queryForList("select i.indexname from pg_indexes i"
					+ " where i.schemaname = current_schema() and i.tablename = ? and i.indexname not in"
					+ " (select c.conname from pg_constraint c where c.conrelid = ?::regclass) order by i.indexname",
					String.class, table, table);
			for (String index : indexes) {
				this.dropped.add(this.template.queryForObject(
						"select indexdef from pg_indexes where schemaname = current_schema() and indexname = ?",
						String.class, index));
				this.template.execute("drop index " + quoted(index));
			}
		}
		lap("keys and indexes dropped");
	}

	/** Builds the keys and indexes {@link #dropKeys} dropped again, each in one sort. */
	private void buildKeys() {
		if (this.dropped.isEmpty()) {
			return;
		}
		this.template.execute("set local maintenance_work_mem = '256MB'");
		this.dropped.forEach(this.template::execute);
		this.dropped.clear();
		lap("keys and indexes built again");
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** Stored firms, merged through staging tables. */
	private Merged merge(List<Enterprise> firms) {
		int yearCount = 0;
		int tierCount = 0;
		for (Enterprise firm : firms) {
			yearCount += firm.years().size();
			tierCount += firm.tiers().size();
		}
		stage();
		copyFirms(firms);
		lap("firms copied");
		copyYears(firms, yearCount);
		lap("years copied");
		copyTiers(firms, tierCount);
		lap("tiers copied");
		int updated = count("select count(*) from firm_in i join enterprise e on e.plan_id = ? and e.uscc = i.uscc",
				this.planId);
		int stored = count("select count(*) from firm_in");
		this.template.update("insert into enterprise (plan_id, uscc, name, name_key, industry_code, chains, segments,"
				+ " lon, lat, input_crs, input_lon, input_lat, zones, demo, source, updated_at)"
				+ " select ?, uscc, name, name_key, industry_code, chains, segments, lon, lat, input_crs, input_lon,"
				+ " input_lat, coalesce(zones, ''), ?, ?, ? from firm_in on conflict (plan_id, uscc) do update set"
				+ " name = excluded.name, name_key = excluded.name_key, industry_code = excluded.industry_code,"
				+ " chains = case when excluded.chains = '' then enterprise.chains else excluded.chains end,"
				+ " segments = case when excluded.segments = '' then enterprise.segments else excluded.segments end,"
				+ " lon = coalesce(excluded.lon, enterprise.lon), lat = coalesce(excluded.lat, enterprise.lat),"
				+ " input_crs = coalesce(excluded.input_crs, enterprise.input_crs),"
				+ " input_lon = coalesce(excluded.input_lon, enterprise.input_lon),"
				+ " input_lat = coalesce(excluded.input_lat, enterprise.input_lat),"
				+ " zones = case when excluded.lon is null then enterprise.zones else excluded.zones end,"
				+ " demo = excluded.demo, source = excluded.source, updated_at = excluded.updated_at", this.planId,
				this.demo, this.source, this.now);
		advance(stored);
		lap("firms merged");
		String differs = " (y.revenue is distinct from i.revenue or y.rd_spending is distinct from i.rd_spending"
				+ " or y.employees is distinct from i.employees"
				+ " or y.invention_patents is distinct from i.invention_patents)";
		int revisions = this.template.update("insert into enterprise_revision (plan_id, uscc, fig_year, revenue,"
				+ " rd_spending, employees, invention_patents, demo, source, replaced_at)"
				+ " select y.plan_id, y.uscc, y.fig_year, y.revenue, y.rd_spending, y.employees, y.invention_patents,"
				+ " y.demo, y.source, ? from enterprise_year y join year_in i on y.uscc = i.uscc"
				+ " and y.fig_year = i.fig_year where y.plan_id = ? and" + differs, this.now, this.planId);
		int years = this.template.update("insert into enterprise_year as y (plan_id, uscc, fig_year, revenue,"
				+ " rd_spending, employees, invention_patents, demo, source, updated_at)"
				+ " select ?, uscc, fig_year, revenue, rd_spending, employees, invention_patents, ?, ?, ? from year_in"
				+ " on conflict (plan_id, uscc, fig_year) do update set revenue = excluded.revenue,"
				+ " rd_spending = excluded.rd_spending, employees = excluded.employees,"
				+ " invention_patents = excluded.invention_patents, demo = excluded.demo, source = excluded.source,"
				+ " updated_at = excluded.updated_at where" + differs.replace("i.", "excluded."), this.planId,
				this.demo, this.source, this.now);
		advance(yearCount);
		lap("revisions kept, years merged");
		this.template.update("delete from enterprise_tier t where t.plan_id = ?"
				+ " and t.uscc in (select distinct uscc from tier_in)", this.planId);
		int tiers = this.template.update("insert into enterprise_tier (plan_id, uscc, tier, gained, lost, demo)"
				+ " select ?, uscc, tier, gained, lost, ? from tier_in", this.planId, this.demo);
		advance(tierCount);
		lap("tiers replaced");
		if (stored != updated) {
			throw new IllegalStateException((stored - updated) + " firms were to be merged but are not stored");
		}
		return new Merged(updated, years, revisions, tiers);
	}

	/** What merging stored firms wrote. */
	private record Merged(int updated, int years, int revisions, int tiers) {
	}

	private void stage() {
		this.template.execute("drop table if exists pg_temp.firm_in, pg_temp.year_in, pg_temp.tier_in");
		this.template.execute("create temporary table firm_in (uscc text, name text, name_key text,"
				+ " industry_code text, chains text, segments text, lon float8, lat float8, input_crs text,"
				+ " input_lon float8, input_lat float8, zones text) on commit drop");
		this.template.execute("create temporary table year_in (uscc text, fig_year integer, revenue numeric,"
				+ " rd_spending numeric, employees integer, invention_patents integer) on commit drop");
		this.template
			.execute("create temporary table tier_in (uscc text, tier text, gained date, lost date) on commit drop");
	}

	private void copyFirms(List<Enterprise> firms) {
		copy(FIRMS_IN, (out) -> {
			for (Enterprise firm : firms) {
				firm(out, firm, null);
			}
		});
		advance(firms.size());
	}

	/**
	 * A firm's row, from its credit code to its zones, {@code unlocated} for the zones of
	 * a firm without a position; in the registry's table (not staging) with the plan
	 * first and the demo flag, source and time last.
	 */
	private void firm(BinaryCopy out, Enterprise firm, String unlocated) throws IOException {
		boolean located = firm.hasLocation();
		boolean staged = unlocated == null;
		out.row(staged ? 12 : 16);
		if (!staged) {
			out.bytes(this.planBytes);
		}
		out.text(firm.uscc())
			.text(firm.name())
			.text(firm.nameKey())
			.text(firm.industryCode())
			.text(String.join(",", firm.chains()))
			.text(String.join(",", firm.segments()))
			.float8(located ? firm.location().lon() : null)
			.float8(located ? firm.location().lat() : null)
			.text(located ? firm.inputCrs().name() : null)
			.float8(firm.inputLon())
			.float8(firm.inputLat())
			.text(located ? String.join(",", firm.zones()) : unlocated);
		if (!staged) {
			tail(out);
		}
	}

	/** A year's row in the registry's table: plan, credit code, figures, tail. */
	private void year(BinaryCopy out, String uscc, EnterpriseFigures figures) throws IOException {
		out.row(10).bytes(this.planBytes);
		yearFields(out, uscc, figures);
		tail(out);
	}

	/** A year's fields from the firm's credit code to the invention patents. */
	private static void yearFields(BinaryCopy out, String uscc, EnterpriseFigures figures) throws IOException {
		out.text(uscc)
			.int4(figures.year())
			.numeric(figures.revenue())
			.numeric(figures.rdSpending())
			.int4(figures.employees())
			.int4(figures.inventionPatents());
	}

	/** A tier's row in the registry's table: plan, credit code, tier, days, demo flag. */
	private void tier(BinaryCopy out, Enterprise firm, TierEvent tier) throws IOException {
		out.row(6).bytes(this.planBytes);
		tierFields(out, firm, tier);
		out.bool(this.demo);
	}

	/** A tier's fields from the firm's credit code to the day it was lost. */
	private static void tierFields(BinaryCopy out, Enterprise firm, TierEvent tier) throws IOException {
		out.text(firm.uscc()).text(tier.tier()).date(tier.gained()).date(tier.lost());
	}

	/** The demo flag, source and time of a firm's or a year's row. */
	private void tail(BinaryCopy out) throws IOException {
		out.fields(this.tail);
	}

	private void copyYears(List<Enterprise> firms, int count) {
		copy(YEARS_IN, (out) -> {
			for (Enterprise firm : firms) {
				for (EnterpriseFigures figures : firm.years()) {
					out.row(6);
					yearFields(out, firm.uscc(), figures);
				}
			}
		});
		advance(count);
	}

	private void copyTiers(List<Enterprise> firms, int count) {
		copy(TIERS_IN, (out) -> {
			for (Enterprise firm : firms) {
				for (TierEvent tier : firm.tiers()) {
					out.row(4);
					tierFields(out, firm, tier);
				}
			}
		});
		advance(count);
	}

	/** Starts a binary COPY into {@code table (columns)}. */
	private PGCopyOutputStream open(String table) {
		try {
			return new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
					"copy " + table + " from stdin (format binary)", BUFFER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into " + table + " failed", ex);
		}
	}

	/**
	 * Copies the rows {@code rows} writes into {@code table (columns)}; answers how many.
	 */
	private int copy(String table, BinaryCopy.Fields rows) {
		try {
			BinaryCopy out = new BinaryCopy(open(table), BUFFER);
			rows.write(out);
			out.end();
			return out.rows();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("COPY into " + table + " failed", ex);
		}
	}

	/** The time each step took, in the debug log: where a slow store spends it. */
	private void lap(String step) {
		long now = System.nanoTime();
		if (log.isDebugEnabled()) {
			log.debug("{}: {} ms", step, (now - this.lap) / 1_000_000);
		}
		this.lap = now;
	}

	private int count(String sql, Object... args) {
		Integer count = this.template.queryForObject(sql, Integer.class, args);
		return (count != null) ? count : 0;
	}

	private void advance(long count) {
		this.done += count;
		this.progress.report("storing", Math.min(this.done, this.total), this.total);
	}

}
