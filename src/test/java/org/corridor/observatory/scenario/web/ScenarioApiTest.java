package org.corridor.observatory.scenario.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.corridor.observatory.Uploads;
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
 * Scenarios over the API on the demo figures, in a database of their own: made, saved as
 * versions (the same content makes none), refused whole with located problems, run beside
 * the baseline, compared, and their assumptions round-tripped through Excel.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true",
				"spring.datasource.url=jdbc:h2:mem:scenario-${random.uuid};DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class ScenarioApiTest {

	private static final String BASE = "/api/v1/plans/chengxi-2021/scenarios";

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private Scenarios scenarios;

	@Test
	void aScenarioIsSavedInVersionsAndTheSameContentMakesNone() {
		long id = create("加快数字经济", growth(20)).at("/data/id").asLong();
		JsonNode scenario = this.http.getForObject(BASE + "/" + id, JsonNode.class);
		assertThat(scenario.at("/data/versions")).hasSize(1);
		assertThat(scenario.at("/data/current/assumptions/0/kind").asText()).isEqualTo("GROWTH");

		JsonNode same = put(id, Map.of("name", "加快数字经济", "assumptions", List.of(growth(20)))).getBody();
		assertThat(same.at("/data/changed").asBoolean()).isFalse();
		JsonNode changed = put(id, Map.of("name", "加快数字经济", "note", "提高增速", "assumptions", List.of(growth(30))))
			.getBody();
		assertThat(changed.at("/data/changed").asBoolean()).isTrue();
		assertThat(changed.at("/data/scenario/versions")).hasSize(2);
		assertThat(changed.at("/data/scenario/versions/0/number").asInt()).isEqualTo(2);
		assertThat(changed.at("/data/scenario/versions/0/savedBy").asText()).isNotBlank();
		// the first version is kept as it was
		JsonNode first = this.http.getForObject(BASE + "/" + id + "/versions/1", JsonNode.class);
		assertThat(first.at("/data/assumptions/0/rate").decimalValue()).isEqualByComparingTo("20");
	}

	@Test
	void theDemoScenarioIsSavedAtStartAndRunsAsDemo() {
		JsonNode demo = null;
		for (JsonNode scenario : this.http.getForObject(BASE, JsonNode.class).get("data")) {
			if (scenario.at("/current/name").asText().startsWith("【演示】")) {
				demo = scenario;
			}
		}
		assertThat(demo).as("the DEMO scenario").isNotNull();
		assertThat(demo.at("/current/assumptions")).hasSize(2);
		assertThat(demo.at("/current/assumptions/0/kind").asText()).isEqualTo("GROWTH");
		assertThat(demo.at("/current/assumptions/1/kind").asText()).isEqualTo("LANDING");
		assertThat(demo.at("/current/demo").asBoolean()).as("it names a DEMO candidate").isTrue();
		JsonNode run = this.http.getForObject(BASE + "/" + demo.get("id").asLong() + "/run", JsonNode.class);
		assertThat(run.get("demo").asBoolean()).isTrue();
		assertThat(indicator(run.at("/data"), "DIGITAL_CORE_REVENUE").at("/milestones/0/change").asDouble())
			.isPositive();
	}

	@Test
	void aRejectedSaveIsLocatedAndChangesNothing() {
		long id = create("基准加一", growth(5)).at("/data/id").asLong();
		int before = this.http.getForObject(BASE, JsonNode.class).at("/data").size();
		ResponseEntity<JsonNode> bad = this.http.postForEntity(BASE, Map.of("name", "坏情景", "assumptions", List
			.of(Map.of("kind", "GROWTH", "indicator", "NO_SUCH", "zone", "CORRIDOR", "year", 2024, "rate", 2000))),
				JsonNode.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody().at("/problems")).hasSize(2);
		assertThat(bad.getBody().at("/problems/0/row").asInt()).isEqualTo(1);
		assertThat(bad.getBody().at("/problems/0/column").asText()).isEqualTo("indicator");
		assertThat(bad.getBody().at("/problems/1/zh").asText()).contains("−100 至 1000");
		assertThat(this.http.getForObject(BASE, JsonNode.class).at("/data").size()).isEqualTo(before);
		ResponseEntity<JsonNode> badSave = put(id, Map.of("name", "基准加一", "assumptions",
				List.of(Map.of("kind", "BOUNDARY", "zone", "LINPING", "year", 2040, "rate", 100))));
		assertThat(badSave.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.getForObject(BASE + "/" + id, JsonNode.class).at("/data/versions")).hasSize(1);
		assertThat(new TestRestTemplate().getForEntity(this.http.getRootUri() + BASE, String.class)
			.getStatusCode()
			.is2xxSuccessful()).isFalse();
	}

	@Test
	void aRunSetsTheScenarioBesideTheBaselineAndTwoCompareSideBySide() {
		long fast = create("快", growth(40)).at("/data/id").asLong();
		long firm = this.scenarios.candidates("chengxi-2021").keySet().iterator().next();
		long landing = create("落地", Map.of("kind", "LANDING", "candidate", firm, "zone", "XIHU", "year", 2024))
			.at("/data/id")
			.asLong();
		JsonNode run = this.http.getForObject(BASE + "/" + fast + "/run?year=2023", JsonNode.class);
		assertThat(run.get("demo").asBoolean()).isTrue();
		assertThat(run.at("/data/asOfYear").asInt()).isEqualTo(2023);
		JsonNode revenue = indicator(run.at("/data"), "DIGITAL_CORE_REVENUE");
		JsonNode m = revenue.at("/milestones/0");
		assertThat(m.get("year").asInt()).isEqualTo(2025);
		double latest = 0;
		for (JsonNode figure : this.http
			.getForObject("/api/v1/plans/chengxi-2021/forecasts/DIGITAL_CORE_REVENUE?year=2023", JsonNode.class)
			.at("/data/figures")) {
			latest = figure.get("value").asDouble();
		}
		// 40 % a year from 2024 on the 2023 figure, two years
		assertThat(m.get("value").asDouble()).isCloseTo(latest * 1.4 * 1.4,
				org.assertj.core.api.Assertions.within(1e-6));
		assertThat(m.get("change").asDouble()).isCloseTo(m.get("value").asDouble() - m.get("baseline").asDouble(),
				org.assertj.core.api.Assertions.within(1e-6));
		assertThat(m.get("probability").asDouble()).isGreaterThanOrEqualTo(m.get("baselineProbability").asDouble());
		assertThat(m.at("/contributions/0/kind").asText()).isEqualTo("GROWTH");

		JsonNode compare = this.http.getForObject(BASE + "/compare?ids=" + fast + "," + landing + "&year=2023",
				JsonNode.class);
		assertThat(compare.at("/data/runs")).hasSize(2);
		assertThat(compare.at("/data/runs/1/name").asText()).isEqualTo("落地");
		assertThat(compare.at("/data/runs/0/indicators").size())
			.isEqualTo(compare.at("/data/runs/1/indicators").size());
		ResponseEntity<byte[]> sheet = this.http.getForEntity(BASE + "/compare.xlsx?ids=" + fast + "," + landing,
				byte[].class);
		assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(sheet.getBody()))) {
			org.apache.poi.ss.usermodel.Sheet results = book.getSheetAt(0);
			assertThat(results.getRow(0).getCell(0).getStringCellValue()).contains("DEMO");
			org.apache.poi.ss.usermodel.Row header = results.getRow(2);
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("基准预测");
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("快 v1 推演值");
			assertThat(header.getCell(12).getStringCellValue()).isEqualTo("落地 v1 推演值");
			org.apache.poi.ss.usermodel.Row first = results.getRow(3);
			assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isNotEqualTo("General");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void assumptionsGoToExcelAndBackAndABadSheetChangesNothing() {
		long id = create("表格往返", growth(12), Map.of("kind", "BOUNDARY", "zone", "LINPING", "year", 2024, "rate", 50))
			.at("/data/id")
			.asLong();
		byte[] sheet = this.http.getForObject(BASE + "/" + id + "/assumptions.xlsx", byte[].class);
		ResponseEntity<JsonNode> back = Uploads.upload(this.http, BASE + "/" + id + "/assumptions", "back.xlsx", sheet);
		assertThat(back.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(back.getBody().at("/data/changed").asBoolean()).isFalse();
		assertThat(back.getBody().at("/data/scenario/versions")).hasSize(1);

		byte[] edited = ("假设类型,指标名称,空间单元名称,起始年份,增速或比例\n" + "增速,数字经济核心产业营业收入,西湖区,2024,9\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		ResponseEntity<JsonNode> named = Uploads.upload(this.http, BASE + "/" + id + "/assumptions", "named.csv",
				edited);
		assertThat(named.getBody().at("/data/changed").asBoolean()).isTrue();
		assertThat(named.getBody().at("/data/scenario/current/assumptions/0/zone").asText()).isEqualTo("XIHU");
		assertThat(named.getBody().at("/data/scenario/current/assumptions/0/indicator").asText())
			.isEqualTo("DIGITAL_CORE_REVENUE");

		byte[] bad = ("假设类型,指标代码,空间单元代码,起始年份,增速或比例\n" + "增速,DIGITAL_CORE_REVENUE,XIHU,2024,9\n"
				+ "魔法,DIGITAL_CORE_REVENUE,XIHU,二〇二四,9\n" + "增速,DIGITAL_CORE_REVENUE,NOWHERE,2024,9\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		ResponseEntity<JsonNode> refused = Uploads.upload(this.http, BASE + "/" + id + "/assumptions", "bad.csv", bad);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().at("/problems/0/row").asInt()).isEqualTo(3);
		assertThat(refused.getBody().at("/problems/0/column").asText()).isEqualTo("假设类型");
		assertThat(refused.getBody().at("/problems/1/column").asText()).isEqualTo("起始年份");
		assertThat(this.http.getForObject(BASE + "/" + id, JsonNode.class).at("/data/versions")).hasSize(2);
		// a sheet whose rows read but fail the plan's checks: located at its row too
		byte[] unknown = ("假设类型,指标代码,空间单元代码,起始年份,增速或比例\n" + "增速,DIGITAL_CORE_REVENUE,NOWHERE,2024,9\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		ResponseEntity<JsonNode> located = Uploads.upload(this.http, BASE + "/" + id + "/assumptions", "unknown.csv",
				unknown);
		assertThat(located.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(located.getBody().at("/problems/0/row").asInt()).isEqualTo(2);
		assertThat(located.getBody().at("/problems/0/column").asText()).isEqualTo("zone");
		assertThat(this.http.getForObject(BASE + "/" + id, JsonNode.class).at("/data/versions")).hasSize(2);
	}

	@Test
	void anArchivedScenarioIsKeptButNotListed() {
		long id = create("旧情景", growth(1)).at("/data/id").asLong();
		this.http.postForEntity(BASE + "/" + id + "/archive", null, JsonNode.class);
		assertThat(this.http.getForObject(BASE, JsonNode.class).at("/data").findValuesAsText("id"))
			.doesNotContain(String.valueOf(id));
		assertThat(this.http.getForObject(BASE + "/" + id, JsonNode.class).at("/data/archivedAt").isNull()).isFalse();
		assertThat(put(id, Map.of("name", "旧情景", "assumptions", List.of(growth(2)))).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.getForEntity(BASE + "/999999", JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@SafeVarargs
	private JsonNode create(String name, Map<String, Object>... assumptions) {
		ResponseEntity<JsonNode> made = this.http.postForEntity(BASE,
				Map.of("name", name, "assumptions", List.of(assumptions)), JsonNode.class);
		assertThat(made.getStatusCode()).as(String.valueOf(made.getBody())).isEqualTo(HttpStatus.CREATED);
		return made.getBody();
	}

	private ResponseEntity<JsonNode> put(long id, Map<String, Object> body) {
		return this.http.exchange(BASE + "/" + id, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
	}

	private static Map<String, Object> growth(double rate) {
		return Map.of("kind", "GROWTH", "indicator", "DIGITAL_CORE_REVENUE", "zone", "CORRIDOR", "year", 2024, "rate",
				rate);
	}

	private static JsonNode indicator(JsonNode run, String code) {
		for (JsonNode indicator : run.get("indicators")) {
			if (indicator.get("code").asText().equals(code)) {
				return indicator;
			}
		}
		throw new AssertionError("no " + code);
	}

}
