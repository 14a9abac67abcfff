package org.corridor.observatory.monitor.round;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
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

/**
 * A reporting round from opening to publication, narrated: the committee opens a round
 * for two districts, 西湖 reports, is returned and corrects, 余杭 reports; the reviewers
 * approve; the committee's approval publishes; the public sees the figures only then. A
 * reporter cannot touch the other district's figures through any path, and a published
 * figure changes only through an approved correction, its earlier value kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingRoundIntegrationTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	private static final String INDICATOR = "DIGITAL_CORE_REVENUE";

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObservationStore observations;

	private TestRestTemplate as(String username, Role role, String... zones) {
		if (this.accounts.findAccount(username).isEmpty()) {
			this.accounts.create(username, username, null, role, List.of(zones), false);
		}
		String token = this.tokens.create(username, "round test");
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static ResponseEntity<JsonNode> put(TestRestTemplate http, String path, Object body) {
		return http.exchange(path, HttpMethod.PUT, json(body), JsonNode.class);
	}

	private static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, Object body) {
		return http.exchange(path, HttpMethod.POST, json(body), JsonNode.class);
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/**
	 * The published figures of the round's year and districts, as the public reads them.
	 */
	private List<JsonNode> publicFigures() {
		JsonNode all = new TestRestTemplate().getForObject(
				"http://localhost:" + this.port + PLAN + "/observations?indicator=" + INDICATOR, JsonNode.class);
		List<JsonNode> figures = new java.util.ArrayList<>();
		all.get("data").forEach((figure) -> {
			if (figure.get("year").asInt() == 2022
					&& List.of("XIHU", "YUHANG").contains(figure.get("zoneCode").asText())) {
				figures.add(figure);
			}
		});
		return figures;
	}

	private static List<Double> values(List<JsonNode> figures) {
		return figures.stream().map((figure) -> figure.get("value").asDouble()).toList();
	}

	@Test
	void aRoundFromOpeningToPublicationWithAReturnAndACorrection() {
		TestRestTemplate committee = as("round-approver", Role.APPROVER);
		TestRestTemplate xihu = as("xihu-reporter", Role.REPORTER, "XIHU");
		TestRestTemplate xihuReview = as("xihu-reviewer", Role.REVIEWER, "XIHU");
		TestRestTemplate yuhang = as("yuhang-reporter", Role.REPORTER, "YUHANG");
		TestRestTemplate yuhangReview = as("yuhang-reviewer", Role.REVIEWER, "YUHANG");

		// The committee opens the 2022 round for two districts.
		ResponseEntity<JsonNode> opened = post(committee, PLAN + "/rounds", Map.of("year", 2022, "title", "2022 年度填报",
				"deadline", "2099-03-31", "indicators", List.of(INDICATOR), "zones", List.of("XIHU", "YUHANG")));
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String round = PLAN + "/rounds/" + opened.getBody().get("id").asLong();
		assertThat(post(xihu, PLAN + "/rounds", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// 西湖 reports; a bad value is refused with its reason, as typed and on saving.
		assertThat(xihu.getForObject(round + "/zones/XIHU/check?indicator=" + INDICATOR + "&value=abc", JsonNode.class)
			.at("/problems/0/zh")
			.asText()).isNotEmpty();
		ResponseEntity<JsonNode> bad = put(xihu, round + "/zones/XIHU", Map.of("values", Map.of(INDICATOR, "abc")));
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody().at("/problems/0/column").asText()).isEqualTo(INDICATOR);
		assertThat(put(xihu, round + "/zones/XIHU", Map.of("values", Map.of(INDICATOR, "1,200"))).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		// 西湖's reporter cannot touch 余杭: not by the API, the page form or an upload.
		assertThat(put(xihu, round + "/zones/YUHANG", Map.of("values", Map.of(INDICATOR, "1"))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("action", "save");
		form.add("value." + INDICATOR, "1");
		HttpHeaders formHeaders = new HttpHeaders();
		formHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		assertThat(xihu
			.postForEntity("/rounds/" + opened.getBody().get("id").asLong() + "/zones/YUHANG",
					new HttpEntity<>(form, formHeaders), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Uploads
			.upload(xihu, "/rounds/" + opened.getBody().get("id").asLong() + "/zones/YUHANG/upload", "f.csv",
					("indicator_code,value\n" + INDICATOR + ",1\n").getBytes(StandardCharsets.UTF_8))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Uploads
			.upload(xihu, PLAN + "/observations", "f.csv",
					("indicator_code,zone_code,period,value\n" + INDICATOR + ",YUHANG,2022,1\n")
						.getBytes(StandardCharsets.UTF_8))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(xihu.getForEntity(round + "/zones/YUHANG", JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		// Submitted, returned with a comment, corrected, submitted again, approved.
		assertThat(post(xihu, round + "/zones/XIHU/submit", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(put(xihu, round + "/zones/XIHU", Map.of("values", Map.of(INDICATOR, "5"))).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(post(xihuReview, round + "/zones/XIHU/return", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post(xihuReview, round + "/zones/XIHU/return", Map.of("comment", "请核对口径")).getBody()
			.get("state")
			.asText()).isEqualTo("RETURNED");
		put(xihu, round + "/zones/XIHU", Map.of("values", Map.of(INDICATOR, "1250")));
		post(xihu, round + "/zones/XIHU/submit", null);
		assertThat(post(yuhangReview, round + "/zones/XIHU/approve", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(xihuReview, round + "/zones/XIHU/approve", null).getBody().get("state").asText())
			.isEqualTo("DISTRICT_APPROVED");

		// 余杭 reports and is approved by its reviewer.
		put(yuhang, round + "/zones/YUHANG", Map.of("values", Map.of(INDICATOR, "2500")));
		post(yuhang, round + "/zones/YUHANG/submit", null);
		post(yuhangReview, round + "/zones/YUHANG/approve", null);

		// Nothing is public before the committee's approval; an analyst may look at the
		// figures so far, each marked unpublished; a reviewer cannot publish.
		assertThat(publicFigures()).isEmpty();
		TestRestTemplate analyst = as("round-analyst", Role.ANALYST);
		String evaluation = PLAN + "/evaluations/" + INDICATOR + "?year=2022&zone=XIHU";
		JsonNode marked = analyst.getForObject(evaluation + "&includeUnpublished=true", JsonNode.class).get("data");
		assertThat(marked.get("actual").asDouble()).isEqualTo(1250.0);
		assertThat(marked.get("unpublished").asBoolean()).isTrue();
		assertThat(analyst.getForObject(evaluation, JsonNode.class).at("/data/actual").isNull()).isTrue();
		assertThat(xihu.getForEntity(evaluation + "&includeUnpublished=true", JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(new TestRestTemplate()
			.getForEntity("http://localhost:" + this.port + evaluation + "&includeUnpublished=true", JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post(xihuReview, round + "/zones/XIHU/publish", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		post(committee, round + "/zones/XIHU/publish", Map.of("comment", "同意"));
		post(committee, round + "/zones/YUHANG/publish", null);
		assertThat(values(publicFigures())).containsExactlyInAnyOrder(1250.0, 2500.0);

		Instant beforeCorrection = Instant.now();

		// A correction: un-approving needs a reason; the published value stands until the
		// corrected one is approved, and the earlier value is kept.
		assertThat(post(committee, round + "/zones/XIHU/unapprove", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		post(committee, round + "/zones/XIHU/unapprove", Map.of("comment", "统计口径调整"));
		put(xihu, round + "/zones/XIHU", Map.of("values", Map.of(INDICATOR, "1300")));
		post(xihu, round + "/zones/XIHU/submit", null);
		assertThat(values(publicFigures())).containsExactlyInAnyOrder(1250.0, 2500.0);
		post(xihuReview, round + "/zones/XIHU/approve", null);
		post(committee, round + "/zones/XIHU/publish", null);
		assertThat(values(publicFigures())).containsExactlyInAnyOrder(1300.0, 2500.0);
		assertThat(this.jdbc
			.sql("select count(*) from observation_revision r join observation o"
					+ " on o.id = r.observation_id where o.zone_code = 'XIHU' and r.obs_value = 1250")
			.query(Long.class)
			.single()).isEqualTo(1);

		// Evaluations as published at a moment give the figures then in force.
		assertThat(this.observations.series("chengxi-2021", INDICATOR, "XIHU", beforeCorrection))
			.filteredOn((figure) -> figure.year() == 2022)
			.singleElement()
			.satisfies((figure) -> assertThat(figure.value()).isEqualByComparingTo("1250"));
		assertThat(this.observations.series("chengxi-2021", INDICATOR, "XIHU", Instant.now()))
			.filteredOn((figure) -> figure.year() == 2022)
			.singleElement()
			.satisfies((figure) -> assertThat(figure.value()).isEqualByComparingTo("1300"));
		assertThat(analyst.getForObject(evaluation + "&asOf=2000-01-01", JsonNode.class).at("/data/actual").isNull())
			.isTrue();
		assertThat(analyst.getForObject(evaluation, JsonNode.class).at("/data/actual").asDouble()).isEqualTo(1300.0);

		// The board and the record of every step (the reviewer returned once, approved
		// twice).
		JsonNode board = committee.getForObject(round, JsonNode.class);
		assertThat(board.get("zones").findValuesAsText("state")).containsOnly("PUBLISHED");
		assertThat(board.get("events").findValuesAsText("action")).contains("open", "save", "submit", "return",
				"approve", "publish", "unapprove");
		assertThat(xihu.getForObject(round, JsonNode.class).get("zones").findValuesAsText("zone"))
			.containsExactly("XIHU");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity = 'round-zone' and actor = ?")
			.param("xihu-reviewer")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
