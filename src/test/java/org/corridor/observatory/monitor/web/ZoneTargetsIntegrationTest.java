package org.corridor.observatory.monitor.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.Adjustments;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.monitor.RollUp;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 西湖区 against the corridor's plan: without a target of its own it has no status and is
 * shown by its contribution (overview, API, Excel, roll-ups); an upload that decomposes
 * the revenue target to it is a proposed plan adjustment and changes nothing until the
 * corridor approver (not the administrator who proposed it) approves it; from then it is
 * judged against its own target in the years from the adjustment's effective date, while
 * an earlier year keeps the decomposition of its time. Bad uploads are refused whole with
 * located problems, and change nothing.
 */
// a property of its own, so that no other class's context (and figures) is reused
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.test.context=zone-targets")
@ActiveProfiles("test")
@DirtiesContext
class ZoneTargetsIntegrationTest {

	private static final String PLAN = "chengxi-2021";

	private static final String CODE = "DIGITAL_CORE_REVENUE";

	private static final String UPLOAD = "/api/v1/plans/" + PLAN + "/zone-targets";

	private static final String HEADER = "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\n";

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ObservationStore observations;

	@Autowired
	JdbcTemplate jdbc;

	/** The figures, stored once in this class's own database. */
	@BeforeEach
	void figures() {
		if (this.jdbc.queryForObject("select count(*) from observation", Integer.class) > 0) {
			return;
		}
		this.observations.store(PLAN, "figures.csv", "csv", "UTF-8",
				List.of(figure("CORRIDOR", 2020, "6000"), figure("CORRIDOR", 2022, "8000"),
						figure("CORRIDOR", 2023, "9000"), figure("XIHU", 2020, "1500"), figure("XIHU", 2022, "2000"),
						figure("XIHU", 2023, "2400")),
				false);
	}

	@Test
	void showsADistrictWithoutItsOwnTargetByContributionThenJudgesItAgainstTheTargetDecomposedToIt()
			throws IOException {
		PlanEvaluation before = this.evaluations.evaluatePlan(PLAN, 2023, "XIHU");
		IndicatorEvaluation revenue = revenue(before);
		assertThat(revenue.status()).isEqualTo(Status.NO_TARGET);
		assertThat(revenue.reason()).startsWith("本区未分解目标，按贡献显示");
		assertThat(revenue.contribution().share()).isCloseTo(2400.0 / 9000, within(1e-12));
		assertThat(revenue.contribution().growthShare()).isCloseTo(900.0 / 3000, within(1e-12));
		// no district is rolled up as off track against the corridor's target
		for (RollUp rollUp : before.byGoal()) {
			assertThat(rollUp.count(Status.OFF_TRACK)).isZero();
		}
		assertThat(before.indicators()).extracting(IndicatorEvaluation::status).doesNotContain(Status.OFF_TRACK);
		// the corridor itself is judged against the plan's target as before
		assertThat(revenue(this.evaluations.evaluatePlan(PLAN, 2023, null)).status()).isNotEqualTo(Status.NO_TARGET);

		JsonNode api = this.http.getForObject("/api/v1/plans/" + PLAN + "/evaluations/" + CODE + "?zone=XIHU&year=2023",
				JsonNode.class);
		assertThat(api.at("/data/status").asText()).isEqualTo("NO_TARGET");
		assertThat(api.at("/data/reason").asText()).contains("no target decomposed to this zone");
		assertThat(api.at("/data/contribution/share").asDouble()).isCloseTo(2400.0 / 9000, within(1e-12));
		assertThat(api.at("/data/contribution/growthShare").asDouble()).isCloseTo(0.3, within(1e-12));
		assertThat(api.at("/data/contribution/corridorZone").asText()).isEqualTo("CORRIDOR");

		byte[] export = this.http.getForObject("/api/v1/plans/" + PLAN + "/evaluations/export.xlsx?zone=XIHU&year=2023",
				byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(2);
			int share = column(header, "占全域比重 share of corridor");
			int reason = column(header, "说明 reason");
			Row row = rowOf(sheet, CODE);
			assertThat(row.getCell(share).getNumericCellValue()).isCloseTo(2400.0 / 9000, within(1e-12));
			assertThat(row.getCell(reason).getStringCellValue()).startsWith("本区未分解目标");
			assertThat(row.getCell(column(header, "状态")).getStringCellValue()).isEqualTo("未分解目标");
		}

		String overview = this.http.getForObject("/?zone=XIHU&year=2023&lang=zh_CN", String.class);
		assertThat(overview).contains("id=\"contribution-note\"", "没有分解到本区的目标，按贡献显示", "26.7%", "30.0%");

		// an upload is a proposal: without a reason it is refused, with one it waits
		assertThat(this.evaluations.evaluatePlan(PLAN, 2023, "XIHU")).isSameAs(before);
		long audits = audits("propose");
		String xihu = HEADER + CODE + ",XIHU,2025,2600,2020,1500\n" + CODE + ",YUHANG,2025,3100,,\n";
		assertThat(upload("xihu.csv", xihu).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> accepted = Adjustments.proposeZoneTargets(this.http, "/api/v1/plans/" + PLAN, xihu,
				"区县目标分解方案（2023 年 1 月 1 日起执行）", "2023-01-01");
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(accepted.getBody().get("targets").asInt()).isEqualTo(2);
		assertThat(accepted.getBody().get("state").asText()).isEqualTo("PROPOSED");
		assertThat(accepted.getBody().at("/checks/0/outcome").asText()).isEqualTo("PARTIAL");
		assertThat(audits("propose")).isEqualTo(audits + 1);
		assertThat(this.evaluations.evaluatePlan(PLAN, 2023, "XIHU")).isSameAs(before);
		assertThat(revenue(before).status()).isEqualTo(Status.NO_TARGET);
		assertThat(this.http.getForObject(UPLOAD, JsonNode.class).get("targets")).isEmpty();
		assertThat(this.http.getForObject("/targets", String.class)).contains("id=\"targets-pending\"",
				"data-zone=\"XIHU\"", "2025 &gt; 2600");

		// four eyes: the administrator who proposed it cannot approve it; the approver
		// can
		long proposal = accepted.getBody().get("proposal").asLong();
		assertThat(Adjustments.approve(this.http, proposal).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		TestRestTemplate approver = Adjustments.as(this.accounts, this.tokens, this.port, "targets-approver",
				Role.APPROVER);
		assertThat(approver.getForObject("/indicator-system", String.class)).contains("id=\"system-target-changes\"",
				"data-zone=\"YUHANG\"");
		assertThat(Adjustments.approve(approver, proposal).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(audits("approve")).isEqualTo(1);

		// the kept evaluation was forgotten once the approval committed
		PlanEvaluation after = this.evaluations.evaluatePlan(PLAN, 2023, "XIHU");
		assertThat(after.planVersion()).isEqualTo(2);
		IndicatorEvaluation own = revenue(this.evaluations.evaluatePlan(PLAN, 2023, "XIHU"));
		assertThat(own.targetValue()).isEqualTo(2600.0);
		assertThat(own.completion()).isCloseTo(900.0 / 1100, within(1e-9));
		assertThat(own.status()).isEqualTo(Status.ON_TRACK);
		assertThat(own.contribution()).isNull();
		assertThat(this.evaluations.history(PLAN, CODE, "XIHU")).filteredOn((e) -> e.year() == 2023)
			.singleElement()
			.satisfies((e) -> assertThat(e.status()).isEqualTo(Status.ON_TRACK));
		// 2022, before the effective date, keeps version 1's decomposition: no target of
		// its own
		PlanEvaluation earlier = this.evaluations.evaluatePlan(PLAN, 2022, "XIHU");
		assertThat(earlier.planVersion()).isEqualTo(1);
		assertThat(revenue(earlier).status()).isEqualTo(Status.NO_TARGET);
		assertThat(this.evaluations.history(PLAN, CODE, "XIHU")).filteredOn((e) -> e.year() == 2022)
			.singleElement()
			.satisfies((e) -> assertThat(e.status()).isEqualTo(Status.NO_TARGET));
		JsonNode listed = this.http.getForObject(UPLOAD, JsonNode.class);
		assertThat(listed.get("targets")).hasSize(2);
		assertThat(listed.at("/baselines/0/baseline/value").decimalValue()).isEqualByComparingTo("1500");
	}

	@Test
	void refusesABadFileWithLocatedProblemsAndChangesNothing() {
		String before = this.http.getForObject(UPLOAD, String.class);
		long audits = audits("propose");

		ResponseEntity<JsonNode> bad = Adjustments.proposeZoneTargets(this.http, "/api/v1/plans/" + PLAN,
				HEADER + CODE + ",XIHUU,2025,2600,,\n" + CODE + ",CORRIDOR,2025,10000,,\n" + CODE
						+ ",LINAN,2024,100,,\n" + CODE + ",FUYANG,2025,lots,,\n" + CODE + ",DEQING,2025,100,2020,\n",
				"有误的分解", Adjustments.today());

		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String problems = bad.getBody().toString();
		assertThat(problems).contains("XIHUU", "the plan has no zone XIHUU");
		assertThat(problems).contains("the corridor's targets are the plan's own");
		assertThat(problems).contains("no target for this indicator in 2024");
		assertThat(problems).contains("lots", "must be a number");
		assertThat(problems).contains("give the base year and the baseline together");
		assertThat(bad.getBody().findValues("row")).extracting(JsonNode::asInt).contains(2, 3, 4, 5, 6);
		assertThat(this.http.getForObject(UPLOAD, String.class)).isEqualTo(before);
		assertThat(audits("propose")).isEqualTo(audits);
	}

	@Test
	void refusesDistrictTargetsThatDoNotAddUpToTheCorridorsWithTheNumbers() throws IOException {
		String before = this.http.getForObject(UPLOAD, String.class);
		byte[] template = this.http.getForObject("/targets/template.xlsx", byte[].class);
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			int target = column(sheet.getRow(0), "区域目标值");
			int filledRows = 0;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(CODE)) {
					row.createCell(target).setCellValue(1750);
					filledRows++;
				}
			}
			// the six reporting districts (临平区 is no part)
			assertThat(filledRows).isEqualTo(6);
			workbook.write(out);
			filled = out.toByteArray();
		}

		var form = Uploads.form("zone-targets.xlsx", filled, MediaType.APPLICATION_JSON,
				MediaType.APPLICATION_PROBLEM_JSON);
		form.getBody().add("reason", "各区平均分解");
		form.getBody().add("effective_date", Adjustments.today());
		ResponseEntity<JsonNode> refused = this.http.postForEntity(UPLOAD, form, JsonNode.class);

		// 6 × 1 750 = 10 500 against 10 000
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String problems = refused.getBody().toString();
		assertThat(problems).contains("10500", "10000", "off by 500");
		assertThat(this.http.getForObject(UPLOAD, String.class)).isEqualTo(before);
	}

	private ResponseEntity<JsonNode> upload(String name, String csv) {
		return Uploads.upload(this.http, UPLOAD, name, csv.getBytes(StandardCharsets.UTF_8));
	}

	private long audits(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where entity = 'plan-version' and action = ?",
				Long.class, action);
	}

	private static IndicatorEvaluation revenue(PlanEvaluation evaluation) {
		return evaluation.indicators().stream().filter((e) -> e.indicatorCode().equals(CODE)).findFirst().orElseThrow();
	}

	private static int column(Row header, String name) {
		for (int c = 0; c < header.getLastCellNum(); c++) {
			if (header.getCell(c) != null && header.getCell(c).getStringCellValue().equals(name)) {
				return c;
			}
		}
		throw new AssertionError("no column " + name);
	}

	private static Row rowOf(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static ObservationRecord figure(String zone, int year, String value) {
		return new ObservationRecord(CODE, zone, year, new BigDecimal(value), "统计公报", null);
	}

}
