package org.corridor.observatory.monitor.adjustment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator system adjusted, narrated: the administrator downloads the indicator
 * table, uploads it with mistakes (400, every problem located, nothing stored), then with
 * a changed target and a new indicator; neither he nor another administrator may approve
 * the proposal; the corridor approver approves it as version 2. This year is then
 * evaluated under version 2 and says so, 2022 still under version 1; the database holds
 * the new indicator, the audit every step, and version 2 downloads as a pack that loads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class IndicatorSystemIntegrationTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanCatalog catalog;

	@TempDir
	Path folder;

	private TestRestTemplate as(String username, Role role) {
		if (this.accounts.findAccount(username).isEmpty()) {
			this.accounts.create(username, username, null, role, List.of(), false);
		}
		String token = this.tokens.create(username, "indicator system test");
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"));
	}

	private static ResponseEntity<String> upload(TestRestTemplate http, byte[] workbook, String reason,
			String effective) {
		HttpEntity<LinkedMultiValueMap<String, Object>> form = Uploads.form("indicators.xlsx", workbook,
				MediaType.TEXT_HTML);
		form.getBody().add("reason", reason);
		form.getBody().add("effective_date", effective);
		return http.postForEntity("/indicator-system/upload", form, String.class);
	}

	private static ResponseEntity<String> decide(TestRestTemplate http, long id, String step) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("comment", "同意");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return http.postForEntity("/indicator-system/proposals/" + id + "/" + step, new HttpEntity<>(form, headers),
				String.class);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void anAdjustmentByExcelApprovedByTheCommitteeIsVersion2WhilePastYearsKeepVersion1() throws IOException {
		TestRestTemplate admin = as("system-admin", Role.ADMIN);
		TestRestTemplate approver = as("system-approver", Role.APPROVER);
		Plan plan = this.catalog.current();
		int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

		// This year's evaluation is kept, under version 1.
		TestRestTemplate anyone = new TestRestTemplate(
				new RestTemplateBuilder().rootUri("http://localhost:" + this.port));
		assertThat(anyone.getForObject(PLAN + "/evaluations?year=" + thisYear, JsonNode.class)
			.get("data")
			.get("planVersion")
			.asInt()).isEqualTo(1);

		// The administrator downloads the table: names, not codes, and the instructions.
		ResponseEntity<byte[]> download = admin.getForEntity("/indicator-system/indicators.xlsx", byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		byte[] original = download.getBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标代码");
			assertThat(sheet.getLastRowNum()).isEqualTo(plan.listIndicators().size());
			Row revenue = row(sheet, "DIGITAL_CORE_REVENUE");
			Indicator indicator = plan.getIndicator("DIGITAL_CORE_REVENUE");
			assertThat(text(revenue, IndicatorColumn.CATEGORY))
				.isEqualTo(plan.findCategory(indicator.category()).orElseThrow().name().zh());
			assertThat(text(revenue, IndicatorColumn.TARGETS)).contains("2025 > 10000");
			assertThat(text(revenue, IndicatorColumn.KIND)).isEqualTo("金额");
			assertThat(text(revenue, IndicatorColumn.CUMULATIVE)).isEqualTo("否");
		}

		// Uploaded unchanged, every column (plan table, kind, running total …) included:
		// nothing differs.
		ResponseEntity<String> same = upload(admin, original, "核对", today);
		assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(same.getBody()).contains("没有任何指标与现行版本不同");

		// A workbook with mistakes: refused with each one located, nothing stored.
		byte[] bad = edit(original, "2025 多于 30", "不存在的类别");
		ResponseEntity<String> refused = upload(admin, bad, "中期评估调整", today);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("2025 多于 30", "不存在的类别", "目标值", "类别");
		byte[] outside = edit(original, "2040 ≥ 30", null);
		ResponseEntity<String> late = upload(admin, outside, "中期评估调整", today);
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(late.getBody()).contains("2040");
		assertThat(upload(admin, edit(original, "2025 ≥ 30", null), " ", today).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(count("select count(*) from plan_version")).isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where entity = 'plan-version'")).isZero();

		// The good one is a proposal, not yet a version.
		ResponseEntity<String> proposed = upload(admin, edit(original, "2025 ≥ 30", null), "市政府批复同意规划中期调整", today);
		assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(proposed.getBody()).contains("待审定的调整", "新增", "高价值发明专利");
		long id = count("select id from plan_version where state = 'PROPOSED'");
		assertThat(this.catalog.current().findIndicator("HIGH_VALUE_PATENTS")).isEmpty();

		// Four eyes: the proposer cannot approve it, nor can another administrator or an
		// analyst: only the corridor approver decides.
		assertThat(decide(admin, id, "approve").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(decide(as("system-other-admin", Role.ADMIN), id, "approve").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(decide(as("system-analyst", Role.ANALYST), id, "approve").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(count("select count(*) from plan_version where state = 'APPROVED'")).isEqualTo(1);

		// The corridor approver approves: version 2, without a restart.
		assertThat(decide(approver, id, "approve").getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(this.jdbc.sql("select version_number, decided_by from plan_version where id = ?")
			.param(id)
			.query((rs, n) -> rs.getInt(1) + " " + rs.getString(2))
			.single()).isEqualTo("2 system-approver");
		Plan now = this.catalog.current();
		assertThat(now.versionNumber()).isEqualTo(2);
		Indicator added = now.getIndicator("HIGH_VALUE_PATENTS");
		// the new columns went through the proposal into the version
		assertThat(added.table()).isEqualTo("TABLE_1");
		assertThat(added.figures().cumulative()).isTrue();
		assertThat(this.jdbc.sql("select indicators_yaml from plan_version where id = ?")
			.param(id)
			.query(String.class)
			.single()).contains("    table: TABLE_1\n", "    cumulative: true\n");
		assertThat(added.source()).isNull();
		assertThat(added.adjustment().version()).isEqualTo(2);
		assertThat(added.adjustment().basis().zh()).contains("市政府批复同意规划中期调整");
		assertThat(now.getIndicator("DIGITAL_CORE_REVENUE").targets().get(0).describe()).isEqualTo("> 10000");
		assertThat(count("select count(*) from plan_indicator where code = 'HIGH_VALUE_PATENTS'")).isEqualTo(1);
		assertThat(this.jdbc.sql("select action from audit_entry where entity = 'plan-version' order by id")
			.query(String.class)
			.list()).containsExactly("propose", "approve");

		// This year is evaluated under version 2, 2022 under version 1, and each says so.
		JsonNode current = anyone.getForObject(PLAN + "/evaluations?year=" + thisYear, JsonNode.class).get("data");
		assertThat(current.get("planVersion").asInt()).isEqualTo(2);
		assertThat(codes(current)).contains("HIGH_VALUE_PATENTS");
		current.get("indicators").forEach((e) -> assertThat(e.get("planVersion").asInt()).isEqualTo(2));
		JsonNode past = anyone.getForObject(PLAN + "/evaluations?year=2022", JsonNode.class).get("data");
		assertThat(past.get("planVersion").asInt()).isEqualTo(1);
		assertThat(codes(past)).doesNotContain("HIGH_VALUE_PATENTS");
		assertThat(anyone.getForObject(PLAN + "/evaluations/DIGITAL_CORE_REVENUE?year=2022", JsonNode.class)
			.get("data")
			.get("planVersion")
			.asInt()).isEqualTo(1);
		assertThat(anyone.getForObject("/?year=2022", String.class)).contains("2022 年按第 1 版规划");
		assertThat(anyone.getForObject("/indicators/HIGH_VALUE_PATENTS?year=" + thisYear, String.class))
			.contains(thisYear + " 年按第 2 版规划");
		byte[] export = anyone.getForObject(PLAN + "/evaluations/export.xlsx?year=2022", byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("规划第 1 版");
		}

		// Version 2 downloads as a pack that loads, with the new indicator.
		ResponseEntity<byte[]> pack = approver.getForEntity("/indicator-system/versions/2/pack.zip", byte[].class);
		assertThat(pack.getStatusCode()).isEqualTo(HttpStatus.OK);
		Plan exported = PlanPackLoader.load(PackFiles.folder(unzip(pack.getBody())));
		assertThat(exported.listIndicators()).isEqualTo(now.listIndicators());
		assertThat(approver.getForEntity("/indicator-system/versions/3/pack.zip", byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theFormOffersThePlanTableKindRunningTotalAndNegativesAsChoices() {
		String page = as("system-form-admin", Role.ADMIN)
			.getForObject("/indicator-system?edit=TOP_INSTITUTIONS_ATTRACTED", String.class);
		assertThat(page).contains("id=\"f-table\"", "<option value=\"表1\">表1</option>", "id=\"f-kind\"",
				"<option value=\"个数\" selected=\"selected\">个数</option>", "id=\"f-cumulative\"",
				"<option value=\"是\" selected=\"selected\">是</option>", "id=\"f-negative_allowed\"");
		assertThat(page).doesNotContain("name=\"kind\" id=\"f-kind\" value");
	}

	private static List<String> codes(JsonNode evaluation) {
		List<String> codes = new java.util.ArrayList<>();
		evaluation.get("indicators").forEach((e) -> codes.add(e.get("indicatorCode").asText()));
		return codes;
	}

	/**
	 * The downloaded table with a new indicator row (its targets and category as given,
	 * the category left as the first row's when null).
	 */
	private static byte[] edit(byte[] original, String targets, String category) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			Row first = sheet.getRow(1);
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			set(row, IndicatorColumn.CODE, "HIGH_VALUE_PATENTS");
			set(row, IndicatorColumn.NAME_ZH, "高价值发明专利拥有量");
			set(row, IndicatorColumn.NAME_EN, "High-value invention patents held");
			set(row, IndicatorColumn.UNIT_ZH, "件");
			set(row, IndicatorColumn.UNIT_EN, "patents");
			set(row, IndicatorColumn.CATEGORY, (category != null) ? category : text(first, IndicatorColumn.CATEGORY));
			set(row, IndicatorColumn.DIRECTION, "越大越好");
			set(row, IndicatorColumn.ATTRIBUTE, "预期性");
			set(row, IndicatorColumn.TARGETS, targets);
			set(row, IndicatorColumn.FREQUENCY, "每年");
			set(row, IndicatorColumn.TABLE, "表1");
			set(row, IndicatorColumn.CUMULATIVE, "是");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void set(Row row, IndicatorColumn column, String value) {
		row.createCell(column.ordinal()).setCellValue(value);
	}

	private static String text(Row row, IndicatorColumn column) {
		return row.getCell(column.ordinal()).getStringCellValue();
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private Path unzip(byte[] zip) throws IOException {
		Path target = Files.createTempDirectory(this.folder, "pack");
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Files.write(target.resolve(entry.getName()), in.readAllBytes());
			}
		}
		return target;
	}

}
