package org.corridor.observatory.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corridor.observatory.TestAccounts;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.audit.AuditEntry;
import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.audit.AuditQuery;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.scenario.ScenarioRunner;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports over the API on the demo figures: generated in the background (202, then the
 * job's phases until it is made), archived with their inputs and hashes, downloaded again
 * byte for byte, audited with who generated which; a report as of an earlier day leaves
 * out a figure published after it, made again or not; a district's report is judged
 * against the district's evaluation; bad requests are refused with Chinese and English
 * and store nothing; a district reporter may not ask for one. Its reports, audit entries
 * and account stay in its own context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class ReportJobsTest {

	static final String PLAN = "chengxi-2021";

	static final String JOBS = "/api/v1/plans/" + PLAN + "/reports";

	static final String SCENARIOS = "/api/v1/plans/" + PLAN + "/scenarios";

	static final String EVALUATIONS = "/api/v1/plans/" + PLAN + "/evaluations";

	/** The indicator whose figure is revised after the as-of day. */
	static final String LATER = "TOP_INSTITUTIONS_ATTRACTED";

	@Autowired
	TestRestTemplate http;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountStore accounts;

	@Autowired
	ReportJobs jobs;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ScenarioRunner scenarioRunner;

	@Test
	void aCorridorReportIsMadeArchivedDownloadedUnchangedAndAudited() throws Exception {
		int year = this.http.getForObject("/api/v1/plans/" + PLAN + "/evaluations", JsonNode.class)
			.at("/data/year")
			.asInt();
		ResponseEntity<JsonNode> queued = post(form("year", String.valueOf(year), "language", "zh"));
		assertThat(queued.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String id = queued.getBody().get("id").asText();
		JsonNode job = await(id);
		assertThat(job.get("state").asText()).isEqualTo("DONE");
		assertThat(job.get("asOf").asText()).isEqualTo(LocalDate.now().toString());
		assertThat(job.get("zoneCode").asText()).isEqualTo("CORRIDOR");
		assertThat(job.get("planVersion").asInt()).isEqualTo(1);
		assertThat(job.get("figuresSha256").asText()).hasSize(64);
		assertThat(job.get("demo").asBoolean()).isTrue();

		byte[] docx = download(id, "docx");
		byte[] pdf = download(id, "pdf");
		assertThat(ReportJobs.sha256(docx)).isEqualTo(job.get("docxSha256").asText());
		assertThat(ReportJobs.sha256(pdf)).isEqualTo(job.get("pdfSha256").asText());
		assertThat(download(id, "docx")).isEqualTo(docx);
		assertThat(download(id, "pdf")).isEqualTo(pdf);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getParagraphs().get(0).getText()).contains(year + "年度监测评估报告");
		}
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("主要目标指标完成情况", "DEMO",
					job.get("figuresSha256").asText());
		}

		JsonNode list = this.http.getForObject(JOBS, JsonNode.class);
		assertThat(list.findValuesAsText("id")).contains(id);
		List<AuditEntry> entries = this.audit.list(new AuditQuery(null, "evaluation_report", null, null, null), 50);
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.key()).isEqualTo(id);
			assertThat(entry.actor()).isEqualTo(TestAccounts.ADMIN);
			assertThat(entry.action()).isEqualTo("report.generate");
			assertThat(entry.after()).contains(job.get("figuresSha256").asText(), job.get("pdfSha256").asText());
		});

		// the same figures, asked again: the same figures' hash
		JsonNode again = await(post(form("year", String.valueOf(year))).getBody().get("id").asText());
		assertThat(again.get("figuresSha256").asText()).isEqualTo(job.get("figuresSha256").asText());
	}

	@Test
	void aDistrictReportTakesTheDistrictsEvaluation() throws Exception {
		JsonNode api = this.http.getForObject("/api/v1/plans/" + PLAN + "/evaluations?zone=XIHU", JsonNode.class);
		int year = api.at("/data/year").asInt();
		JsonNode job = await(post(form("year", String.valueOf(year), "zone", "XIHU", "language", "en")).getBody()
			.get("id")
			.asText());
		assertThat(job.get("state").asText()).isEqualTo("DONE");
		try (PDDocument doc = Loader.loadPDF(download(job.get("id").asText(), "pdf"))) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("1. Overall implementation", "This report covers");
			for (JsonNode e : api.at("/data/indicators")) {
				assertThat(text)
					.contains(ReportFormat.figure(e.get("actual").isNull() ? null : e.get("actual").asDouble()));
			}
		}
	}

	@Test
	void aReportAsOfAnEarlierDayLeavesOutAFigurePublishedAfterIt() throws Exception {
		int year = this.http.getForObject(EVALUATIONS, JsonNode.class).at("/data/year").asInt();
		LocalDate today = LocalDate.now();
		LocalDate day = today.minusDays(30);
		// the demo figures were published at start, today: moved back to noon on the day,
		// as if published then
		Timestamp noon = Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		this.jdbc.sql("update import_batch set published_at = ? where state = 'PUBLISHED'").param(noon).update();
		this.jdbc.sql("update observation set recorded_at = ?").param(noon).update();
		JsonNode then = this.http
			.getForObject(EVALUATIONS + "/" + LATER + "?year=" + year + "&asOf=" + day, JsonNode.class)
			.get("data");
		double published = then.get("actual").asDouble();
		double revision = published + 2;

		JsonNode before = await(
				post(form("year", String.valueOf(year), "asOf", day.toString())).getBody().get("id").asText());
		assertThat(before.get("state").asText()).isEqualTo("DONE");
		assertThat(before.get("asOf").asText()).isEqualTo(day.toString());
		List<List<String>> table = indicatorTable(before);
		assertThat(row(table, then)).containsSubsequence(cells(then));

		// after the day, the running total of institutions attracted is revised upwards
		publish(LATER + ",CORRIDOR," + year + "," + revision);
		JsonNode now = this.http.getForObject(EVALUATIONS + "/" + LATER + "?year=" + year, JsonNode.class).get("data");
		assertThat(now.get("actual").asDouble()).isEqualTo(revision);

		JsonNode again = await(
				post(form("year", String.valueOf(year), "asOf", day.toString())).getBody().get("id").asText());
		assertThat(again.get("figuresSha256").asText()).isEqualTo(before.get("figuresSha256").asText());
		assertThat(indicatorTable(again)).isEqualTo(table);
		assertThat(appendixAsOf(again)).isEqualTo(day + " 日终已发布数据");

		JsonNode current = await(post(form("year", String.valueOf(year))).getBody().get("id").asText());
		assertThat(current.get("asOf").asText()).isEqualTo(today.toString());
		assertThat(current.get("figuresSha256").asText()).isNotEqualTo(before.get("figuresSha256").asText());
		List<String> revised = row(indicatorTable(current), now);
		assertThat(revised).containsSubsequence(cells(now));
		assertThat(revised).isNotEqualTo(row(table, then));
		assertThat(appendixAsOf(current)).isEqualTo(today + " 日终已发布数据");
	}

	/**
	 * Uploads one figure and publishes it, as the administrator; a warning it raises (a
	 * jump on the year before) acknowledged with a comment.
	 */
	private void publish(String figure) {
		String path = "/api/v1/plans/" + PLAN + "/observations";
		byte[] csv = ("indicator_code,zone_code,period,value\n" + figure + "\n").getBytes(StandardCharsets.UTF_8);
		ResponseEntity<JsonNode> staged = Uploads.upload(this.http, path, "later.csv", csv);
		if (staged.getStatusCode() == HttpStatus.CONFLICT) {
			HttpEntity<LinkedMultiValueMap<String, Object>> acknowledged = Uploads.form("later.csv", csv,
					MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
			staged.getBody()
				.get("missing")
				.forEach((key) -> acknowledged.getBody().add("acknowledgement", key.asText() + "=修订后的累计数"));
			staged = this.http.postForEntity(path, acknowledged, JsonNode.class);
		}
		assertThat(staged.getStatusCode()).as(String.valueOf(staged.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(this.http
			.postForEntity(path + "/batches/" + staged.getBody().get("id").asLong() + "/publish", null, JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	/** 当年实际, 完成度 and 进展评价 as the table writes an evaluation's. */
	private static List<String> cells(JsonNode evaluation) {
		return List.of(ReportFormat.figure(number(evaluation.get("actual"))),
				ReportFormat.percent(number(evaluation.get("completion"))),
				NdrcRating
					.of(Status.valueOf(evaluation.get("status").asText()), number(evaluation.get("performanceRatio")))
					.label()
					.zh());
	}

	/** The rows of the Word file's indicator table. */
	private List<List<String>> indicatorTable(JsonNode job) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(job.get("id").asText(), "docx")))) {
			return ReportDocumentsTest.table(doc, ReportComposer.TABLE_ZH);
		}
	}

	/** The row of the indicator table for the indicator an evaluation is of. */
	private List<String> row(List<List<String>> table, JsonNode evaluation) {
		String name = this.http
			.getForObject("/api/v1/plans/" + PLAN + "/indicators/" + evaluation.get("indicatorCode").asText(),
					JsonNode.class)
			.at("/name/zh")
			.asText();
		return table.stream().filter((row) -> row.get(1).equals(name)).findFirst().orElseThrow();
	}

	/** What the Word file's appendix says the figures are as of. */
	private String appendixAsOf(JsonNode job) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(job.get("id").asText(), "docx")))) {
			return ReportDocumentsTest.table(doc, List.of("项目", "内容"))
				.stream()
				.filter((row) -> row.get(0).equals("数据截至"))
				.findFirst()
				.orElseThrow()
				.get(1);
		}
	}

	@Test
	void badRequestsAreRefusedInBothLanguagesAndStoreNothing() {
		long before = count();
		for (MultiValueMap<String, String> bad : List.of(form("year", "1999"), form("year", "2025", "zone", "NOWHERE"),
				form("year", "2025", "zone", "LINPING"),
				form("year", "2025", "asOf", LocalDate.now().plusDays(3).toString()),
				form("year", "2025", "language", "fr"), form("year", "abc"))) {
			ResponseEntity<JsonNode> answer = post(bad);
			assertThat(answer.getStatusCode().value()).as("%s", bad).isIn(400, 404);
			if (answer.getStatusCode().value() == 400 && !bad.getFirst("year").equals("abc")) {
				assertThat(answer.getBody().get("detail").asText()).contains(" / ")
					.containsPattern("[\\u4e00-\\u9fff]");
			}
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aReportIncludesAScenarioBesideTheBaselineFigureByFigure() throws Exception {
		int year = this.scenarioRunner.defaultYear(PLAN);
		long scenario = scenario("数字经济提速", year + 1, 25);
		JsonNode run = this.http.getForObject(SCENARIOS + "/" + scenario + "/run?year=" + year, JsonNode.class)
			.get("data");
		JsonNode job = await(post(form("year", String.valueOf(year), "scenario", String.valueOf(scenario))).getBody()
			.get("id")
			.asText());
		assertThat(job.get("state").asText()).isEqualTo("DONE");
		assertThat(job.at("/scenarios/0/id").asLong()).isEqualTo(scenario);
		assertThat(job.at("/scenarios/0/version").asInt()).isEqualTo(1);

		Map<String, JsonNode> byRow = new HashMap<>();
		for (JsonNode indicator : run.get("indicators")) {
			if (!indicator.get("assessable").asBoolean()) {
				continue;
			}
			for (JsonNode m : indicator.get("milestones")) {
				byRow.put(indicator.at("/name/zh").asText() + "|" + m.get("year").asInt(), m);
			}
		}
		assertThat(byRow).isNotEmpty();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(job.get("id").asText(), "docx")))) {
			assertThat(
					doc.getParagraphs().stream().filter((p) -> "Heading1".equals(p.getStyle())).map((p) -> p.getText()))
				.containsSubsequence("七、后半程研判", "八、情景推演", "附录");
			assertThat(doc.getParagraphs().stream().map((p) -> p.getText())).contains("（1）数字经济提速（第 1 版）");
			XWPFTable table = doc.getTables()
				.stream()
				.filter((t) -> t.getRow(0)
					.getTableCells()
					.stream()
					.map((c) -> c.getText())
					.toList()
					.equals(ReportComposer.SCENARIO_TABLE_ZH))
				.findFirst()
				.orElseThrow();
			assertThat(table.getRows()).hasSize(byRow.size() + 1);
			boolean moved = false;
			for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
				List<String> cells = row.getTableCells().stream().map((c) -> c.getText()).toList();
				JsonNode m = byRow.get(cells.get(0) + "|" + cells.get(1));
				assertThat(m).as("row %s in the run", cells).isNotNull();
				assertThat(cells.get(3)).isEqualTo(ReportFormat.figure(number(m.get("baseline"))));
				assertThat(cells.get(4)).isEqualTo(ReportFormat.probability(number(m.get("baselineProbability"))));
				assertThat(cells.get(5)).isEqualTo(ReportFormat.figure(number(m.get("value"))));
				assertThat(cells.get(6)).isEqualTo(ReportFormat.probability(number(m.get("probability"))));
				moved |= cells.get(0).equals("数字经济核心产业营业收入") && !cells.get(5).equals(cells.get(3));
			}
			assertThat(moved).as("the growth assumption moves the revenue").isTrue();
		}
		byte[] pdf = download(job.get("id").asText(), "pdf");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("八、情景推演", "数字经济提速（第 1 版）", "情景达标概率");
		}
		ReportDocumentsTest.render(pdf, "report-with-scenario");
		List<AuditEntry> entries = this.audit.list(new AuditQuery(null, "evaluation_report", null, null, null), 50);
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.key()).isEqualTo(job.get("id").asText());
			assertThat(entry.after()).contains(scenario + "@1");
		});
	}

	@Test
	void scenariosThatCannotBeIncludedAreRefusedAndNothingIsQueued() {
		long archived = scenario("已归档", 2025, 5);
		assertThat(this.http.postForEntity(SCENARIOS + "/" + archived + "/archive", null, JsonNode.class)
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
		long before = count();
		MultiValueMap<String, String> tooMany = form("year", "2024");
		for (int i = 0; i <= ReportJobs.MAX_SCENARIOS; i++) {
			tooMany.add("scenario", String.valueOf(scenario("情景" + i, 2025, i)));
		}
		for (MultiValueMap<String, String> bad : List.of(form("year", "2024", "scenario", "987654"),
				form("year", "2024", "scenario", String.valueOf(archived)), tooMany)) {
			ResponseEntity<JsonNode> answer = post(bad);
			assertThat(answer.getStatusCode()).as("%s", bad).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getBody().get("detail").asText()).startsWith("scenario: ")
				.contains(" / ")
				.containsPattern("[\\u4e00-\\u9fff]");
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDistrictReporterMayNotGenerateOrDownload() {
		if (this.accounts.findAccount("report-reporter").isEmpty()) {
			this.accounts.create("report-reporter", "区县填报员", TestAccounts.PASSWORD, Role.REPORTER, List.of("XIHU"),
					false);
		}
		String token = this.tokens.create("report-reporter", "tests");
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> posted = this.http.exchange(JOBS, HttpMethod.POST,
				new HttpEntity<>(form("year", "2025"), headers), String.class);
		assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> listed = this.http.exchange(JOBS, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aReportLeftBeingMadeByAStoppedProcessIsInterruptedAtTheNextStart() {
		this.jdbc
			.sql("insert into evaluation_report (id, plan_id, report_year, zone_code, as_of, language, state, phase,"
					+ " demo, requested_by, requested_at) values ('left-running', 'chengxi-2021', 2024, 'CORRIDOR',"
					+ " current_date, 'zh', 'RUNNING', 'pdf', false, 'someone', current_timestamp)")
			.update();
		this.jobs.afterSingletonsInstantiated();
		ReportJob job = this.jobs.find("left-running").orElseThrow();
		assertThat(job.state()).isEqualTo(ReportJob.State.INTERRUPTED);
		assertThat(job.error()).contains("请重新生成", "generate it again");
		assertThat(this.http.getForEntity(JOBS + "/left-running/report.pdf", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private long scenario(String name, int from, double rate) {
		ResponseEntity<JsonNode> made = this.http.postForEntity(SCENARIOS,
				Map.of("name", name, "assumptions", List.of(Map.of("kind", "GROWTH", "indicator",
						"DIGITAL_CORE_REVENUE", "zone", "CORRIDOR", "year", from, "rate", rate))),
				JsonNode.class);
		assertThat(made.getStatusCode()).as(String.valueOf(made.getBody())).isEqualTo(HttpStatus.CREATED);
		return made.getBody().at("/data/id").asLong();
	}

	private static Double number(JsonNode value) {
		return (value == null || value.isNull()) ? null : value.asDouble();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from evaluation_report").query(Long.class).single();
	}

	private ResponseEntity<JsonNode> post(MultiValueMap<String, String> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		return this.http.exchange(JOBS, HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
	}

	private JsonNode await(String id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(until)) {
			JsonNode job = this.http.getForObject(JOBS + "/" + id, JsonNode.class).get("data");
			String state = job.get("state").asText();
			if (state.equals("DONE") || state.equals("FAILED") || state.equals("INTERRUPTED")) {
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("report " + id + " not made in 120 s");
	}

	private byte[] download(String id, String extension) {
		ResponseEntity<byte[]> answer = this.http.getForEntity(JOBS + "/" + id + "/report." + extension, byte[].class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

}
