package org.corridor.observatory.chain.reference;

import org.corridor.observatory.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.corridor.observatory.chain.candidate.CandidateStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the reference-region figures of each plan. An import is one transaction: the
 * figures it replaces are marked replaced, their rows kept, and the new ones written.
 */
@Repository
class ReferenceStore {

	private static final String COLUMNS = "r.region, r.ref_year, r.segment, r.employees, r.revenue, r.demo, r.source";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditLog audit;

	ReferenceStore(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
	}

	/**
	 * Stores the figures as an import of {@code region}.
	 * @param years the years whose stored figures the import replaces; null for all
	 * @return the import's id and how many stored figures it replaced
	 */
	@Transactional
	Stored replace(String planId, String region, String source, boolean demo, List<ReferenceFigure> figures,
			Collection<Integer> years) {
		// one import at a time per plan
		this.template.queryForList("select id from plan where id = ? for update", String.class, planId);
		Timestamp now = Timestamp.from(Instant.now());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into reference_batch (plan_id, region, source, demo, imported_at) values (?, ?, ?, ?, ?)")
			.params(planId, region, source, demo, now)
			.update(key, "id");
		long batchId = key.getKey().longValue();
		int replaced = 0;
		String replace = "update reference_figure set replaced_at = ?, replaced_by = ?"
				+ " where plan_id = ? and replaced_at is null";
		if (years == null) {
			replaced = this.template.update(replace, now, batchId, planId);
		}
		else {
			for (Integer year : years) {
				replaced += this.template.update(replace + " and ref_year = ?", now, batchId, planId, year);
			}
		}
		List<Object[]> rows = new ArrayList<>(figures.size());
		for (ReferenceFigure figure : figures) {
			rows.add(new Object[] { batchId, planId, region, figure.year(), figure.segment(), figure.employees(),
					figure.revenue(), demo, figure.source() });
		}
		this.template.batchUpdate("insert into reference_figure (batch_id, plan_id, region, ref_year, segment,"
				+ " employees, revenue, demo, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		Stored stored = new Stored(batchId, replaced);
		this.audit.record("import", "reference-figures", planId + "/" + batchId, null, null,
				AuditLog.fields("region", region, "figures", figures.size(), "replaced", replaced, "years", years));
		return stored;
	}

	/** The plan's current figures, by year. */
	List<ReferenceFigure> listFigures(String planId) {
		return this.template.query(
				"select " + COLUMNS + " from reference_figure r"
						+ " where r.plan_id = ? and r.replaced_at is null order by r.ref_year, r.id",
				ReferenceStore::figure, planId);
	}

	/** The figures imports replaced, latest replacement first. */
	List<ReferenceRevision> listRevisions(String planId) {
		return this.template.query(
				"select " + COLUMNS + ", r.replaced_at, b.source from reference_figure r"
						+ " join reference_batch b on b.id = r.replaced_by"
						+ " where r.plan_id = ? and r.replaced_at is not null order by r.replaced_by desc, r.id",
				(rs, row) -> new ReferenceRevision(figure(rs, row), rs.getTimestamp(8).toInstant(), rs.getString(9)),
				planId);
	}

	private static ReferenceFigure figure(ResultSet rs, int row) throws SQLException {
		return new ReferenceFigure(rs.getString(1), rs.getInt(2), rs.getString(3),
				CandidateStore.figure(rs.getBigDecimal(4)), CandidateStore.figure(rs.getBigDecimal(5)),
				rs.getBoolean(6), rs.getString(7));
	}

	/**
	 * What {@link #replace} wrote.
	 *
	 * @param batchId the import's id
	 * @param replaced how many stored figures it replaced
	 */
	record Stored(long batchId, int replaced) {
	}

}
