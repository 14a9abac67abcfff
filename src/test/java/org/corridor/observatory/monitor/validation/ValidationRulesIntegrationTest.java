package org.corridor.observatory.monitor.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.Adjustments;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.observatory.monitor.validation.ValidationPaths.PLAN;

/**
 * Rules between figures, narrated: the pack's rule is in force; the administrator
 * proposes an error rule (others may not), which waits — an upload that breaks it is
 * still taken — until the corridor approver, not the administrator who proposed it,
 * approves it as a version of the plan; then an upload that breaks it is refused; the
 * issue's districts (9 391.6 against the corridor's 9 650.3) raise a warning that blocks
 * 西湖's submission until its reporter acknowledges it with a comment; a validation run
 * finds it (acknowledged), and its Excel report names zones by name; the rules go out as
 * Excel and come back changed, proposed and approved again; every step is in the audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ValidationRulesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private int audited(String action, String entity) {
		return this.jdbc.sql("select count(*) from audit_entry where action = ? and entity = ?")
			.params(action, entity)
			.query(Integer.class)
			.single();
	}

	private static boolean ruleEnabled(TestRestTemplate http, String code) {
		for (JsonNode stored : http.getForObject(PLAN + "/validation/rules", JsonNode.class)) {
			if (stored.at("/rule/code").asText().equals(code)) {
				return stored.at("/rule/enabled").asBoolean();
			}
		}
		throw new AssertionError("no rule " + code);
	}

	@Test
	void rulesFromThePackAndTheAdministratorBlockWarnAndAreFound() throws IOException {
		TestRestTemplate admin = ValidationPaths.as(this.accounts, this.tokens, this.port, "rules-admin", Role.ADMIN);
		TestRestTemplate analyst = ValidationPaths.as(this.accounts, this.tokens, this.port, "rules-analyst",
				Role.ANALYST);
		TestRestTemplate xihu = ValidationPaths.as(this.accounts, this.tokens, this.port, "rules-xihu", Role.REPORTER,
				"XIHU");
		TestRestTemplate approver = ValidationPaths.as(this.accounts, this.tokens, this.port, "rules-approver",
				Role.APPROVER);

		// The pack's rule, in version 1.
		JsonNode rules = analyst.getForObject(PLAN + "/validation/rules", JsonNode.class);
		assertThat(rules.findValuesAsText("code")).contains("DISTRICTS_ADD_UP_TO_CORRIDOR");
		assertThat(rules.findValuesAsText("origin")).containsOnly("pack");

		// Only the administrator changes rules; a bad one is refused with every problem.
		Map<String, String> rule = new HashMap<>(
				Map.of("name_zh", "西湖区引进数不超过大走廊", "name_en", "Xihu's institutions within the corridor's",
						"left_indicator", "TOP_INSTITUTIONS_ATTRACTED", "left_zones", "XIHU", "operator", "≤",
						"right_indicator", "TOP_INSTITUTIONS_ATTRACTED", "right_zones", "CORRIDOR", "severity", "错误"));
		rule.put("reason", "管委会办公会议纪要（2026）第 3 号：区县引进数不得超过全域");
		rule.put("effective_date", Adjustments.today());
		String path = PLAN + "/validation/rules/XIHU_WITHIN_CORRIDOR";
		assertThat(ValidationPaths.send(analyst, HttpMethod.PUT, path, rule).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, String> broken = new HashMap<>(rule);
		broken.put("right_zones", "NOWHERE");
		ResponseEntity<JsonNode> refused = ValidationPaths.send(admin, HttpMethod.PUT, path, broken);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().at("/problems/0/column").asText()).isEqualTo("right_zones");
		Map<String, String> unexplained = new HashMap<>(rule);
		unexplained.remove("reason");
		assertThat(ValidationPaths.send(admin, HttpMethod.PUT, path, unexplained).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> proposed = ValidationPaths.send(admin, HttpMethod.PUT, path, rule);
		assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(proposed.getBody().get("state").asText()).isEqualTo("PROPOSED");
		long proposal = proposed.getBody().get("id").asLong();
		assertThat(audited("propose", "plan-version")).isEqualTo(1);

		// Proposed is not in force: the rule is not checked yet.
		ValidationPaths.publish(admin, "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2025,8\n");
		assertThat(analyst.getForObject(PLAN + "/validation/rules", JsonNode.class).findValuesAsText("code"))
			.doesNotContain("XIHU_WITHIN_CORRIDOR");
		assertThat(ValidationPaths
			.upload(admin, "indicator_code,zone_code,period,value\nTOP_INSTITUTIONS_ATTRACTED,XIHU,2025,9\n")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(admin.getForObject("/validation/rules", String.class)).contains("id=\"rules-pending\"",
				"data-rule=\"XIHU_WITHIN_CORRIDOR\"", "经管委会审定人");
		// four eyes: the administrator who proposed it cannot approve it; the approver
		// can
		assertThat(Adjustments.approve(admin, proposal).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Adjustments.approve(approver, proposal).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(audited("approve", "plan-version")).isEqualTo(1);
		JsonNode inForce = analyst.getForObject(PLAN + "/validation/rules", JsonNode.class);
		assertThat(inForce.findValuesAsText("code")).contains("XIHU_WITHIN_CORRIDOR");
		assertThat(inForce.findValuesAsText("version")).containsOnly("2");

		// An upload that breaks the error rule is refused; one that keeps it is taken.
		ResponseEntity<JsonNode> breaking = ValidationPaths.upload(admin,
				"indicator_code,zone_code,period,value\nTOP_INSTITUTIONS_ATTRACTED,XIHU,2025,9\n");
		assertThat(breaking.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(breaking.getBody().at("/problems/0/column").asText()).isEqualTo("XIHU_WITHIN_CORRIDOR");
		assertThat(breaking.getBody().at("/problems/0/zh").asText()).contains("错误", "9", "8");
		assertThat(ValidationPaths
			.upload(admin, "indicator_code,zone_code,period,value\nTOP_INSTITUTIONS_ATTRACTED,XIHU,2025,7\n")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		// The districts: 9 391.6 against 9 650.3, 2.68 % apart, beyond the 2 %,
		// once
		// 西湖 reports; the six reporting districts are summed, LINPING (kept only to split
		// pre-2021 figures) is not.
		ValidationPaths.publish(admin,
				"DIGITAL_CORE_REVENUE,CORRIDOR,2025,9650.3\nDIGITAL_CORE_REVENUE,BINJIANG,2025,2000\n"
						+ "DIGITAL_CORE_REVENUE,YUHANG,2025,3000\nDIGITAL_CORE_REVENUE,LINPING,2025,1000\n"
						+ "DIGITAL_CORE_REVENUE,LINAN,2025,1000\nDIGITAL_CORE_REVENUE,FUYANG,2025,1000\n"
						+ "DIGITAL_CORE_REVENUE,DEQING,2025,391.6\n");
		long round = ValidationPaths
			.send(admin, HttpMethod.POST, PLAN + "/rounds", Map.of("year", 2025, "title", "2025 校验", "deadline",
					"2099-01-01", "indicators", List.of("DIGITAL_CORE_REVENUE"), "zones", List.of("XIHU")))
			.getBody()
			.get("id")
			.asLong();
		String zone = PLAN + "/rounds/" + round + "/zones/XIHU";
		assertThat(ValidationPaths
			.send(xihu, HttpMethod.PUT, zone, Map.of("values", Map.of("DIGITAL_CORE_REVENUE", "2000")))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> blocked = ValidationPaths.send(xihu, HttpMethod.POST, zone + "/submit", null);
		assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(blocked.getBody().at("/problems/0/zh").asText()).contains("DISTRICTS_ADD_UP_TO_CORRIDOR", "9391.6",
				"9650.3", "须填写说明");
		JsonNode finding = xihu.getForObject(zone + "/findings", JsonNode.class).at("/findings/0");
		assertThat(finding.get("severity").asText()).isEqualTo("warning");
		assertThat(finding.get("zone").asText()).isEqualTo("CORRIDOR");
		assertThat(finding.get("differencePercent").decimalValue()).isEqualByComparingTo("-2.68");
		assertThat(finding.get("acknowledged").asBoolean()).isFalse();

		Map<String, Object> acknowledgement = new HashMap<>(
				Map.of("rule", "DISTRICTS_ADD_UP_TO_CORRIDOR", "zone", "CORRIDOR", "year", 2025, "comment", " "));
		assertThat(ValidationPaths.send(xihu, HttpMethod.POST, zone + "/acknowledgements", acknowledgement)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		acknowledgement.put("comment", "德清县仅部分区域在大走廊内，口径待统计局确认");
		ResponseEntity<JsonNode> acknowledged = ValidationPaths.send(xihu, HttpMethod.POST, zone + "/acknowledgements",
				acknowledgement);
		assertThat(acknowledged.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(acknowledged.getBody().get("by").asText()).isEqualTo("rules-xihu");
		assertThat(xihu.getForObject(zone + "/findings", JsonNode.class).at("/findings/0/acknowledged").asBoolean())
			.isTrue();
		// the reviewer sees the finding, by name, on the zone's page of the round
		String roundPage = admin.getForObject("/rounds/" + round + "/zones/XIHU", String.class);
		assertThat(roundPage).contains("id=\"round-findings\"", "各区县数字经济核心产业营业收入之和与大走廊相符", "9,391.6");
		assertThat(ValidationPaths.send(xihu, HttpMethod.POST, zone + "/submit", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(audited("acknowledge", "validation-finding")).isEqualTo(1);

		// A run over everything finds the (acknowledged) warning and is audited.
		JsonNode run = ValidationPaths.send(analyst, HttpMethod.POST, PLAN + "/validation/runs?round=" + round, null)
			.getBody();
		assertThat(run.get("findings")).singleElement()
			.satisfies((found) -> assertThat(found.get("acknowledged").asBoolean()).isTrue());
		assertThat(ValidationPaths.send(analyst, HttpMethod.POST, PLAN + "/validation/runs?zone=DEQING", null)
			.getBody()
			.get("findings")).isEmpty();
		assertThat(audited("run", "validation")).isGreaterThanOrEqualTo(2);
		assertThat(ValidationPaths.send(xihu, HttpMethod.POST, PLAN + "/validation/runs", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		// The report names zones and rules, not codes.
		ResponseEntity<byte[]> report = analyst.getForEntity("/validation/report.xlsx?scope=round:" + round,
				byte[].class);
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getBody()))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).startsWith("各区县数字经济核心产业营业收入之和与大走廊相符");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("杭州城西科创大走廊");
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(9391.6);
			assertThat(row.getCell(9).getStringCellValue()).isEqualTo("是 / yes");
		}

		// The rules go out as Excel and come back with the error rule disabled.
		byte[] sheet = admin.getForEntity("/validation/rules.xlsx", byte[].class).getBody();
		byte[] changed;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet rulesSheet = workbook.getSheetAt(0);
			assertThat(rulesSheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("规则代码");
			for (Row row : rulesSheet) {
				if (row.getCell(0).getStringCellValue().equals("XIHU_WITHIN_CORRIDOR")) {
					row.getCell(12).setCellValue("否");
				}
			}
			workbook.write(out);
			changed = out.toByteArray();
		}
		var upload = Uploads.form("rules.xlsx", changed, MediaType.TEXT_HTML);
		ResponseEntity<String> unexplainedSheet = admin.postForEntity("/validation/rules/upload", upload, String.class);
		assertThat(unexplainedSheet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unexplainedSheet.getBody()).contains("id=\"rules-problems\"", "调整理由");
		upload.getBody().add("reason", "停用西湖区引进数规则");
		upload.getBody().add("effective_date", Adjustments.today());
		String page = admin.postForEntity("/validation/rules/upload", upload, String.class).getBody();
		assertThat(page).contains("id=\"rules-done\"", "待管委会审定人审定");
		assertThat(ruleEnabled(analyst, "XIHU_WITHIN_CORRIDOR")).isTrue();
		long disabling = Adjustments.pending(approver).orElseThrow();
		assertThat(approver.getForObject("/indicator-system", String.class)).contains("id=\"system-rule-changes\"",
				"data-rule=\"XIHU_WITHIN_CORRIDOR\"", "停用");
		assertThat(Adjustments.approve(approver, disabling).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(ruleEnabled(analyst, "XIHU_WITHIN_CORRIDOR")).isFalse();
		assertThat(ValidationPaths
			.upload(admin, "indicator_code,zone_code,period,value\nTOP_INSTITUTIONS_ATTRACTED,XIHU,2025,9\n")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(audited("propose", "plan-version")).isEqualTo(2);
		assertThat(audited("approve", "plan-version")).isEqualTo(2);
	}

}
