package org.corridor.observatory.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archive of reports ({@code evaluation_report}, V20): each asked-for report with its
 * inputs and, once made, its Word and PDF files as they were generated.
 */
@Repository
public class ReportArchive {

	private static final String COLUMNS = "id, plan_id, report_year, zone_code, as_of, language, state, phase,"
			+ " plan_version, figures_sha256, demo, docx_sha256, pdf_sha256, error, requested_by, requested_at,"
			+ " finished_at, scenarios";

	private final JdbcClient jdbc;

	ReportArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void queued(ReportJob job) {
		this.jdbc
			.sql("insert into evaluation_report (id, plan_id, report_year, zone_code, as_of, language, state, phase,"
					+ " demo, requested_by, requested_at, scenarios) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(job.id(), job.planId(), job.year(), job.zoneCode(), java.sql.Date.valueOf(job.asOf()),
					job.language(), job.state().name(), job.phase(), false, job.requestedBy(),
					Timestamp.from(job.requestedAt()), ReportJob.Included.text(job.scenarios()))
			.update();
	}

	void running(String id) {
		this.jdbc.sql("update evaluation_report set state = 'RUNNING', phase = 'evaluating' where id = ?")
			.param(id)
			.update();
	}

	void done(String id, AnnualReport report, byte[] docx, String docxSha256, byte[] pdf, String pdfSha256,
			Instant at) {
		this.jdbc
			.sql("update evaluation_report set state = 'DONE', phase = 'done', plan_version = ?, figures_sha256 = ?,"
					+ " demo = ?, docx = ?, docx_sha256 = ?, pdf = ?, pdf_sha256 = ?, finished_at = ?, scenarios = ?"
					+ " where id = ?")
			.params(report.planVersion(), report.figuresSha256(), report.demo(), docx, docxSha256, pdf, pdfSha256,
					Timestamp.from(at), ReportJob.Included.text(included(report)), id)
			.update();
	}

	/** The scenarios a made report includes, with the versions it used. */
	static List<ReportJob.Included> included(AnnualReport report) {
		return report.scenarios()
			.stream()
			.map((s) -> new ReportJob.Included(s.run().scenarioId(), s.run().version()))
			.toList();
	}

	void ended(String id, ReportJob.State state, String error, Instant at) {
		this.jdbc.sql("update evaluation_report set state = ?, phase = ?, error = ?, finished_at = ? where id = ?")
			.params(state.name(), state.name().toLowerCase(java.util.Locale.ROOT), error, Timestamp.from(at), id)
			.update();
	}

	int interruptUnfinished(String error, Instant at) {
		return this.jdbc
			.sql("update evaluation_report set state = 'INTERRUPTED', phase = 'interrupted', error = ?, finished_at = ?"
					+ " where state in ('QUEUED', 'RUNNING')")
			.params(error, Timestamp.from(at))
			.update();
	}

	public Optional<ReportJob> find(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from evaluation_report where id = ?")
			.param(id)
			.query(ReportArchive::job)
			.optional();
	}

	/** The plan's reports, latest first. */
	public List<ReportJob> list(String planId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from evaluation_report where plan_id = ? order by requested_at desc, id"
					+ " fetch first " + limit + " rows only")
			.param(planId)
			.query(ReportArchive::job)
			.list();
	}

	/** A done report's file, as generated. */
	public Optional<byte[]> file(String id, ReportFormatKind kind) {
		String column = (kind == ReportFormatKind.DOCX) ? "docx" : "pdf";
		return this.jdbc.sql("select " + column + " from evaluation_report where id = ? and state = 'DONE'")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	private static ReportJob job(ResultSet rs, int row) throws SQLException {
		ReportJob.State state = ReportJob.State.valueOf(rs.getString("state"));
		Timestamp finished = rs.getTimestamp("finished_at");
		int version = rs.getInt("plan_version");
		Integer planVersion = rs.wasNull() ? null : version;
		return new ReportJob(rs.getString("id"), rs.getString("plan_id"), rs.getInt("report_year"),
				rs.getString("zone_code"), rs.getDate("as_of").toLocalDate(), rs.getString("language"), state,
				rs.getString("phase"), (state == ReportJob.State.DONE) ? 100 : 0, planVersion,
				rs.getString("figures_sha256"), rs.getBoolean("demo"), rs.getString("docx_sha256"),
				rs.getString("pdf_sha256"), rs.getString("error"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				ReportJob.Included.parse(rs.getString("scenarios")));
	}

}
