package org.corridor.observatory.registry.enterprise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.observatory.registry.enterprise.ImportJob.State;
import org.corridor.observatory.tabular.ImportProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs as stored ({@code import_job}, V12): each state change is written in a
 * transaction of its own, never in the import's, so a job that fails or is rolled back
 * still says so. Progress within a phase is not stored: it is kept in memory by
 * {@link EnterpriseImportJobs} while the job runs.
 */
@Repository
class ImportJobTable {

	static final String KIND = "enterprises";

	private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	ImportJobTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void queued(ImportJob job, String planId, String fileName, String crs, String spool, String by, Instant at) {
		this.jdbc
			.sql("insert into import_job (id, plan_id, kind, file_name, crs, spool_file, state, phase, done_count,"
					+ " total_count, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(job.id(), planId, KIND, cut(fileName, 1000), crs, spool, job.state().name(), job.phase(), 0, 0,
					cut(by, 64), Timestamp.from(at))
			.update();
	}

	void running(String id) {
		this.jdbc.sql("update import_job set state = ?, phase = ? where id = ?")
			.params(State.RUNNING.name(), "reading", id)
			.update();
	}

	/** Records how the job ended; its spool file is gone. */
	void ended(ImportJob job, Instant at) {
		this.jdbc
			.sql("update import_job set state = ?, phase = ?, done_count = ?, total_count = ?, result_json = ?,"
					+ " problems_json = ?, error = ?, spool_file = null, finished_at = ? where id = ?")
			.params(job.state().name(), job.phase(), job.done(), job.total(), write(job.result()),
					(job.problems() != null) ? write(job.problems()) : null, cut(job.error(), 2000), Timestamp.from(at),
					job.id())
			.update();
	}

	Optional<ImportJob> find(String id) {
		return this.jdbc
			.sql("select id, state, phase, done_count, total_count, result_json, problems_json, error"
					+ " from import_job where id = ? and kind = ?")
			.params(id, KIND)
			.query((rs, row) -> new ImportJob(rs.getString(1), State.valueOf(rs.getString(2)), rs.getString(3),
					rs.getLong(4), rs.getLong(5), read(rs.getString(6), ImportResult.class),
					(rs.getString(7) != null) ? readProblems(rs.getString(7)) : null, rs.getString(8)))
			.optional();
	}

	/** The spool files of the jobs that were waiting or running, as stored. */
	List<String> unfinishedSpools() {
		return this.jdbc.sql("select spool_file from import_job where state in (?, ?) and spool_file is not null")
			.params(State.QUEUED.name(), State.RUNNING.name())
			.query(String.class)
			.list();
	}

	/** Marks every job still waiting or running as interrupted; returns how many. */
	int interruptUnfinished(String error, Instant at) {
		return this.jdbc
			.sql("update import_job set state = ?, phase = ?, error = ?, spool_file = null, finished_at = ?"
					+ " where state in (?, ?)")
			.params(State.INTERRUPTED.name(), "interrupted", error, Timestamp.from(at), State.QUEUED.name(),
					State.RUNNING.name())
			.update();
	}

	/** Forgets jobs that ended before {@code before}. */
	int forgetEndedBefore(Instant before) {
		return this.jdbc.sql("delete from import_job where finished_at < ?").params(Timestamp.from(before)).update();
	}

	private String write(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	private <T> T read(String text, Class<T> type) {
		if (text == null) {
			return null;
		}
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored import job holds unreadable JSON", ex);
		}
	}

	private List<ImportProblem> readProblems(String text) {
		try {
			return this.json.readValue(text, PROBLEMS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored import job holds unreadable JSON", ex);
		}
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
