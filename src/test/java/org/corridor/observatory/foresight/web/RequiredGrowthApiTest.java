package org.corridor.observatory.foresight.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
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
 * The required growth over the demo figures: the rate the API gives is the one the
 * forecast's own figures imply, (10000/V)^(1/(2025 − t)) − 1 for the digital-economy
 * revenue; anyone may read it, labelled DEMO; every indicator of a zone has a verdict;
 * the Excel sheet carries number formats; bad years are refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class RequiredGrowthApiTest {

	private static final String BASE = "/api/v1/plans/chengxi-2021/required-growth";

	@Autowired
	private TestRestTemplate http;

	@Test
	void theRateNeededIsTheOneTheFiguresImply() {
		JsonNode forecast = this.http
			.getForObject("/api/v1/plans/chengxi-2021/forecasts/DIGITAL_CORE_REVENUE?year=2023", JsonNode.class)
			.get("data");
		JsonNode figures = forecast.get("figures");
		JsonNode first = figures.get(0);
		JsonNode latest = figures.get(figures.size() - 1);
		double v = latest.get("value").asDouble();
		double v0 = first.get("value").asDouble();
		int t = latest.get("year").asInt();
		int t0 = first.get("year").asInt();

		JsonNode body = new TestRestTemplate().getForObject(url(BASE + "/DIGITAL_CORE_REVENUE?year=2023"),
				JsonNode.class);
		assertThat(body.get("demo").asBoolean()).isTrue();
		assertThat(body.get("notice").asText()).contains("DEMO");
		JsonNode r = body.get("data");
		assertThat(r.get("latestYear").asInt()).isEqualTo(t);
		assertThat(r.get("targetValue").asDouble()).isEqualTo(10000.0);
		// the demo revenue is still short of the 2025 target in 2023
		assertThat(v).isLessThan(10000);
		assertThat(r.get("basis").asText()).isEqualTo("COMPOUND");
		double needed = Math.pow(10000 / v, 1.0 / (2025 - t)) - 1;
		double sofar = Math.pow(v / v0, 1.0 / (t - t0)) - 1;
		assertThat(r.get("required").asDouble()).isCloseTo(needed, within(1e-9));
		assertThat(r.get("achieved").asDouble()).isCloseTo(sofar, within(1e-9));
		assertThat(r.get("pace").asDouble()).isCloseTo(needed / sofar, within(1e-9));
		assertThat(r.get("verdict").asText()).isEqualTo((needed <= sofar) ? "ON_PACE" : "BEHIND");
		assertThat(r.at("/text/zh").asText()).startsWith("到 2025 年需年均增长 ");
		assertThat(r.get("probability").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void everyIndicatorOfAZoneHasAVerdictAndOnceOnlyFiguresAreNotSeries() {
		JsonNode body = new TestRestTemplate().getForObject(url(BASE + "?zone=CORRIDOR&year=2023"), JsonNode.class);
		JsonNode rows = body.at("/data/rows");
		assertThat(rows.size()).isGreaterThan(3);
		for (JsonNode row : rows) {
			assertThat(row.get("verdict").asText()).isNotBlank();
			assertThat(row.at("/text/zh").asText()).isNotBlank();
			assertThat(row.at("/text/en").asText()).isNotBlank();
			if (row.get("indicatorCode").asText().equals("CORE_AREA_KM2")) {
				assertThat(row.get("verdict").asText()).isEqualTo("NOT_A_SERIES");
			}
		}
		// as of the second year there is one figure at most: nothing to measure a pace by
		JsonNode early = this.http.getForObject(BASE + "/DIGITAL_CORE_REVENUE?year=2020", JsonNode.class);
		assertThat(early.at("/data/verdict").asText()).isEqualTo("CANNOT_ASSESS");
		assertThat(early.at("/data/text/en").asText()).isEqualTo("fewer than 2 figures: cannot assess");
	}

	@Test
	void theExcelSheetIsLabelledAndFormatted() throws IOException {
		ResponseEntity<byte[]> response = this.http.getForEntity("/foresight/required.xlsx?zone=CORRIDOR&year=2023",
				byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DEMO");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("指标");
			Row revenue = null;
			for (int i = 3; i <= sheet.getLastRowNum(); i++) {
				if (sheet.getRow(i).getCell(0).getStringCellValue().equals("DIGITAL_CORE_REVENUE")) {
					revenue = sheet.getRow(i);
				}
			}
			assertThat(revenue).isNotNull();
			assertThat(revenue.getCell(1).getStringCellValue()).isEqualTo("数字经济核心产业营业收入");
			assertThat(revenue.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat(revenue.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			if (revenue.getCell(11) != null) {
				assertThat(revenue.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			}
			assertThat(revenue.getCell(18).getStringCellValue()).isEqualTo("DEMO");
		}
	}

	@Test
	void thePageIsInEnglishToo() {
		ResponseEntity<String> page = new TestRestTemplate()
			.getForEntity(url("/foresight/required?zone=CORRIDOR&year=2023&lang=en"), String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Required growth", "DEMO",
				"Digital-economy core industry operating revenue", "a year until 2025");
	}

	@Test
	void badYearsAreRefused() {
		ResponseEntity<String> year = this.http.getForEntity(BASE + "?year=99999", String.class);
		assertThat(year.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(year.getBody()).contains("年份", "year");
		assertThat(this.http.getForEntity(BASE + "?zone=NOWHERE", String.class).getStatusCode().is4xxClientError())
			.isTrue();
		assertThat(this.http.getForEntity("/foresight/required?year=99999", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private String url(String path) {
		return this.http.getRootUri() + path;
	}

}
