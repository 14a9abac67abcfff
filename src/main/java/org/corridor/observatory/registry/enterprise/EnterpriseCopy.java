package org.corridor.observatory.registry.enterprise;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's bulk write on PostgreSQL: the batch's firms, yearly figures and tiers are
 * sent with the driver's {@code COPY} into temporary staging tables (dropped at commit),
 * then merged set-wise in a handful of statements, with the same outcome as
 * {@link EnterpriseBatches} row by row: firms inserted or updated by (plan, credit code),
 * a file that leaves out a position, chains or segments keeping the stored ones; a yearly
 * figure that differs in value kept in {@code enterprise_revision} before it is replaced,
 * unchanged ones not rewritten; a firm's tiers replaced by the batch's when it gives any;
 * demo firms never replacing a stored firm. Runs in the caller's transaction, on its
 * connection.
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

	private long done;

	private long lap = System.nanoTime();

	private long total;

	EnterpriseCopy(JdbcTemplate template, Connection connection, String planId, String source, boolean demo,
			Timestamp now, ProgressListener progress) {
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
		stage();
		copyFirms(firms);
		lap("firms copied");
		copyYears(firms, yearCount);
		lap("years copied");
		copyTiers(firms, tierCount);
		lap("tiers copied");
		if (this.demo) {
			// Demo firms never replace a stored firm, nor its figures or tiers.
			for (String table : List.of("firm_in", "year_in", "tier_in")) {
				this.template.update(
						"delete from " + table + " i using enterprise e where e.plan_id = ? and e.uscc = i.uscc",
						this.planId);
			}
		}
		int updated = count("select count(*) from firm_in i join enterprise e on e.plan_id = ? and e.uscc = i.uscc",
				this.planId);
		int stored = count("select count(*) from firm_in");
		int located = count("select count(*) from firm_in where lon is not null");
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
		this.progress.report("storing", this.total, this.total);
		return new ImportResult(rows, firms.size(), stored - updated, updated, years, revisions, tiers, located);
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
				field(out, located ? String.join(",", firm.zones()) : null).write('\n');
			}
		});
	}

	private void copyYears(List<Enterprise> firms, int count) {
		copy("year_in", count, (out) -> {
			for (Enterprise firm : firms) {
				for (EnterpriseFigures figures : firm.years()) {
					field(out, firm.uscc()).write('\t');
					out.write(Integer.toString(figures.year()));
					out.write('\t');
					decimal(out, figures.revenue()).write('\t');
					decimal(out, figures.rdSpending()).write('\t');
					number(out, figures.employees()).write('\t');
					number(out, figures.inventionPatents()).write('\n');
				}
			}
		});
	}

	private void copyTiers(List<Enterprise> firms, int count) {
		copy("tier_in", count, (out) -> {
			for (Enterprise firm : firms) {
				for (TierEvent tier : firm.tiers()) {
					field(out, firm.uscc()).write('\t');
					field(out, tier.tier()).write('\t');
					out.write(tier.gained().toString());
					out.write('\t');
					field(out, (tier.lost() != null) ? tier.lost().toString() : null).write('\n');
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
