package org.corridor.observatory.chain.candidate;

import org.corridor.observatory.audit.AuditLog;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.corridor.observatory.registry.ChineseNames;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the candidate lists of each plan. Storing a list is one transaction: the new list
 * is written and the current one marked replaced, its rows kept as they were.
 */
@Repository
public class CandidateStore {

	private static final String FIRM_COLUMNS = "f.id, f.name, f.uscc, f.industry_code, f.segments, f.region, f.revenue,"
			+ " f.rd_spending, f.employees, f.demo, l.source";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditLog audit;

	CandidateStore(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
	}

	/** Stores {@code firms} as the plan's list, replacing the current one. */
	@Transactional
	CandidateImportResult replace(String planId, String source, boolean demo, List<CandidateFirm> firms) {
		// one import at a time per plan, so a plan never ends up with two current lists
		this.template.queryForList("select id from plan where id = ? for update", String.class, planId);
		Timestamp now = Timestamp.from(Instant.now());
		int replaced = currentList(planId).map(CandidateBatch::firms).orElse(0);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into candidate_list (plan_id, source, demo, imported_at) values (?, ?, ?, ?)")
			.params(planId, source, demo, now)
			.update(key, "id");
		long listId = key.getKey().longValue();
		this.template.update("update candidate_list set replaced_at = ?, replaced_by = ?"
				+ " where plan_id = ? and replaced_at is null and id <> ?", now, listId, planId, listId);
		List<Object[]> rows = new ArrayList<>(firms.size());
		for (CandidateFirm firm : firms) {
			rows.add(new Object[] { listId, firm.name(), ChineseNames.key(firm.name()), firm.uscc(),
					firm.industryCode(), String.join(",", firm.segments()), firm.region(), firm.revenue(),
					firm.rdSpending(), firm.employees(), demo });
		}
		this.template.batchUpdate(
				"insert into candidate_firm (list_id, name, name_key, uscc, industry_code, segments,"
						+ " region, revenue, rd_spending, employees, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
		CandidateImportResult result = new CandidateImportResult(listId, firms.size(), replaced, demo);
		this.audit.record("import", "candidate-list", planId + "/" + listId, null, null, result);
		return result;
	}

	/** The firms of the plan's current list, in the order the list gave them. */
	List<CandidateFirm> listCandidates(String planId) {
		return this.template.query(
				"select " + FIRM_COLUMNS + " from candidate_firm f join candidate_list l"
						+ " on f.list_id = l.id where l.plan_id = ? and l.replaced_at is null order by f.id",
				CandidateStore::firm, planId);
	}

	/** The firms of one list of the plan, current or replaced. */
	List<CandidateFirm> listCandidates(String planId, long listId) {
		return this.template.query(
				"select " + FIRM_COLUMNS + " from candidate_firm f join candidate_list l"
						+ " on f.list_id = l.id where l.plan_id = ? and l.id = ? order by f.id",
				CandidateStore::firm, planId, listId);
	}

	/** A firm of any of the plan's lists, current or replaced, by its number. */
	Optional<CandidateFirm> findCandidate(String planId, long id) {
		return this.template
			.query("select " + FIRM_COLUMNS + " from candidate_firm f join candidate_list l"
					+ " on f.list_id = l.id where l.plan_id = ? and f.id = ?", CandidateStore::firm, planId, id)
			.stream()
			.findFirst();
	}

	/** Every list the plan has held, newest first. */
	List<CandidateBatch> listBatches(String planId) {
		return this.template.query(
				"select l.id, l.source, l.demo, l.imported_at, l.replaced_at,"
						+ " (select count(*) from candidate_firm f where f.list_id = l.id)"
						+ " from candidate_list l where l.plan_id = ? order by l.id desc",
				CandidateStore::batch, planId);
	}

	Optional<CandidateBatch> currentList(String planId) {
		return listBatches(planId).stream().filter((batch) -> batch.replacedAt() == null).findFirst();
	}

	private static CandidateBatch batch(ResultSet rs, int row) throws SQLException {
		Timestamp replaced = rs.getTimestamp(5);
		return new CandidateBatch(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
				(replaced != null) ? replaced.toInstant() : null, rs.getInt(6));
	}

	private static CandidateFirm firm(ResultSet rs, int row) throws SQLException {
		String segments = rs.getString(5);
		return new CandidateFirm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				segments.isEmpty() ? List.of() : Arrays.asList(segments.split(",")), rs.getString(6),
				figure(rs.getBigDecimal(7)), figure(rs.getBigDecimal(8)), (Integer) rs.getObject(9, Integer.class),
				rs.getBoolean(10), rs.getString(11));
	}

	/** The figure without the trailing zeros numeric(24, 6) pads it with. */
	public static BigDecimal figure(BigDecimal stored) {
		if (stored == null) {
			return null;
		}
		BigDecimal plain = stored.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

}
