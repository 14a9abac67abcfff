package org.corridor.observatory.registry.ladder;

import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cultivation ladder over five firms imported through the API, in a context of its
 * own so that no other test's firms change the counts. Held at the end of 2022: three
 * tech SMEs (one lost its tier on 31 December 2022); in 2023 two of them climb to little
 * giant (one of those drops its tech SME tier) and a new tech SME arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.ladder-test-context=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CultivationLadderTest {

	static final String LADDER = "/api/v1/plans/chengxi-2021/ladder";

	static final String CLIMBER = EnterpriseFixtures.uscc("LD000001");

	static final String DROPPED = EnterpriseFixtures.uscc("LD000002");

	static final String STAYER = EnterpriseFixtures.uscc("LD000003");

	static final String SWITCHER = EnterpriseFixtures.uscc("LD000004");

	static final String NEWCOMER = EnterpriseFixtures.uscc("LD000005");

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	void importFirms() {
		String csv = EnterpriseFixtures.HEADER + "\r\n"
				+ row(CLIMBER, "杭州攀登科技有限公司", "120.0236,30.2815", "TECH_SME:2021-03-01;LITTLE_GIANT:2023-06-30")
				+ row(DROPPED, "杭州退出科技有限公司", ",", "TECH_SME:2019-05-01~2022-12-31")
				+ row(STAYER, "杭州稳定科技有限公司", ",", "TECH_SME:2022-04-01")
				+ row(SWITCHER, "杭州转型科技有限公司", ",", "TECH_SME:2020-01-01~2023-08-31;LITTLE_GIANT:2023-09-01")
				+ row(NEWCOMER, "杭州新锐科技有限公司", ",", "TECH_SME:2023-02-01");
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "ladder.csv";
			}

		});
		body.add("crs", "wgs84");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<JsonNode> imported = this.http.postForEntity("/api/v1/plans/chengxi-2021/enterprises",
				new HttpEntity<>(body, headers), JsonNode.class);
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(imported.getBody().get("inserted").asInt()).isEqualTo(5);
	}

	private static String row(String uscc, String name, String position, String tiers) {
		return uscc + "," + name + ",I6513,,," + position + ",,\"" + tiers + "\",2023,1000,100,50,1\r\n";
	}

	@Test
	void countsTheFirmsHoldingEachTierAtTheEndOfTheYear() {
		JsonNode y2022 = report(2022, null);
		assertThat(tier(y2022, "TECH_SME").get("held").asLong()).isEqualTo(3);
		assertThat(tier(y2022, "TECH_SME").get("gained").asLong()).isEqualTo(1);
		assertThat(tier(y2022, "TECH_SME").get("lost").asLong()).isEqualTo(1);
		assertThat(tier(y2022, "LITTLE_GIANT").get("held").asLong()).isZero();

		JsonNode y2023 = report(2023, null);
		assertThat(tier(y2023, "TECH_SME").get("held").asLong()).isEqualTo(3);
		assertThat(tier(y2023, "TECH_SME").get("gained").asLong()).isEqualTo(1);
		assertThat(tier(y2023, "TECH_SME").get("lost").asLong()).isEqualTo(1);
		assertThat(tier(y2023, "LITTLE_GIANT").get("held").asLong()).isEqualTo(2);
		assertThat(tier(y2023, "LITTLE_GIANT").get("gained").asLong()).isEqualTo(2);
		assertThat(tier(y2023, "LITTLE_GIANT").get("lost").asLong()).isZero();
	}

	@Test
	void ordersTheTiersAlongTheLadderAndLabelsNoDemo() {
		JsonNode response = this.http.getForObject(LADDER + "?year=2023", JsonNode.class);
		assertThat(response.get("demo").asBoolean()).isFalse();
		assertThat(response.get("notice").isNull()).isTrue();
		JsonNode tiers = response.at("/data/tiers");
		assertThat(tiers.get(0).get("code").asText()).isEqualTo("TECH_SME");
		assertThat(tiers.get(1).get("code").asText()).isEqualTo("LITTLE_GIANT");
		assertThat(tiers.get(0).get("onLadder").asBoolean()).isTrue();
		assertThat(tier(response.get("data"), "LISTED_COMPANY").get("onLadder").asBoolean()).isFalse();
	}

	@Test
	void measuresTheClimbFromTechSmeToLittleGiant() {
		JsonNode step = transition(report(2023, null), "TECH_SME", "LITTLE_GIANT");
		assertThat(step.get("base").asLong()).isEqualTo(3);
		assertThat(step.get("moved").asLong()).isEqualTo(2);
		assertThat(step.get("rate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(step.get("firms")).hasSize(2);
		assertThat(step.at("/firms/0/uscc").asText()).isEqualTo(CLIMBER);
		assertThat(step.at("/firms/0/name").asText()).isEqualTo("杭州攀登科技有限公司");
		assertThat(step.at("/firms/1/uscc").asText()).isEqualTo(SWITCHER);

		JsonNode before = transition(report(2022, null), "TECH_SME", "LITTLE_GIANT");
		assertThat(before.get("moved").asLong()).isZero();
		assertThat(transition(report(2023, null), "LITTLE_GIANT", "HIDDEN_CHAMPION").get("rate").isNull()).isTrue();
	}

	@Test
	void restrictsTheLadderToTheFirmsInAZone() {
		JsonNode climber = this.http.getForObject("/api/v1/plans/chengxi-2021/enterprises/" + CLIMBER, JsonNode.class);
		JsonNode zones = climber.at("/data/summary/zones");
		assertThat(zones).as(climber.toString()).isNotEmpty();
		// a zone below the corridor: the corridor itself holds every registered firm
		String zone = StreamSupport.stream(zones.spliterator(), false)
			.map(JsonNode::asText)
			.filter((code) -> !code.equals("CORRIDOR"))
			.findFirst()
			.orElseThrow();
		JsonNode inZone = report(2023, zone);
		assertThat(inZone.get("zone").asText()).isEqualTo(zone);
		assertThat(tier(inZone, "TECH_SME").get("held").asLong()).isEqualTo(1);
		assertThat(tier(inZone, "LITTLE_GIANT").get("held").asLong()).isEqualTo(1);
		JsonNode step = transition(inZone, "TECH_SME", "LITTLE_GIANT");
		assertThat(step.get("base").asLong()).isEqualTo(1);
		assertThat(step.get("moved").asLong()).isEqualTo(1);
		assertThat(step.at("/firms/0/uscc").asText()).isEqualTo(CLIMBER);
	}

	@Test
	void showsTheCountsAndTheFunnelOnThePage() {
		String page = this.http.getForObject("/ladder?year=2023", String.class);
		assertThat(page).contains("id=\"ladder-funnel\"", "id=\"nav-ladder\"", "ladder-chart.js");
		assertThat(page).containsPattern("(?s)id=\"ladder-tier-TECH_SME\".*?class=\"num held\">3<"
				+ ".*?class=\"num gained\">1<.*?class=\"num lost\">1<");
		assertThat(page).containsPattern("(?s)id=\"ladder-tier-LITTLE_GIANT\".*?class=\"num held\">2<");
		assertThat(page).containsPattern("(?s)id=\"ladder-transition-TECH_SME-LITTLE_GIANT\".*?"
				+ "class=\"num base\">3<.*?class=\"num moved\">2<.*?class=\"num rate\">66.7%<");
		assertThat(page).contains("/enterprises/" + CLIMBER, "/enterprises/" + SWITCHER);
		assertThat(page).doesNotContain("id=\"ladder-demo\"");
	}

	private JsonNode report(int year, String zone) {
		JsonNode response = this.http.getForObject(LADDER + "?year=" + year + ((zone != null) ? "&zone=" + zone : ""),
				JsonNode.class);
		assertThat(response.has("data")).as(String.valueOf(response)).isTrue();
		return response.get("data");
	}

	private static JsonNode tier(JsonNode report, String code) {
		for (JsonNode tier : report.get("tiers")) {
			if (code.equals(tier.get("code").asText())) {
				return tier;
			}
		}
		throw new AssertionError("no tier " + code + " in " + report);
	}

	private static JsonNode transition(JsonNode report, String from, String to) {
		for (JsonNode step : report.get("transitions")) {
			if (from.equals(step.get("from").asText()) && to.equals(step.get("to").asText())) {
				return step;
			}
		}
		throw new AssertionError("no transition " + from + " → " + to + " in " + report);
	}

}
