package org.corridor.observatory.scenario.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.scenario.Scenarios;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A landing saved in a scenario keeps its firm when the candidate list is imported again
 * (every firm then has a new number): the run finds the firm in the new list by its
 * credit code and moves the figures as before, and saving the scenario again stores the
 * firm's new number. In a database of its own, since it replaces the candidate list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true",
				"spring.datasource.url=jdbc:h2:mem:reimport-${random.uuid};DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class ScenarioCandidateReimportTest {

	private static final String PLAN = "chengxi-2021";

	private static final String BASE = "/api/v1/plans/" + PLAN + "/scenarios";

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private Scenarios scenarios;

	@Autowired
	private CandidateList candidates;

	@Test
	void aLandingKeepsItsFirmWhenTheCandidateListIsImportedAgain() {
		List<CandidateFirm> before = this.candidates.listCandidates(PLAN);
		CandidateFirm firm = before.stream().filter((c) -> c.uscc() != null).findFirst().orElseThrow();
		Map<String, Object> landing = Map.of("kind", "LANDING", "candidate", firm.id(), "zone", "XIHU", "year", 2024);
		ResponseEntity<JsonNode> made = this.http.postForEntity(BASE,
				Map.of("name", "落地", "assumptions", List.of(landing)), JsonNode.class);
		assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = made.getBody().at("/data/id").asLong();
		JsonNode first = this.http.getForObject(BASE + "/" + id + "/run?year=2023", JsonNode.class);

		this.candidates.importDemo(PLAN, before);
		List<CandidateFirm> after = this.candidates.listCandidates(PLAN);
		assertThat(after).extracting(CandidateFirm::id).doesNotContain(firm.id());
		long renumbered = after.stream().filter((c) -> c.uscc().equals(firm.uscc())).findFirst().orElseThrow().id();

		JsonNode again = this.http.getForObject(BASE + "/" + id + "/run?year=2023", JsonNode.class);
		// not "the firm is no longer on the candidate list": the same run as before
		assertThat(again.at("/data/notes").toString()).doesNotContain("no longer");
		assertThat(again.at("/data/notes")).isEqualTo(first.at("/data/notes"));
		assertThat(again.at("/data/indicators")).isEqualTo(first.at("/data/indicators"));

		ResponseEntity<JsonNode> saved = this.http.exchange(BASE + "/" + id, HttpMethod.PUT,
				new HttpEntity<>(Map.of("name", "落地", "note", "名单重新导入后", "assumptions", List.of(landing))),
				JsonNode.class);
		assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(this.scenarios.getScenario(PLAN, id).current().assumptions().get(0).candidate())
			.isEqualTo(renumbered);
	}

}
