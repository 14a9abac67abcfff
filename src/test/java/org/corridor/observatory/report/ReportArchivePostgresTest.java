package org.corridor.observatory.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report archive on PostgreSQL (V20's {@code bytea} columns): a report made on the
 * demo figures is archived and its files read back byte for byte, with the hashes
 * recorded. A schema of its own, dropped first; skipped outside CI when no server
 * answers.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=observatory_report_it",
		"spring.datasource.username=postgres", "spring.flyway.schemas=observatory_report_it",
		"observatory.demo.enabled=true" })
@ActiveProfiles("postgres")
class ReportArchivePostgresTest {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@Autowired
	ReportJobs jobs;

	@Autowired
	ReportArchive archive;

	@BeforeAll
	static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists observatory_report_it cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

	@Test
	void aReportIsArchivedAndReadBackByteForByte() throws InterruptedException {
		ReportJob queued = this.jobs.submit("chengxi-2021", 2024, "BINJIANG", null, "zh");
		Instant until = Instant.now().plus(Duration.ofSeconds(120));
		ReportJob job = queued;
		while (!job.state().ended() && Instant.now().isBefore(until)) {
			Thread.sleep(200);
			job = this.jobs.find(queued.id()).orElseThrow();
		}
		assertThat(job.state()).isEqualTo(ReportJob.State.DONE);
		assertThat(job.zoneCode()).isEqualTo("BINJIANG");
		byte[] docx = this.archive.file(job.id(), ReportFormatKind.DOCX).orElseThrow();
		byte[] pdf = this.archive.file(job.id(), ReportFormatKind.PDF).orElseThrow();
		assertThat(ReportJobs.sha256(docx)).isEqualTo(job.docxSha256());
		assertThat(ReportJobs.sha256(pdf)).isEqualTo(job.pdfSha256());
		assertThat(this.archive.list("chengxi-2021", 10)).extracting(ReportJob::id).contains(job.id());
	}

}
