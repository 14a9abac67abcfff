package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import org.corridor.observatory.registry.enterprise.EnterpriseStore.TierWrite;
import org.corridor.observatory.registry.enterprise.EnterpriseStore.YearWrite;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * The statements of one stored batch, each run as JDBC batches of
 * {@link EnterpriseStore#CHUNK} rows with typed parameters, reporting progress after
 * each. Typed setters matter: a null through {@code setObject} makes the driver look up
 * the parameter's type, a round trip per null on PostgreSQL.
 */
final class EnterpriseBatches {

	private final JdbcTemplate template;

	private final String planId;

	private final String source;

	private final boolean demo;

	private final Timestamp now;

	private final ProgressListener progress;

	private final long total;

	private long done;

	EnterpriseBatches(JdbcTemplate template, String planId, String source, boolean demo, Timestamp now,
			ProgressListener progress, long total) {
		this.template = template;
		this.planId = planId;
		this.source = source;
		this.demo = demo;
		this.now = now;
		this.progress = progress;
		this.total = total;
		progress.report("storing", 0, total);
	}

	void insertFirms(List<Enterprise> firms) {
		run("insert into enterprise (name, name_key, industry_code, chains, segments, lon, lat, input_crs, input_lon,"
				+ " input_lat, zones, demo, source, updated_at, plan_id, uscc)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", firms, this::setFirm);
	}

	/**
	 * A file that leaves out a firm's position, chains or segments keeps the stored ones.
	 */
	void updateFirms(List<Enterprise> firms) {
		run("update enterprise set name = ?, name_key = ?, industry_code = ?,"
				+ " chains = case when ? = '' then chains else ? end,"
				+ " segments = case when ? = '' then segments else ? end, lon = coalesce(?, lon),"
				+ " lat = coalesce(?, lat), input_crs = coalesce(?, input_crs), input_lon = coalesce(?, input_lon),"
				+ " input_lat = coalesce(?, input_lat), zones = coalesce(?, zones),"
				+ " demo = ?, source = ?, updated_at = ? where plan_id = ? and uscc = ?", firms, (ps, firm) -> {
					String chains = String.join(",", firm.chains());
					String segments = String.join(",", firm.segments());
					ps.setString(1, firm.name());
					ps.setString(2, firm.nameKey());
					ps.setString(3, firm.industryCode());
					ps.setString(4, chains);
					ps.setString(5, chains);
					ps.setString(6, segments);
					ps.setString(7, segments);
					setLocation(ps, 8, firm);
					String zones = firm.hasLocation() ? String.join(",", firm.zones()) : null;
					ps.setString(13, zones);
					setTail(ps, 14, firm.uscc());
				});
	}

	void keepRevisions(List<YearWrite> years) {
		run("insert into enterprise_revision (plan_id, uscc, fig_year, revenue, rd_spending, employees,"
				+ " invention_patents, demo, source, replaced_at) select plan_id, uscc, fig_year, revenue,"
				+ " rd_spending, employees, invention_patents, demo, source, ? from enterprise_year"
				+ " where plan_id = ? and uscc = ? and fig_year = ?", years, (ps, year) -> {
					ps.setTimestamp(1, this.now);
					ps.setString(2, this.planId);
					ps.setString(3, year.uscc());
					ps.setInt(4, year.figures().year());
				});
	}

	void insertYears(List<YearWrite> years) {
		run("insert into enterprise_year (revenue, rd_spending, employees, invention_patents, demo, source,"
				+ " updated_at, plan_id, uscc, fig_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", years, this::setYear);
	}

	void updateYears(List<YearWrite> years) {
		run("update enterprise_year set revenue = ?, rd_spending = ?, employees = ?, invention_patents = ?,"
				+ " demo = ?, source = ?, updated_at = ? where plan_id = ? and uscc = ? and fig_year = ?", years,
				this::setYear);
	}

	void deleteTiers(List<Enterprise> firms) {
		run("delete from enterprise_tier where plan_id = ? and uscc = ?", firms, (ps, firm) -> {
			ps.setString(1, this.planId);
			ps.setString(2, firm.uscc());
		});
	}

	void insertTiers(List<TierWrite> tiers) {
		run("insert into enterprise_tier (plan_id, uscc, tier, gained, lost, demo) values (?, ?, ?, ?, ?, ?)", tiers,
				(ps, write) -> {
					ps.setString(1, this.planId);
					ps.setString(2, write.uscc());
					ps.setString(3, write.tier().tier());
					ps.setDate(4, Date.valueOf(write.tier().gained()));
					ps.setDate(5, (write.tier().lost() != null) ? Date.valueOf(write.tier().lost()) : null);
					ps.setBoolean(6, this.demo);
				});
	}

	void advance(int count) {
		this.done += count;
		this.progress.report("storing", this.done, this.total);
	}

	private <T> void run(String sql, List<T> items, ParameterizedPreparedStatementSetter<T> setter) {
		for (int from = 0; from < items.size(); from += EnterpriseStore.CHUNK) {
			List<T> chunk = items.subList(from, Math.min(from + EnterpriseStore.CHUNK, items.size()));
			this.template.batchUpdate(sql, chunk, chunk.size(), setter);
			advance(chunk.size());
		}
	}

	private void setFirm(PreparedStatement ps, Enterprise firm) throws SQLException {
		ps.setString(1, firm.name());
		ps.setString(2, firm.nameKey());
		ps.setString(3, firm.industryCode());
		ps.setString(4, String.join(",", firm.chains()));
		ps.setString(5, String.join(",", firm.segments()));
		setLocation(ps, 6, firm);
		ps.setString(11, String.join(",", firm.zones()));
		setTail(ps, 12, firm.uscc());
	}

	/**
	 * Longitude, latitude, input system, input longitude and latitude from {@code at}.
	 */
	private static void setLocation(PreparedStatement ps, int at, Enterprise firm) throws SQLException {
		boolean located = firm.hasLocation();
		setDouble(ps, at, located ? firm.location().lon() : null);
		setDouble(ps, at + 1, located ? firm.location().lat() : null);
		ps.setString(at + 2, located ? firm.inputCrs().name() : null);
		setDouble(ps, at + 3, firm.inputLon());
		setDouble(ps, at + 4, firm.inputLat());
	}

	/** Demo flag, source, time, plan and credit code from {@code at}. */
	private void setTail(PreparedStatement ps, int at, String uscc) throws SQLException {
		ps.setBoolean(at, this.demo);
		ps.setString(at + 1, this.source);
		ps.setTimestamp(at + 2, this.now);
		ps.setString(at + 3, this.planId);
		ps.setString(at + 4, uscc);
	}

	private void setYear(PreparedStatement ps, YearWrite write) throws SQLException {
		EnterpriseFigures figures = write.figures();
		setDecimal(ps, 1, figures.revenue());
		setDecimal(ps, 2, figures.rdSpending());
		setInteger(ps, 3, figures.employees());
		setInteger(ps, 4, figures.inventionPatents());
		ps.setBoolean(5, this.demo);
		ps.setString(6, this.source);
		ps.setTimestamp(7, this.now);
		ps.setString(8, this.planId);
		ps.setString(9, write.uscc());
		ps.setInt(10, figures.year());
	}

	private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.DOUBLE);
		}
		else {
			ps.setDouble(index, value);
		}
	}

	private static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.NUMERIC);
		}
		else {
			ps.setBigDecimal(index, value);
		}
	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

}
