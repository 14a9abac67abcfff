package org.corridor.observatory.monitor.validation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.observatory.monitor.validation.ValidationPaths.PLAN;

/**
 * A plain figures upload warns as a round does: errors refuse the file; a warning rule
 * broken and an outlier are listed with their numbers (API: 409; page: a second step with
 * a comment per warning, the file kept), and the file is stored only once each warning
 * has a comment, the acknowledgements stored with the batch and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.test.context=upload-warnings")
@ActiveProfiles("test")
@DirtiesContext
class UploadWarningsIntegrationTest {

	private static final String HEADER = "indicator_code,zone_code,period,value\n";

	private static final String RULE_KEY = "XIHU_WITHIN_CORRIDOR_WARN/XIHU/2025";

	private static final String OUTLIER_KEY = "outlier:DIGITAL_CORE_REVENUE/FUYANG/2025";

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private static ResponseEntity<JsonNode> upload(TestRestTemplate http, String csv, String... acknowledgements) {
		HttpEntity<LinkedMultiValueMap<String, Object>> form = Uploads.form("figures.csv",
				(HEADER + csv).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
				MediaType.APPLICATION_PROBLEM_JSON);
		for (String acknowledgement : acknowledgements) {
			form.getBody().add("acknowledgement", acknowledgement);
		}
		return http.postForEntity(PLAN + "/observations", form, JsonNode.class);
	}

	/**
	 * The warning rule, proposed by the administrator and approved by the corridor
	 * approver (once per context).
	 */
	private void addWarningRule(TestRestTemplate admin) {
		if (admin.getForObject(PLAN + "/validation/rules", String.class).contains("XIHU_WITHIN_CORRIDOR_WARN")) {
			return;
		}
		Map<String, String> rule = new HashMap<>(
				Map.of("name_zh", "西湖区引进数不超过大走廊", "name_en", "Xihu's institutions within the corridor's",
						"left_indicator", "TOP_INSTITUTIONS_ATTRACTED", "left_zones", "XIHU", "operator", "≤",
						"right_indicator", "TOP_INSTITUTIONS_ATTRACTED", "right_zones", "CORRIDOR", "severity", "警告"));
		rule.put("reason", "区县引进数不超过全域");
		rule.put("effective_date", Adjustments.today());
		ResponseEntity<JsonNode> proposed = ValidationPaths.send(admin, HttpMethod.PUT,
				PLAN + "/validation/rules/XIHU_WITHIN_CORRIDOR_WARN", rule);
		assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		TestRestTemplate approver = ValidationPaths.as(this.accounts, this.tokens, this.port, "warn-approver",
				Role.APPROVER);
		assertThat(Adjustments.approve(approver, proposed.getBody().get("id").asLong()).getStatusCode())
			.isIn(HttpStatus.FOUND, HttpStatus.OK);
	}

	@Test
	void theApiListsWarningsAndStoresTheFileOnceEachIsAcknowledged() {
		TestRestTemplate admin = ValidationPaths.as(this.accounts, this.tokens, this.port, "warn-admin", Role.ADMIN);
		addWarningRule(admin);
		ValidationPaths.publish(admin,
				"TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2025,8\nDIGITAL_CORE_REVENUE,FUYANG,2024,100\n");
		int batches = count("select count(*) from import_batch");
		String file = "TOP_INSTITUTIONS_ATTRACTED,XIHU,2025,9\nDIGITAL_CORE_REVENUE,FUYANG,2025,260\n";

		// Both warnings listed, with their numbers and keys; nothing stored.
		ResponseEntity<JsonNode> warned = upload(admin, file);
		assertThat(warned.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		JsonNode warnings = warned.getBody().get("warnings");
		assertThat(warnings.findValuesAsText("key")).containsExactlyInAnyOrder(RULE_KEY, OUTLIER_KEY);
		assertThat(warned.getBody().get("missing").size()).isEqualTo(2);
		assertThat(warnings.toString()).contains("9", "8", "160.00%（上年 100）");
		assertThat(count("select count(*) from import_batch")).isEqualTo(batches);

		// One blank comment: still refused, listing the one without a comment.
		ResponseEntity<JsonNode> half = upload(admin, file, RULE_KEY + "=西湖区含滨江口径，待统计局确认, 暂按此报", OUTLIER_KEY + "= ");
		assertThat(half.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(half.getBody().get("missing").size()).isEqualTo(1);
		assertThat(half.getBody().get("missing").get(0).asText()).isEqualTo(OUTLIER_KEY);
		// A parameter without a key is bad input.
		assertThat(upload(admin, file, "no key here").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<JsonNode> stored = upload(admin, file, RULE_KEY + "=西湖区含滨江口径，待统计局确认, 暂按此报",
				OUTLIER_KEY + "=富阳新设园区投产");
		assertThat(stored.getStatusCode()).as(String.valueOf(stored.getBody())).isEqualTo(HttpStatus.CREATED);
		long batch = stored.getBody().get("id").asLong();
		assertThat(this.jdbc
			.sql("select comment_text from validation_acknowledgement where batch_id = ? and rule_code = ?")
			.params(batch, "XIHU_WITHIN_CORRIDOR_WARN")
			.query(String.class)
			.single()).isEqualTo("西湖区含滨江口径，待统计局确认, 暂按此报");
		assertThat(
				this.jdbc.sql("select left_value from validation_acknowledgement where batch_id = ? and rule_code = ?")
					.params(batch, "outlier:DIGITAL_CORE_REVENUE")
					.query(java.math.BigDecimal.class)
					.single())
			.isEqualByComparingTo("260");
		assertThat(count("select count(*) from audit_entry where action = 'acknowledge'"
				+ " and entity = 'validation-finding' and entity_key like '%/batch/" + batch + "/%'"))
			.isEqualTo(2);

		// Errors still refuse the file outright.
		ResponseEntity<JsonNode> refused = upload(admin, "DIGITAL_CORE_REVENUE,XIHU,2025,-5\n");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void thePageAsksForACommentPerWarningKeepingTheFile() {
		TestRestTemplate admin = ValidationPaths.as(this.accounts, this.tokens, this.port, "warn-page-admin",
				Role.ADMIN);
		ValidationPaths.publish(admin, "DIGITAL_CORE_REVENUE,LINAN,2024,100\n");
		String file = HEADER + "DIGITAL_CORE_REVENUE,LINAN,2025,300\n";
		ResponseEntity<String> first = admin.postForEntity("/import",
				Uploads.form("figures.csv", file.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML), String.class);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		String page = first.getBody();
		assertThat(page).contains("id=\"import-warnings\"", "异常值", "outlier:DIGITAL_CORE_REVENUE/LINAN/2025",
				"name=\"pending\"");
		assertThat(page).doesNotContain("id=\"import-accepted\"");
		String pending = page.replaceAll("(?s).*name=\"pending\" value=\"([0-9a-f]+)\".*", "$1");

		// without a comment: the same step again, nothing stored
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("pending", pending);
		form.add("key", "outlier:DIGITAL_CORE_REVENUE/LINAN/2025");
		form.add("comment", "");
		String again = admin.postForObject("/import/acknowledge", multipart(form), String.class);
		assertThat(again).contains("id=\"import-warnings-missing\"", "id=\"import-warnings\"");

		form.set("comment", "临安区新增统计口径，含青山湖科技城");
		String done = admin.postForObject("/import/acknowledge", multipart(form), String.class);
		assertThat(done).contains("id=\"import-accepted\"");
		assertThat(count("select count(*) from validation_acknowledgement where comment_text like '临安区新增统计口径%'"
				+ " and batch_id is not null"))
			.isEqualTo(1);

		// the kept file is gone once stored
		String gone = admin.postForObject("/import/acknowledge", multipart(form), String.class);
		assertThat(gone).contains("id=\"import-rejected\"", "请重新上传");
	}

	private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(LinkedMultiValueMap<String, Object> form) {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
		return new HttpEntity<>(form, headers);
	}

}
