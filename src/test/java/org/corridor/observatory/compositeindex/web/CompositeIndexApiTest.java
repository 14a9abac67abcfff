package org.corridor.observatory.compositeindex.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The composite index API on the demo figures: the example definition, the six reporting
 * districts scored and ranked with each score adding up from its pillars, other choices
 * on request, a reproducible sensitivity run, the Excel export labelled DEMO, and bad
 * input refused with a located 400 in Chinese and English.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class CompositeIndexApiTest {

	private static final String API = "/api/v1/plans/chengxi-2021/composite-indices";

	private static final String INDEX = API + "/HIGH_TECH_ZONE_EXAMPLE";

	@Autowired
	TestRestTemplate http;

	@Test
	void listsTheExampleDefinition() {
		JsonNode list = this.http.getForObject(API, JsonNode.class);
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("code").asText()).isEqualTo("HIGH_TECH_ZONE_EXAMPLE");
		assertThat(list.get(0).get("example").asBoolean()).isTrue();
		assertThat(list.get(0).get("pillars")).hasSize(5);
	}

	@Test
	void scoresAndRanksTheReportingDistrictsWithTheirDecomposition() {
		JsonNode body = this.http.getForObject(INDEX, JsonNode.class);
		assertThat(body.get("demo").asBoolean()).isTrue();
		assertThat(body.get("notice").asText()).contains("DEMO");
		JsonNode result = body.get("data");
		assertThat(result.get("normalisation").asText()).isEqualTo("MIN_MAX");
		// no district reports the top institutions attracted: left out for everyone
		assertThat(result.get("leftOut").toString()).contains("TOP_INSTITUTIONS_ATTRACTED");
		JsonNode latest = result.get("years").get(result.get("years").size() - 1);
		JsonNode zones = latest.get("zones");
		assertThat(zones).hasSize(6);
		assertThat(zones.toString()).doesNotContain("LINPING");
		assertThat(zones.get(0).get("rank").asInt()).isEqualTo(1);
		for (JsonNode zone : zones) {
			double sum = 0;
			for (JsonNode pillar : zone.get("pillars")) {
				sum += pillar.get("contribution").isNull() ? 0 : pillar.get("contribution").asDouble();
			}
			assertThat(zone.get("score").asDouble()).isCloseTo(sum, within(1e-9));
		}
		JsonNode z = this.http.getForObject(INDEX + "?normalisation=z-score&aggregation=geometric", JsonNode.class)
			.get("data");
		assertThat(z.get("normalisation").asText()).isEqualTo("Z_SCORE");
		assertThat(z.get("aggregation").asText()).isEqualTo("GEOMETRIC");
	}

	@Test
	void aSensitivityRunIsReproducibleFromItsSeed() {
		JsonNode first = this.http.getForObject(INDEX + "/sensitivity?draws=2000&seed=9", JsonNode.class);
		JsonNode again = this.http.getForObject(INDEX + "/sensitivity?draws=2000&seed=9", JsonNode.class);
		assertThat(again).isEqualTo(first);
		assertThat(first.get("demo").asBoolean()).isTrue();
		JsonNode zones = first.get("data").get("zones");
		assertThat(zones).hasSize(6);
		for (JsonNode zone : zones) {
			assertThat(zone.get("p5").asDouble()).isLessThanOrEqualTo(zone.get("median").asDouble());
			assertThat(zone.get("median").asDouble()).isLessThanOrEqualTo(zone.get("p95").asDouble());
			assertThat(zone.get("scored").asInt()).isEqualTo(2000);
		}
	}

	@Test
	void exportsTheScoresAsExcelLabelledDemo() throws IOException {
		ResponseEntity<byte[]> response = this.http.getForEntity(INDEX + "/scores.xlsx", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet scores = workbook.getSheetAt(0);
			assertThat(scores.getRow(0).getCell(0).getStringCellValue()).startsWith("DEMO");
			assertThat(scores.getRow(2).getCell(0).getStringCellValue()).contains("示例");
			assertThat(scores.getRow(3).getCell(1).getStringCellValue()).isEqualTo("空间单元");
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isGreaterThan(scores.getLastRowNum());
		}
	}

	@Test
	void refusesBadInputWithALocated400AndAnUnknownIndexWith404() {
		ResponseEntity<JsonNode> bad = this.http.getForEntity(INDEX + "?normalisation=rank", JsonNode.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody().get("detail").asText()).contains("应为以下之一", "must be one of", "rank");
		ResponseEntity<JsonNode> many = this.http.getForEntity(INDEX + "/sensitivity?draws=20000", JsonNode.class);
		assertThat(many.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(many.getBody().get("detail").asText()).contains("抽样次数", "draws");
		ResponseEntity<JsonNode> unknown = this.http.getForEntity(API + "/NO_SUCH_INDEX", JsonNode.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody().get("detail").asText()).contains("NO_SUCH_INDEX");
	}

}
