package org.corridor.observatory.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.Uploads;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring journey of a corridor office, narrated: the corridor plan is loaded at
 * start-up; a reporting unit imports its figures (a GBK CSV, as Excel saves it); a file
 * with one bad row changes nothing; the evaluation for 2023 shows where the plan stands,
 * and the API and the dashboard page tell the same story.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext // publishes figures other tests of the shared context must not see
class PlanMonitoringScenarioTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	@Autowired
	TestRestTemplate http;

	@Test
	void reportingUnitImportsFiguresAndApiAndDashboardAgreeOnWhereThePlanStands() throws IOException {
		// The corridor plan is loaded at start-up, with the target the text states.
		JsonNode indicator = this.http.getForObject(PLAN + "/indicators/DIGITAL_CORE_REVENUE", JsonNode.class);
		assertThat(indicator.at("/targets/0/comparator").asText()).isEqualTo("GT");
		assertThat(indicator.at("/targets/0/value").decimalValue()).isEqualByComparingTo("10000");

		// The reporting unit downloads the Excel template of this plan.
		ResponseEntity<byte[]> template = this.http.getForEntity(PLAN + "/observations/template.xlsx", byte[].class);
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(template.getHeaders().getContentType().getSubtype()).contains("spreadsheetml");

		// A reporting unit imports digital-core revenue 2020–2023 from a GBK CSV.
		String csv = """
				指标代码,空间单元代码,期间,数值,来源,备注
				DIGITAL_CORE_REVENUE,CORRIDOR,2020,5000,统计局年报,基期
				DIGITAL_CORE_REVENUE,CORRIDOR,2021,6100,统计局年报,
				DIGITAL_CORE_REVENUE,CORRIDOR,2022,7000,统计局年报,
				DIGITAL_CORE_REVENUE,CORRIDOR,2023,8200,统计局年报,
				""";
		ResponseEntity<JsonNode> accepted = upload("figures.csv", csv.getBytes(Charset.forName("GBK")));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getBody().get("rowCount").asInt()).isEqualTo(4);
		assertThat(accepted.getBody().get("state").asText()).isEqualTo("PENDING");
		assertThat(accepted.getBody().get("encoding").asText()).isEqualTo("GB18030");
		// Until the management committee publishes the batch, nobody sees its figures.
		assertThat(this.http.getForObject(PLAN + "/observations?indicator=DIGITAL_CORE_REVENUE", JsonNode.class)
			.get("data")).isEmpty();
		JsonNode published = this.http.postForObject(
				PLAN + "/observations/batches/" + accepted.getBody().get("id").asLong() + "/publish", null,
				JsonNode.class);
		assertThat(published.get("inserted").asInt()).isEqualTo(4);
		assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");

		// The innovation-centre count is computed from the platform registry, so the
		// science bureau registers the centre accredited in 2023 there; a reported figure
		// for it is refused.
		ResponseEntity<JsonNode> centre = Uploads.upload(this.http, PLAN + "/platforms", "平台.csv",
				"平台代码,平台名称,平台类型,获批认定日期\r\nTIC_1,某国家技术创新中心,国家技术创新中心,2023-06-30\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(centre.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> reported = upload("centres.csv",
				"indicator_code,zone_code,period,value\nNATIONAL_INNOVATION_CENTRES,CORRIDOR,2023,1\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(reported.getBody().at("/problems/0/zh").asText()).contains("由登记库计算");

		// A second file with one good row and one unknown zone is rejected whole: nothing
		// changes.
		String bad = """
				indicator_code,zone_code,period,value
				DIGITAL_CORE_REVENUE,CORRIDOR,2024,9100
				DIGITAL_CORE_REVENUE,ATLANTIS,2024,9100
				""";
		ResponseEntity<JsonNode> rejected = upload("bad.csv", bad.getBytes(Charset.forName("UTF-8")));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rejected.getBody().at("/problems/0/row").asInt()).isEqualTo(3);
		assertThat(rejected.getBody().at("/problems/0/column").asText()).isEqualTo("zone_code");
		assertThat(this.http.getForObject(PLAN + "/observations?indicator=DIGITAL_CORE_REVENUE", JsonNode.class)
			.get("data")).hasSize(4);

		// The 2023 evaluation: C = (8200 − 5000)/(10000 − 5000) = 0.64, τ = 3/5 = 0.6, R
		// = 1.067 → on track;
		// centres: C = (1 − 0)/(3 − 0) = 0.333, R = 0.556 → off track.
		JsonNode evaluation = this.http.getForObject(PLAN + "/evaluations?year=2023", JsonNode.class);
		assertThat(evaluation.get("demo").asBoolean()).isFalse();
		Map<String, JsonNode> byCode = new java.util.HashMap<>();
		evaluation.at("/data/indicators").forEach((e) -> byCode.put(e.get("indicatorCode").asText(), e));
		JsonNode revenue = byCode.get("DIGITAL_CORE_REVENUE");
		assertThat(revenue.get("completion").asDouble()).isCloseTo(0.64, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(revenue.get("timeProgress").asDouble()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(revenue.get("status").asText()).isEqualTo("ON_TRACK");
		assertThat(byCode.get("NATIONAL_INNOVATION_CENTRES").get("status").asText()).isEqualTo("OFF_TRACK");
		assertThat(byCode.get("CORE_AREA_KM2").get("status").asText()).isEqualTo("NO_DATA");

		// The dashboard shows the same verdicts and figures.
		String page = this.http.getForObject("/?year=2023", String.class);
		assertThat(row(page, "DIGITAL_CORE_REVENUE")).contains("data-status=\"ON_TRACK\"", "8,200", "64.0%", "60.0%",
				"序时推进");
		assertThat(row(page, "NATIONAL_INNOVATION_CENTRES")).contains("data-status=\"OFF_TRACK\"", "严重滞后");
		assertThat(page).doesNotContain("demo-banner");
		for (String code : byCode.keySet()) {
			assertThat(row(page, code)).contains("data-status=\"" + byCode.get(code).get("status").asText() + "\"");
		}

		// The office downloads the evaluation as Excel: the same figures, marked as
		// reported, not demo.
		ResponseEntity<byte[]> export = this.http.getForEntity(PLAN + "/evaluations/export.xlsx?year=2023",
				byte[].class);
		assertThat(export.getHeaders().getFirst("X-Demo-Data")).isEqualTo("false");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("真实填报数据");
			Row first = sheet.getRow(3);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("DIGITAL_CORE_REVENUE");
			assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(8200.0);
			assertThat(first.getCell(10).getNumericCellValue()).isCloseTo(0.64,
					org.assertj.core.data.Offset.offset(1e-9));
			assertThat(first.getCell(16).getStringCellValue()).isEqualTo("序时推进");
			// shown as a reader expects: a figure in 亿元 to two places with separators, C
			// as a percentage
			assertThat(first.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(first.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("杭州城西科创大走廊")
				.doesNotContain("CORRIDOR");
		}
	}

	private ResponseEntity<JsonNode> upload(String name, byte[] content) {
		return Uploads.upload(this.http, PLAN + "/observations", name, content);
	}

	private static String row(String page, String code) {
		int start = page.indexOf("data-code=\"" + code + "\"");
		assertThat(start).as("row of " + code).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
