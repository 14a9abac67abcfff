package org.corridor.observatory.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The scenarios' tables: a scenario row, its versions, each version's assumptions as
 * rows. Callers hold the transaction ({@link Scenarios}).
 */
@Repository
class ScenarioStore {

	private static final String VERSION_COLUMNS = "scenario_id, version, name, description, note, demo, saved_by,"
			+ " saved_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ScenarioStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insertScenario(String planId, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into scenario (plan_id, created_by, created_at) values (?, ?, ?)")
			.params(planId, by, Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void insertVersion(ScenarioVersion version) {
		this.template.update("insert into scenario_version (" + VERSION_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
				version.scenarioId(), version.number(), version.name(), version.description(), version.note(),
				version.demo(), version.savedBy(), Timestamp.from(version.savedAt()));
		List<Object[]> rows = new ArrayList<>();
		int seq = 0;
		for (Assumption a : version.assumptions()) {
			rows.add(new Object[] { version.scenarioId(), version.number(), ++seq, a.kind().name(), a.indicator(),
					a.zone(), a.year(), a.rate(), a.candidate(), a.candidateName(), a.platform(), a.stage(),
					a.note() });
		}
		this.template.batchUpdate("insert into scenario_assumption (scenario_id, version, seq, kind, indicator_code,"
				+ " zone_code, from_year, rate, candidate_id, candidate_name, platform_code, stage, note)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** Locks the scenario's row for a save; empty when the plan has no such scenario. */
	Optional<Row> lock(String planId, long id) {
		return this.template
			.query("select id, plan_id, created_by, created_at, archived_at from scenario where id = ? and plan_id = ?"
					+ " for update", ScenarioStore::row, id, planId)
			.stream()
			.findFirst();
	}

	Optional<Row> findRow(String planId, long id) {
		return this.template
			.query("select id, plan_id, created_by, created_at, archived_at from scenario where id = ? and plan_id = ?",
					ScenarioStore::row, id, planId)
			.stream()
			.findFirst();
	}

	List<Row> listRows(String planId) {
		return this.template.query(
				"select id, plan_id, created_by, created_at, archived_at from scenario where plan_id = ? order by id",
				ScenarioStore::row, planId);
	}

	void archive(long id, Instant at) {
		this.template.update("update scenario set archived_at = ? where id = ?", Timestamp.from(at), id);
	}

	/** Every version of a scenario, newest first, with its assumptions. */
	List<ScenarioVersion> listVersions(long id) {
		List<ScenarioVersion> versions = new ArrayList<>();
		for (ScenarioVersion header : this.template.query(
				"select " + VERSION_COLUMNS + " from scenario_version where scenario_id = ? order by version desc",
				ScenarioStore::version, id)) {
			versions.add(new ScenarioVersion(header.scenarioId(), header.number(), header.name(), header.description(),
					header.note(), header.demo(), header.savedBy(), header.savedAt(),
					assumptions(id, header.number())));
		}
		return versions;
	}

	private List<Assumption> assumptions(long id, int version) {
		return this.template.query("select kind, indicator_code, zone_code, from_year, rate, candidate_id,"
				+ " candidate_name, platform_code, stage, note from scenario_assumption"
				+ " where scenario_id = ? and version = ? order by seq", (rs, n) -> {
					long candidate = rs.getLong(6);
					Long candidateId = rs.wasNull() ? null : candidate;
					return new Assumption(AssumptionKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
							rs.getInt(4), rs.getBigDecimal(5), candidateId, rs.getString(7), rs.getString(8),
							rs.getString(9), rs.getString(10));
				}, id, version);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Timestamp archived = rs.getTimestamp(5);
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
				(archived != null) ? archived.toInstant() : null);
	}

	private static ScenarioVersion version(ResultSet rs, int n) throws SQLException {
		return new ScenarioVersion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant(), List.of());
	}

	record Row(long id, String planId, String createdBy, Instant createdAt, Instant archivedAt) {
	}

}
