package org.corridor.observatory.registry.enterprise;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
 * and merged set-wise in a handful of statements.</li>
 * </ul>
 */
final class EnterpriseCopy {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseCopy.class);

	private static final int BUFFER = 1 << 16;

	private final JdbcTemplate template;

	private final Connection connection;

	private final String planId;

	private final String source;

	private final boolean demo;

	private final Timestamp now;

	private final ProgressListener progress;

	private final int rebuildFrom;

	private long done;

	private long lap = System.nanoTime();

	private long total;

	/** The plan's stored credit codes, once read (with the tables locked). */
	private Set<String> known;

	/** Years of new firms copied while the file was read; -1 when none were. */
	private int streamedYears = -1;

	/**
	 * @param rebuildFrom the fewest new firms for which the firm table's secondary
	 * indexes are built again instead of grown (when they at least double the plan's
	 * firms)
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
		Merged merged = stored.isEmpty() ? new Merged(0, 0, 0, 0) : merge(stored);
		int[] inserted = insert(fresh, fresh.size() >= this.rebuildFrom && fresh.size() >= known.size());
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
	 * Starts copying into {@code enterprise_year} the figures of the rows of firms not
	 * stored, as the rows pass their checks: the server stores them while the file is
	 * still being read. {@link #store} then leaves those years out. Close the stream
	 * before {@link #store}; when the file is refused, close it too, and the
	 * transaction's rollback takes the copied years away.
	 */
	YearStream streamYears() {
		Set<String> codes = known();
		try {
			PGCopyOutputStream copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
					"copy enterprise_year (plan_id, uscc, fig_year, revenue, rd_spending, employees,"
							+ " invention_patents, demo, source, updated_at) from stdin (format text)",
					BUFFER);
			return new YearStream(copy, codes, text(this.planId) + "\t", tail());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into enterprise_year failed", ex);
		}
	}

	/**
	 * The figures of accepted rows on their way into {@code enterprise_year}, those of
	 * stored firms left for the merge.
	 */
	final class YearStream implements Consumer<EnterpriseRow>, AutoCloseable {

		private final PGCopyOutputStream copy;

		private final Writer out;

		private final Set<String> known;

		private final String plan;

		private final String tail;

		private int count;

		private boolean failed;

		private YearStream(PGCopyOutputStream copy, Set<String> known, String plan, String tail) {
			this.copy = copy;
			this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
			this.known = known;
			this.plan = plan;
			this.tail = tail;
		}

		@Override
		public void accept(EnterpriseRow row) {
			if (row.figures() == null || this.known.contains(row.uscc().value())) {
				return;
			}
			try {
				this.out.write(this.plan);
				year(this.out, row.uscc().value(), row.figures());
				this.out.write(this.tail);
				this.count++;
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
					this.out.close();
					EnterpriseCopy.this.streamedYears = this.count;
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
	private int[] insert(List<Enterprise> firms, boolean bulk) {
		if (firms.isEmpty()) {
			return new int[2];
		}
		firms.sort(Comparator.comparing(Enterprise::uscc));
		List<String> rebuild = bulk ? dropSecondaryIndexes() : List.of();
		String tail = tail();
		String plan = text(this.planId) + "\t";
		copy("enterprise (plan_id, uscc, name, name_key, industry_code, chains, segments, lon, lat, input_crs,"
				+ " input_lon, input_lat, zones, demo, source, updated_at)", firms.size(), (out) -> {
					for (Enterprise firm : firms) {
						out.write(plan);
						firm(out, firm, "");
						out.write(tail);
					}
				});
		lap("new firms copied");
		if (!rebuild.isEmpty()) {
			this.template.execute("set local maintenance_work_mem = '256MB'");
			rebuild.forEach(this.template::execute);
			lap("secondary indexes built again");
		}
		int[] counts = new int[2];
		List<EnterpriseFigures> years = new ArrayList<>();
		if (this.streamedYears >= 0) {
			counts[0] = this.streamedYears;
		}
		else {
			copy("enterprise_year (plan_id, uscc, fig_year, revenue, rd_spending, employees, invention_patents,"
					+ " demo, source, updated_at)", 0, (out) -> {
						for (Enterprise firm : firms) {
							years.clear();
							years.addAll(firm.years());
							years.sort(Comparator.comparingInt(EnterpriseFigures::year));
							for (EnterpriseFigures figures : years) {
								out.write(plan);
								year(out, firm.uscc(), figures);
								out.write(tail);
								counts[0]++;
							}
						}
					});
		}
		advance(counts[0]);
		lap("new years copied");
		String end = "\t" + (this.demo ? "t" : "f") + "\n";
		copy("enterprise_tier (plan_id, uscc, tier, gained, lost, demo)", 0, (out) -> {
			for (Enterprise firm : firms) {
				for (TierEvent tier : firm.tiers()) {
					out.write(plan);
					tier(out, firm, tier);
					out.write(end);
					counts[1]++;
				}
			}
		});
		advance(counts[1]);
		lap("new tiers copied");
		return counts;
	}

	/**
	 * Drops the firm table's indexes other than its primary key, for an insert that at
	 * least doubles the plan's firms: building an index over the table afterwards costs
	 * less than growing it a row at a time (by about 40 % here; bench/README.md).
	 * Dropping an index locks the table against readers too, until the import commits.
	 * @return the statements that build them again, as the database describes them
	 */
	private List<String> dropSecondaryIndexes() {
		List<String> indexes = this.template.queryForList("select i.indexname from pg_indexes i"
				+ " where i.schemaname = current_schema() and i.tablename = 'enterprise' and i.indexname not in"
				+ " (select c.conname from pg_constraint c where c.conrelid = 'enterprise'::regclass)"
				+ " order by i.indexname", String.class);
		List<String> definitions = new ArrayList<>();
		for (String index : indexes) {
			definitions.add(this.template.queryForObject(
					"select indexdef from pg_indexes where schemaname = current_schema() and indexname = ?",
					String.class, index));
			this.template.execute("drop index " + quoted(index));
		}
		lap("secondary indexes dropped");
		return definitions;
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
		copy("firm_in", firms.size(), (out) -> {
			for (Enterprise firm : firms) {
				firm(out, firm, null);
				out.write('\n');
			}
		});
	}

	/**
	 * A firm's columns from its credit code to its zones, {@code unlocated} for the zones
	 * of a firm without a position.
	 */
	private static void firm(Writer out, Enterprise firm, String unlocated) throws IOException {
		boolean located = firm.hasLocation();
		field(out, firm.uscc()).write('\t');
		field(out, firm.name()).write('\t');
		field(out, firm.nameKey()).write('\t');
		field(out, firm.industryCode()).write('\t');
		field(out, String.join(",", firm.chains())).write('\t');
		field(out, String.join(",", firm.segments())).write('\t');
		number(out, located ? firm.location().lon() : null).write('\t');
		number(out, located ? firm.location().lat() : null).write('\t');
		field(out, located ? firm.inputCrs().name() : null).write('\t');
		number(out, firm.inputLon()).write('\t');
		number(out, firm.inputLat()).write('\t');
		field(out, located ? String.join(",", firm.zones()) : unlocated);
	}

	/** A year's columns from the firm's credit code to the invention patents. */
	private static void year(Writer out, String uscc, EnterpriseFigures figures) throws IOException {
		field(out, uscc).write('\t');
		out.write(Integer.toString(figures.year()));
		out.write('\t');
		decimal(out, figures.revenue()).write('\t');
		decimal(out, figures.rdSpending()).write('\t');
		number(out, figures.employees()).write('\t');
		number(out, figures.inventionPatents());
	}

	/** A tier's columns from the firm's credit code to the day it was lost. */
	private static void tier(Writer out, Enterprise firm, TierEvent tier) throws IOException {
		field(out, firm.uscc()).write('\t');
		field(out, tier.tier()).write('\t');
		out.write(tier.gained().toString());
		out.write('\t');
		field(out, (tier.lost() != null) ? tier.lost().toString() : null);
	}

	/** The demo flag, source and time of a firm's or a year's row, and its end. */
	private String tail() {
		return "\t" + (this.demo ? "t" : "f") + "\t" + text(this.source) + "\t" + this.now + "\n";
	}

	/** A text value as COPY's text format writes it. */
	private static String text(String value) {
		try {
			StringWriter out = new StringWriter();
			field(out, value);
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void copyYears(List<Enterprise> firms, int count) {
		copy("year_in", count, (out) -> {
			for (Enterprise firm : firms) {
				for (EnterpriseFigures figures : firm.years()) {
					year(out, firm.uscc(), figures);
					out.write('\n');
				}
			}
		});
	}

	private void copyTiers(List<Enterprise> firms, int count) {
		copy("tier_in", count, (out) -> {
			for (Enterprise firm : firms) {
				for (TierEvent tier : firm.tiers()) {
					tier(out, firm, tier);
					out.write('\n');
				}
			}
		});
	}

	private void copy(String table, int count, Rows rows) {
		try (Writer out = new BufferedWriter(
				new OutputStreamWriter(new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
						"copy " + table + " from stdin (format text)", BUFFER), StandardCharsets.UTF_8),
				BUFFER)) {
			rows.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("COPY into " + table + " failed", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into " + table + " failed", ex);
		}
		advance(count);
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

	/**
	 * A text value in COPY's text format: {@code \N} for null, the four specials escaped.
	 */
	private static Writer field(Writer out, String value) throws IOException {
		if (value == null) {
			out.write("\\N");
			return out;
		}
		if (plain(value)) {
			// Most values: written whole. A character at a time through the writer (it
			// locks on each) was a sixth of a million-row import's time on its thread.
			out.write(value);
			return out;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.write("\\\\");
				case '\t' -> out.write("\\t");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				default -> out.write(c);
			}
		}
		return out;
	}

	/** Whether a text has none of the four characters COPY's text format escapes. */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	private static Writer number(Writer out, Number value) throws IOException {
		out.write((value != null) ? value.toString() : "\\N");
		return out;
	}

	private static Writer decimal(Writer out, BigDecimal value) throws IOException {
		out.write((value != null) ? value.toPlainString() : "\\N");
		return out;
	}

	@FunctionalInterface
	private interface Rows {

		void write(Writer out) throws IOException;

	}

}
