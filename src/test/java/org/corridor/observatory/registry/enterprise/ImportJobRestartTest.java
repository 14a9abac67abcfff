package org.corridor.observatory.registry.enterprise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.ImportJob.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import jobs outlive the process that ran them: two application contexts, one after the
 * other, on the same H2 file database. The first runs a job to the end and leaves two
 * stored as the process would when killed under them (one waiting, one running, each with
 * its spool file); a command-line run (which may run beside the platform) leaves them
 * alone; the next platform start reports the finished job as it ended and the other two
 * as INTERRUPTED with a message in both languages, and deletes their spool files.
 */
class ImportJobRestartTest {

	@TempDir
	Path folder;

	@Test
	void reportsJobsCutShortByARestartAsInterruptedAndKeepsFinishedOnes() throws Exception {
		Path spool = this.folder.resolve("spool");
		String done;
		Path waitingFile = spool.resolve("waiting.upload");
		Path runningFile = spool.resolve("running.upload");
		try (ConfigurableApplicationContext first = start(spool)) {
			EnterpriseImportJobs jobs = first.getBean(EnterpriseImportJobs.class);
			byte[] file = EnterpriseFixtures.threeFirms(EnterpriseFixtures.uscc("R1B2C3D4"), "1");
			done = jobs.submit("chengxi-2021", "firms.csv", (target) -> Files.write(target, file), Crs.WGS84).id();
			long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < until && jobs.find(done).orElseThrow().state() != State.DONE) {
				Thread.sleep(50);
			}
			assertThat(jobs.find(done).orElseThrow().state()).isEqualTo(State.DONE);
			Files.writeString(waitingFile, "a file waiting its turn");
			Files.writeString(runningFile, "a file being imported");
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			stale(jdbc, "waiting", State.QUEUED, waitingFile);
			stale(jdbc, "running", State.RUNNING, runningFile);
		}
		// A command-line run beside the platform leaves the platform's jobs alone.
		try (ConfigurableApplicationContext command = start(spool, "--observatory.imports.interrupt-on-start=false")) {
			EnterpriseImportJobs jobs = command.getBean(EnterpriseImportJobs.class);
			assertThat(jobs.find("waiting").orElseThrow().state()).isEqualTo(State.QUEUED);
			assertThat(jobs.find("running").orElseThrow().state()).isEqualTo(State.RUNNING);
			assertThat(waitingFile).exists();
		}
		try (ConfigurableApplicationContext second = start(spool)) {
			EnterpriseImportJobs jobs = second.getBean(EnterpriseImportJobs.class);
			ImportJob finished = jobs.find(done).orElseThrow();
			assertThat(finished.state()).isEqualTo(State.DONE);
			assertThat(finished.result()).isEqualTo(new ImportResult(6, 3, 3, 0, 6, 0, 4, 2));
			for (String id : new String[] { "waiting", "running" }) {
				ImportJob interrupted = jobs.find(id).orElseThrow();
				assertThat(interrupted.state()).isEqualTo(State.INTERRUPTED);
				assertThat(interrupted.error()).contains("平台在导入完成前停止").contains("upload the file again");
			}
			assertThat(waitingFile).doesNotExist();
			assertThat(runningFile).doesNotExist();
		}
	}

	private static void stale(JdbcClient jdbc, String id, State state, Path spool) {
		jdbc.sql("insert into import_job (id, plan_id, kind, file_name, crs, spool_file, state, phase, done_count,"
				+ " total_count, submitted_by, submitted_at) values (?, 'chengxi-2021', 'enterprises', 'big.csv',"
				+ " 'WGS84', ?, ?, ?, 0, 0, 'someone', ?)")
			.params(id, spool.toString(), state.name(), (state == State.QUEUED) ? "queued" : "storing",
					Timestamp.from(Instant.now()))
			.update();
	}

	private ConfigurableApplicationContext start(Path spool, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--observatory.demo.enabled=false",
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db").toAbsolutePath(),
				"--observatory.imports.spool=" + spool));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(ObservatoryApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

}
