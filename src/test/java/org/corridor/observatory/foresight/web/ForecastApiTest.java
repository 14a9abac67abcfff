package org.corridor.observatory.foresight.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecasts API over the demo figures (2020 to last year, corridor and districts):
 * labelled DEMO, every method with the chosen one named, a probability per target ahead,
 * "cannot assess" below three figures, the same numbers on every call, and unpublished
 * figures under the evaluations' rule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ForecastApiTest {

	private static final String BASE = "/api/v1/plans/chengxi-2021/forecasts";

	@Autowired
	private TestRestTemplate http;

	@Test
	void anIndicatorAsOf2023IsForecastTo2025WithAProbabilityAndItsMethodNamed() {
		JsonNode body = this.http.getForObject(BASE + "/DIGITAL_CORE_REVENUE?year=2023", JsonNode.class);
		assertThat(body.get("demo").asBoolean()).isTrue();
		assertThat(body.get("notice").asText()).contains("DEMO");
		JsonNode data = body.get("data");
		assertThat(data.get("assessable").asBoolean()).isTrue();
		assertThat(data.get("asOfYear").asInt()).isEqualTo(2023);
		assertThat(data.get("figures")).hasSize(4);
		String chosen = data.get("chosen").asText();
		assertThat(chosen).isIn("LINEAR", "COMPOUND", "WEIGHTED");
		assertThat(data.get("methods")).hasSize(3);
		JsonNode main = null;
		for (JsonNode method : data.get("methods")) {
			if (method.get("method").asText().equals(chosen)) {
				main = method;
			}
		}
		JsonNode milestone = main.get("milestones").get(0);
		assertThat(milestone.get("year").asInt()).isEqualTo(2025);
		assertThat(milestone.at("/target/comparator").asText()).isEqualTo("GT");
		assertThat(milestone.get("probability").asDouble()).isBetween(0.0, 1.0);
		assertThat(milestone.get("lower").asDouble()).isLessThan(milestone.get("value").asDouble())
			.isLessThan(milestone.get("upper").asDouble());
		// the same figures, the same numbers
		JsonNode again = this.http.getForObject(BASE + "/DIGITAL_CORE_REVENUE?year=2023", JsonNode.class);
		assertThat(again.get("data")).isEqualTo(data);
	}

	@Test
	void fewerThanThreeFiguresCannotBeAssessed() {
		JsonNode data = this.http.getForObject(BASE + "/DIGITAL_CORE_REVENUE?year=2021", JsonNode.class).get("data");
		assertThat(data.get("assessable").asBoolean()).isFalse();
		assertThat(data.get("reasonZh").asText()).contains("无法评估");
		assertThat(data.get("reasonEn").asText()).contains("cannot assess");
	}

	@Test
	void everyIndicatorOfAZoneAndTheBacktestAreLabelled() {
		JsonNode plan = this.http.getForObject(BASE + "?zone=CORRIDOR", JsonNode.class);
		assertThat(plan.get("demo").asBoolean()).isTrue();
		assertThat(plan.at("/data/forecasts").size()).isGreaterThan(3);
		JsonNode backtest = this.http.getForObject(BASE + "/backtest", JsonNode.class);
		assertThat(backtest.get("demo").asBoolean()).isTrue();
		assertThat(backtest.at("/data/report/tested").asInt()).isGreaterThan(0);
		assertThat(backtest.at("/data/report/chosen").asText()).isEqualTo(plan.at("/data/chosen").asText());
		assertThat(backtest.at("/data/report/methods")).hasSize(3);
	}

	@Test
	void badQuestionsAreRefusedPlainly() {
		ResponseEntity<String> year = this.http.getForEntity(BASE + "?year=99999", String.class);
		assertThat(year.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(year.getBody()).contains("年份", "year");
		assertThat(this.http.getForEntity(BASE + "?zone=NOWHERE", String.class).getStatusCode().is4xxClientError())
			.isTrue();
		assertThat(this.http.getForEntity(BASE + "/NO_SUCH_INDICATOR", String.class).getStatusCode().is4xxClientError())
			.isTrue();
		// unpublished figures: the same answer as the evaluations give to the same client
		assertThat(this.http.getForEntity(BASE + "?includeUnpublished=true", String.class).getStatusCode()).isEqualTo(
				this.http.getForEntity("/api/v1/plans/chengxi-2021/evaluations?includeUnpublished=true", String.class)
					.getStatusCode());
	}

}
