package org.corridor.observatory.monitor.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.observatory.monitor.validation.ValidationPaths.PLAN;

/**
 * The figures the issue found accepted are refused in every path that takes figures — the
 * API upload, the import page, the reporting round's API, form and upload (the command
 * line's import is {@code FigureChecksCliTest}) — with the problem located and nothing
 * stored: a year before the corridor plan's base year 2020, a negative revenue, 2.5
 * institutions, and a running total (TOP_INSTITUTIONS_ATTRACTED, 累计) that falls from 5 to
 * 4 within a file or against a published figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FigureChecksIntegrationTest {

	private static final String HEADER = "indicator_code,zone_code,period,value\n";

	/** Each bad file, with the column and the words its problem must carry. */
	private static final Map<String, String> BAD_FILES = Map.of("DIGITAL_CORE_REVENUE,CORRIDOR,2019,100\n",
			"before the plan's base year 2020", "DIGITAL_CORE_REVENUE,XIHU,2023,-5\n", "cannot be negative: -5",
			"TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2023,2.5\n", "must be whole, not 2.5",
			"TOP_INSTITUTIONS_ATTRACTED,XIHU,2022,5\nTOP_INSTITUTIONS_ATTRACTED,XIHU,2023,4\n",
			"running total and cannot fall", "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2022,4\n",
			"below 5 in 2021 (published)");

	/** The same, in Chinese, as the page shows them. */
	private static final Map<String, String> BAD_FILES_ZH = Map.of("DIGITAL_CORE_REVENUE,CORRIDOR,2019,100\n",
			"早于规划基期 2020 年", "DIGITAL_CORE_REVENUE,XIHU,2023,-5\n", "不能为负数：-5",
			"TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2023,2.5\n", "应为整数，而不是 2.5",
			"TOP_INSTITUTIONS_ATTRACTED,XIHU,2022,5\nTOP_INSTITUTIONS_ATTRACTED,XIHU,2023,4\n", "为累计数，不能逐年下降",
			"TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2022,4\n", "低于 2021 年的 5（已发布）");

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private TestRestTemplate admin;

	@BeforeEach
	void publishARunningTotal() {
		this.admin = ValidationPaths.as(this.accounts, this.tokens, this.port, "checks-admin", Role.ADMIN);
		if (this.jdbc
			.sql("select count(*) from observation where indicator_code = 'TOP_INSTITUTIONS_ATTRACTED'"
					+ " and zone_code = 'CORRIDOR' and obs_year = 2021")
			.query(Integer.class)
			.single() == 0) {
			ValidationPaths.publish(this.admin, "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2021,5\n");
		}
	}

	private int stored() {
		return this.jdbc.sql("select (select count(*) from import_batch) + (select count(*) from report_value)")
			.query(Integer.class)
			.single();
	}

	@Test
	void theApiUploadRefusesEachWithItsLocatedProblem() {
		int before = stored();
		BAD_FILES.forEach((rows, reason) -> {
			ResponseEntity<JsonNode> answer = ValidationPaths.upload(this.admin, HEADER + rows);
			assertThat(answer.getStatusCode()).as(rows).isEqualTo(HttpStatus.BAD_REQUEST);
			JsonNode problem = answer.getBody().at("/problems/0");
			assertThat(problem.get("row").asInt()).as(rows).isGreaterThanOrEqualTo(2);
			assertThat(problem.get("column").asText()).as(rows).isIn("period", "value");
			assertThat(problem.get("zh").asText()).as(rows).isNotBlank();
			assertThat(problem.get("en").asText()).as(rows).contains(reason);
		});
		assertThat(stored()).isEqualTo(before);
		// a running total that rises is taken
		assertThat(ValidationPaths.upload(this.admin, HEADER + "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2022,6\n")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void theImportPageRefusesEachAndShowsTheProblem() {
		int before = stored();
		BAD_FILES_ZH.forEach((rows, reason) -> {
			ResponseEntity<String> page = this.admin.postForEntity("/import",
					Uploads.form("figures.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML),
					String.class);
			assertThat(page.getBody()).as(rows).contains("class=\"data problems\"").contains(reason);
		});
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void theRoundRefusesEachByApiFormAndUpload() {
		TestRestTemplate reporter = ValidationPaths.as(this.accounts, this.tokens, this.port, "checks-reporter",
				Role.REPORTER, "CORRIDOR");
		// a round cannot even be opened for a year outside the plan
		assertThat(ValidationPaths.send(this.admin, HttpMethod.POST, PLAN + "/rounds",
				Map.of("year", 2019, "title", "2019", "deadline", "2099-01-01", "indicators",
						List.of("DIGITAL_CORE_REVENUE"), "zones", List.of("CORRIDOR")))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode opened = ValidationPaths.send(this.admin, HttpMethod.POST, PLAN + "/rounds",
				Map.of("year", 2022, "title", "2022 校验", "deadline", "2099-01-01", "indicators",
						List.of("DIGITAL_CORE_REVENUE", "TOP_INSTITUTIONS_ATTRACTED"), "zones", List.of("CORRIDOR")))
			.getBody();
		long round = opened.get("id").asLong();
		String zone = PLAN + "/rounds/" + round + "/zones/CORRIDOR";
		Map<String, String> bad = Map.of("DIGITAL_CORE_REVENUE", "-5", "TOP_INSTITUTIONS_ATTRACTED", "2.5");
		Map<String, String> falling = Map.of("DIGITAL_CORE_REVENUE", "5", "TOP_INSTITUTIONS_ATTRACTED", "4");
		int before = stored();

		ResponseEntity<JsonNode> api = ValidationPaths.send(reporter, HttpMethod.PUT, zone, Map.of("values", bad));
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.getBody().get("problems").toString()).contains("cannot be negative: -5",
				"must be whole, not 2.5");
		ResponseEntity<JsonNode> fall = ValidationPaths.send(reporter, HttpMethod.PUT, zone, Map.of("values", falling));
		assertThat(fall.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fall.getBody().at("/problems/0/column").asText()).isEqualTo("TOP_INSTITUTIONS_ATTRACTED");
		assertThat(fall.getBody().at("/problems/0/en").asText()).contains("below 5 in 2021 (published)");
		assertThat(reporter.getForObject(zone + "/check?indicator=TOP_INSTITUTIONS_ATTRACTED&value=4", JsonNode.class)
			.at("/problems/0/zh")
			.asText()).contains("累计数，不能逐年下降");

		for (Map<String, String> values : List.of(bad, falling)) {
			LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("action", "save");
			values.forEach((code, value) -> form.add("value." + code, value));
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
			String page = reporter
				.postForEntity("/rounds/" + round + "/zones/CORRIDOR", new HttpEntity<>(form, headers), String.class)
				.getBody();
			assertThat(page).contains("id=\"round-problems\"");

			StringBuilder csv = new StringBuilder("indicator_code,value\n");
			values.forEach((code, value) -> csv.append(code).append(',').append(value).append('\n'));
			String uploaded = reporter
				.postForEntity("/rounds/" + round + "/zones/CORRIDOR/upload",
						Uploads.form("round.csv", csv.toString().getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML),
						String.class)
				.getBody();
			assertThat(uploaded).contains("id=\"round-problems\"");
		}
		assertThat(stored()).isEqualTo(before);
	}

}
