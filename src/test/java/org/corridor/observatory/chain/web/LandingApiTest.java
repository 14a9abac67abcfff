package org.corridor.observatory.chain.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * Ranked landings over the demo chains and candidates: every candidate the chain offers
 * is ranked, gap kinds first and within a kind the larger share of remaining gaps closed
 * first, each share being the landing's delta over the corridor's target less its figure
 * as the evaluation gives them; a gap segment narrows the list; across every chain each
 * candidate appears once; insiders only; the Excel sheet is labelled and formatted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class LandingApiTest {

	static final String API = "/api/v1/plans/chengxi-2021/chains";

	@Autowired
	private TestRestTemplate http;

	@Test
	void aChainsLandingsAreRankedByGapThenBySharesOfRemainingGapsClosed() {
		String chain = chainWithCandidates(this.http);
		JsonNode offered = this.http.getForObject(API + "/" + chain + "/candidates?year=2023", JsonNode.class)
			.get("data");
		// in 2023 the corridor's digital-economy revenue is still short of its 2025
		// target
		JsonNode body = this.http.getForObject(API + "/" + chain + "/landings?year=2023", JsonNode.class);
		assertThat(body.get("demo").asBoolean()).isTrue();
		JsonNode ranked = body.at("/data/landings");
		assertThat(ranked).hasSize(offered.size());
		List<String> kinds = List.of("EMPTY", "SINGLE_POINT", "WEAK");
		int kind = 0;
		double score = Double.MAX_VALUE;
		int checkedShares = 0;
		for (int i = 0; i < ranked.size(); i++) {
			JsonNode landing = ranked.get(i);
			assertThat(landing.get("rank").asInt()).isEqualTo(i + 1);
			int k = kinds.indexOf(landing.get("kind").asText());
			assertThat(k).isGreaterThanOrEqualTo(kind);
			if (k > kind) {
				score = Double.MAX_VALUE;
			}
			kind = k;
			assertThat(landing.get("score").asDouble()).isLessThanOrEqualTo(score + 1e-12);
			score = landing.get("score").asDouble();
			double sum = 0;
			for (JsonNode moved : landing.get("moved")) {
				if (moved.get("shareClosed").isNull()) {
					continue;
				}
				String code = moved.get("code").asText();
				JsonNode evaluation = this.http
					.getForObject(
							"/api/v1/plans/chengxi-2021/evaluations/" + code + "?year=" + body.at("/data/year").asInt(),
							JsonNode.class)
					.get("data");
				double remaining = evaluation.get("targetValue").asDouble() - evaluation.get("actual").asDouble();
				assertThat(moved.get("remaining").asDouble()).isCloseTo(remaining, within(1e-6));
				double share = moved.get("delta").asDouble() / remaining;
				assertThat(moved.get("shareClosed").asDouble()).isCloseTo(share, within(1e-9));
				sum += Math.max(-1, Math.min(1, share));
				checkedShares++;
			}
			assertThat(landing.get("score").asDouble()).isCloseTo(sum, within(1e-9));
		}
		assertThat(checkedShares).as("some landing closes part of a remaining gap").isGreaterThan(0);

		// one gap segment: only the candidates filling it
		String segment = ranked.get(0).at("/gaps/0/segment").asText();
		JsonNode narrowed = this.http
			.getForObject(API + "/" + chain + "/landings?year=2023&segment=" + segment, JsonNode.class)
			.at("/data/landings");
		assertThat(narrowed.size()).isBetween(1, ranked.size());
		for (JsonNode landing : narrowed) {
			assertThat(landing.get("gaps"))
				.allSatisfy((gap) -> assertThat(gap.get("segment").asText()).isEqualTo(segment));
		}
	}

	@Test
	void acrossEveryChainEachCandidateAppearsOnceAndLandsInTheZoneAsked() {
		JsonNode all = this.http.getForObject(API + "/landings?zone=CORE_AREA", JsonNode.class).get("data");
		assertThat(all.get("zone").asText()).isEqualTo("CORE_AREA");
		assertThat(all.get("chain").isNull()).isTrue();
		Set<Long> seen = new HashSet<>();
		for (JsonNode landing : all.get("landings")) {
			assertThat(seen.add(landing.at("/candidate/id").asLong())).isTrue();
		}
		String chain = chainWithCandidates(this.http);
		int offered = this.http.getForObject(API + "/" + chain + "/candidates", JsonNode.class).get("data").size();
		assertThat(seen.size()).isGreaterThanOrEqualTo(offered);
	}

	@Test
	void insidersOnlyAndBadSegmentsAreRefused() {
		String chain = chainWithCandidates(this.http);
		ResponseEntity<String> anonymous = new TestRestTemplate()
			.getForEntity(this.http.getRootUri() + API + "/" + chain + "/landings", String.class);
		assertThat(anonymous.getStatusCode().is4xxClientError()).isTrue();
		ResponseEntity<String> bad = this.http.getForEntity(API + "/" + chain + "/landings?segment=NO_SUCH",
				String.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody()).contains("短板", "not a gap");
		assertThat(this.http.getForEntity(API + "/NO_SUCH_CHAIN/landings", String.class)
			.getStatusCode()
			.is4xxClientError()).isTrue();
	}

	@Test
	void theExcelSheetIsLabelledAndFormatted() throws IOException {
		String chain = chainWithCandidates(this.http);
		ResponseEntity<byte[]> response = this.http.getForEntity("/chains/" + chain + "/landings.xlsx", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DEMO");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("排序");
			Row first = sheet.getRow(3);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(first.getCell(15).getStringCellValue()).isEqualTo("DEMO");
		}
	}

	@Test
	void thePagesAreInEnglishTooAndEveryChainExports() throws IOException {
		String chain = chainWithCandidates(this.http);
		ResponseEntity<String> page = this.http.getForEntity("/chains/" + chain + "/landings?year=2023&lang=en",
				String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Ranked landings", "DEMO", "closes");
		ResponseEntity<byte[]> all = this.http.getForEntity("/chains/landings.xlsx?year=2023", byte[].class);
		assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.getBody()))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("全部产业链");
		}
	}

	static String chainWithCandidates(TestRestTemplate http) {
		for (JsonNode c : http.getForObject(API, JsonNode.class).at("/data/chains")) {
			String code = c.get("code").asText();
			if (!http.getForObject(API + "/" + code + "/candidates", JsonNode.class).get("data").isEmpty()) {
				return code;
			}
		}
		throw new AssertionError("no demo candidate fills a chain's gap");
	}

}
