package org.corridor.observatory.registry.enterprise.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The background import queue over HTTP, with an import service that blocks, runs out of
 * memory or fails with database text on demand: one job running and one waiting fill a
 * queue of capacity 1, so a third upload is answered 503 with {@code Retry-After}; the
 * waiting files are spool files on disk; a job whose import throws an {@link Error} ends
 * FAILED with a message in both languages and no exception text, and the worker goes on
 * with the next job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "observatory.imports.queue-capacity=1", "observatory.imports.retry-after=42s" })
@ActiveProfiles("test")
class EnterpriseImportQueueTest {

	static final String JOBS = "/api/v1/plans/chengxi-2021/enterprises/jobs";

	@TempDir
	static Path spool;

	@DynamicPropertySource
	static void spoolFolder(DynamicPropertyRegistry properties) {
		properties.add("observatory.imports.spool", () -> spool.toString());
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	EnterpriseImportService service;

	@Test
	void refusesAFullQueueAndKeepsServingAfterAWorkerError() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		given(this.service.importFile(anyString(), eq("oom.csv"), any(Path.class), any(), any())).willAnswer((call) -> {
			started.countDown();
			release.await(30, TimeUnit.SECONDS);
			throw new OutOfMemoryError("Java heap space");
		});
		given(this.service.importFile(anyString(), eq("sql.csv"), any(Path.class), any(), any())).willThrow(
				new DataIntegrityViolationException("Value too long for column \"NAME CHARACTER VARYING(500)\""));
		given(this.service.importFile(anyString(), eq("good.csv"), any(Path.class), any(), any()))
			.willReturn(new ImportResult(6, 3, 3, 0, 6, 0, 4, 2));
		byte[] file = EnterpriseFixtures.threeFirms(EnterpriseFixtures.uscc("Q1B2C3D4"), "1");

		String oom = accepted(Uploads.upload(this.http, JOBS, "oom.csv", file));
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		String sql = accepted(Uploads.upload(this.http, JOBS, "sql.csv", file));
		assertThat(state(sql)).isEqualTo("QUEUED");
		// Both files wait on disk, the running one until it ends.
		assertThat(spoolFiles()).hasSize(2);

		ResponseEntity<JsonNode> refused = Uploads.upload(this.http, JOBS, "good.csv", file);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("42");
		assertThat(refused.getBody().get("detail").asText()).contains("导入队列已满").contains("import queue is full");
		assertThat(spoolFiles()).hasSize(2);
		assertThat(this.jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(2);

		release.countDown();
		JsonNode failed = awaitEnd(oom);
		assertThat(failed.get("state").asText()).isEqualTo("FAILED");
		assertThat(failed.get("error").asText()).contains("内存不足")
			.contains("ran out of memory")
			.contains(oom)
			.doesNotContain("Java heap space")
			.doesNotContain("OutOfMemoryError");

		JsonNode sqlFailed = awaitEnd(sql);
		assertThat(sqlFailed.get("state").asText()).isEqualTo("FAILED");
		assertThat(sqlFailed.get("error").asText()).contains("内部错误")
			.contains("internal error")
			.doesNotContain("Value too long")
			.doesNotContain("VARYING")
			.doesNotContain("Exception");

		String good = accepted(Uploads.upload(this.http, JOBS, "good.csv", file));
		JsonNode done = awaitEnd(good);
		assertThat(done.get("state").asText()).isEqualTo("DONE");
		assertThat(done.at("/result/firms").asInt()).isEqualTo(3);
		assertThat(spoolFiles()).isEmpty();
		assertThat(this.jdbc.sql("select state from import_job where id = ?").param(good).query(String.class).single())
			.isEqualTo("DONE");
	}

	private String accepted(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.ACCEPTED);
		return response.getBody().get("id").asText();
	}

	private String state(String id) {
		return this.http.getForObject(JOBS + "/" + id, JsonNode.class).get("state").asText();
	}

	private JsonNode awaitEnd(String id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		JsonNode job = this.http.getForObject(JOBS + "/" + id, JsonNode.class);
		while (System.nanoTime() < until
				&& (job.get("state").asText().equals("QUEUED") || job.get("state").asText().equals("RUNNING"))) {
			Thread.sleep(50);
			job = this.http.getForObject(JOBS + "/" + id, JsonNode.class);
		}
		return job;
	}

	private static java.util.List<Path> spoolFiles() throws IOException {
		try (Stream<Path> files = Files.list(spool)) {
			return files.toList();
		}
	}

}
