package org.corridor.observatory.chain.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The industry chain pages in a real browser, with the demo firms loaded: the overview
 * lists every chain with the API's figures and draws the chains × zones matrix, a chain's
 * page shows its segments from upstream to downstream with the API's firm counts and gaps
 * and follows the zone filter, and the Excel export holds one row per segment under a
 * DEMO line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ChainBrowserTest extends BrowserTest {

	private static final String API = "/api/v1/plans/chengxi-2021/chains";

	private static final List<String> STAGES = List.of("upstream", "midstream", "downstream");

	@Test
	void overviewListsEveryChainAndDrawsTheMatrix() throws IOException {
		JsonNode report = this.http.getForObject(API, JsonNode.class);
		assertThat(report.get("demo").asBoolean()).isTrue();
		JsonNode matrix = this.http.getForObject(API + "/matrix", JsonNode.class).get("data");

		browser.get(url("/chains?lang=zh_CN"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#chains-table tbody tr"));
		JsonNode chains = report.at("/data/chains");
		assertThat(rows).hasSize(chains.size());
		for (int i = 0; i < chains.size(); i++) {
			JsonNode chain = chains.get(i);
			WebElement row = rows.get(i);
			assertThat(row.getAttribute("data-code")).isEqualTo(chain.get("code").asText());
			assertThat(row.findElement(By.className("chain-link")).getText()).isEqualTo(chain.at("/name/zh").asText());
			assertThat(row.findElement(By.className("firms")).getText()).isEqualTo(chain.get("firms").asText());
		}
		assertThat(field(chains, "firms")).anyMatch((firms) -> Integer.parseInt(firms) > 0);
		assertThat(browser.findElement(By.id("nav-chains")).getAttribute("class")).contains("active");
		assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("DEMO");

		List<WebElement> matrixRows = browser.findElements(By.cssSelector("#chains-matrix tbody tr"));
		assertThat(matrixRows).hasSize(matrix.get("rows").size());
		assertThat(browser.findElements(By.cssSelector("#chains-matrix thead th.group")))
			.extracting((th) -> th.getAttribute("data-level"))
			.containsExactly("town", "circle", "city", "district");
		assertThat(browser.findElements(By.cssSelector("#chains-matrix td.cell.host"))).isNotEmpty();
		// a town's cell shows the API's number of firms of the chain there
		JsonNode first = matrix.get("rows").get(0);
		int town = indexOfLevel(matrix, "town");
		WebElement cell = matrixRows.get(0)
			.findElement(
					By.cssSelector("td.cell[data-zone='" + matrix.get("zones").get(town).get("code").asText() + "']"));
		assertThat(cell.getAttribute("data-firms")).isEqualTo(first.get("cells").get(town).get("firms").asText());
		assertThat(browser.findElement(By.id("chains-legend")).getText()).contains("规划布局");
		browser.executeScript("document.getElementById('chains-table').scrollIntoView()");
		screenshot("chains.png");
	}

	@Test
	void chainPageShowsTheSegmentsInFlowOrderAndTheGaps() throws IOException {
		String code = largestChain();
		JsonNode detail = this.http.getForObject(API + "/" + code, JsonNode.class).get("data");

		browser.get(url("/chains/" + code + "?lang=zh_CN"));
		assertThat(browser.findElement(By.id("chain-name")).getText()).isEqualTo(detail.at("/chain/name/zh").asText());
		assertThat(browser.findElement(By.id("chain-firms")).getText()).isEqualTo(detail.at("/chain/firms").asText());
		assertFlow(detail);
		assertGaps(detail);
		assertThat(browser.findElement(By.id("chain-demo")).getText()).contains("DEMO");
		browser.executeScript("window.scrollTo(0, document.getElementById('chain-stars').getBoundingClientRect().top)");
		screenshot("chain.png");

		// the firms behind the first segment with firms, largest first, linked to their
		// pages
		JsonNode segment = segmentsInFlowOrder(detail).stream()
			.filter((s) -> s.get("firms").asInt() > 0)
			.findFirst()
			.orElseThrow();
		String segmentCode = segment.get("code").asText();
		JsonNode firms = this.http.getForObject(API + "/segments/" + segmentCode + "/firms", JsonNode.class)
			.get("data");
		browser.findElement(By.cssSelector(".segment-box[data-code='" + segmentCode + "']")).click();
		WebElement details = browser.findElement(By.id("seg-" + segmentCode));
		wait(Duration.ofSeconds(5)).until((driver) -> details.getAttribute("open") != null);
		List<WebElement> listed = details.findElements(By.cssSelector("tbody tr"));
		assertThat(listed).hasSize(Math.min(firms.get("total").asInt(), ChainPageController.TOP_FIRMS));
		assertThat(listed.get(0).getAttribute("data-uscc")).isEqualTo(firms.at("/firms/0/uscc").asText());
		assertThat(listed.get(0).findElement(By.tagName("a")).getAttribute("href"))
			.endsWith("/enterprises/" + firms.at("/firms/0/uscc").asText());
	}

	@Test
	void theZoneFilterShowsTheZonesFigures() {
		String code = largestChain();
		JsonNode matrix = this.http.getForObject(API + "/matrix", JsonNode.class).get("data");
		String zone = zoneWithPartOf(matrix, code);
		JsonNode whole = this.http.getForObject(API + "/" + code, JsonNode.class).get("data");
		JsonNode inZone = this.http.getForObject(API + "/" + code + "?zone=" + zone, JsonNode.class).get("data");
		assertThat(inZone.at("/chain/firms").asInt()).isLessThan(whole.at("/chain/firms").asInt());

		browser.get(url("/chains/" + code + "?lang=zh_CN"));
		WebElement wholePage = browser.findElement(By.id("chain-firms"));
		new Select(browser.findElement(By.id("chain-zone"))).selectByValue(zone);
		browser.findElement(By.id("chain-submit")).click();
		waitUntilReplaced(wholePage, Duration.ofSeconds(10));
		assertThat(browser.findElement(By.id("chain-firms")).getText()).isEqualTo(inZone.at("/chain/firms").asText());
		assertFlow(inZone);
		assertGaps(inZone);

		JsonNode report = this.http.getForObject(API + "?zone=" + zone, JsonNode.class).get("data");
		browser.get(url("/chains?lang=zh_CN"));
		WebElement corridorTable = browser.findElement(By.id("chains-table"));
		new Select(browser.findElement(By.id("chains-zone"))).selectByValue(zone);
		browser.findElement(By.id("chains-submit")).click();
		waitUntilReplaced(corridorTable, Duration.ofSeconds(10));
		assertThat(browser.findElements(By.cssSelector("#chains-table tbody tr td.firms")))
			.extracting(WebElement::getText)
			.containsExactlyElementsOf(field(report.get("chains"), "firms"));
	}

	@Test
	void theExcelExportHoldsTheDemoLineAndOneRowPerSegment() throws IOException {
		JsonNode report = this.http.getForObject(API, JsonNode.class).get("data");
		int segments = 0;
		for (JsonNode chain : report.get("chains")) {
			segments += chain.get("segments").size();
		}
		ResponseEntity<byte[]> response = this.http.getForEntity("/chains/export.xlsx?lang=zh_CN", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DEMO");
			Row header = sheet.getRow(2);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("产业链代码");
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("企业数");
			assertThat(sheet.getLastRowNum() - 2).isEqualTo(segments);
			List<String> codes = new ArrayList<>();
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				codes.add(sheet.getRow(r).getCell(2).getStringCellValue());
			}
			List<String> expected = new ArrayList<>();
			for (JsonNode chain : report.get("chains")) {
				expected.addAll(field(chain.get("segments"), "code"));
			}
			assertThat(codes).containsExactlyElementsOf(expected);
			assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).startsWith("DEMO");
			assertThat(workbook.getSheetAt(2).getLastRowNum() - 2).isEqualTo(report.get("chains").size());
		}
	}

	private void assertFlow(JsonNode detail) {
		List<JsonNode> expected = segmentsInFlowOrder(detail);
		List<WebElement> boxes = browser.findElements(By.cssSelector("#chain-flow .segment-box"));
		assertThat(boxes).extracting((box) -> box.getAttribute("data-code"))
			.containsExactlyElementsOf(expected.stream().map((s) -> s.get("code").asText()).toList());
		assertThat(boxes).extracting((box) -> box.getAttribute("data-firms"))
			.containsExactlyElementsOf(expected.stream().map((s) -> s.get("firms").asText()).toList());
		for (WebElement box : boxes) {
			if ("0".equals(box.getAttribute("data-firms"))) {
				assertThat(box.getAttribute("class")).contains("empty");
				assertThat(box.getText()).contains("缺链");
			}
			else {
				assertThat(box.findElement(By.className("seg-firms")).getText())
					.isEqualTo(box.getAttribute("data-firms"));
			}
		}
	}

	private void assertGaps(JsonNode detail) {
		JsonNode gaps = detail.get("gaps");
		List<WebElement> rows = browser.findElements(By.cssSelector("#chain-gaps tbody tr"));
		assertThat(rows).hasSize(gaps.size());
		for (int i = 0; i < gaps.size(); i++) {
			JsonNode gap = gaps.get(i);
			WebElement row = rows.get(i);
			assertThat(row.getAttribute("data-kind")).isEqualTo(gap.get("kind").asText());
			assertThat(row.findElement(By.className("rank")).getText()).isEqualTo(gap.get("rank").asText());
			assertThat(row.getText()).contains(gap.at("/evidence/zh").asText());
			if (!gap.get("segment").isNull()) {
				assertThat(row.getAttribute("data-segment")).isEqualTo(gap.get("segment").asText());
			}
		}
	}

	@Test
	void aCandidateIsOfferedForAGapAndItsLandingWorkedOut() throws IOException {
		JsonNode chains = this.http.getForObject(API, JsonNode.class).at("/data/chains");
		String chain = null;
		JsonNode candidate = null;
		for (JsonNode c : chains) {
			JsonNode found = this.http.getForObject(API + "/" + c.get("code").asText() + "/candidates", JsonNode.class)
				.get("data");
			if (!found.isEmpty()) {
				chain = c.get("code").asText();
				candidate = found.get(0);
				break;
			}
		}
		assertThat(candidate).as("a demo candidate fills some chain's gap").isNotNull();

		browser.get(url("/chains/" + chain + "?lang=zh_CN"));
		WebElement row = browser
			.findElement(By.cssSelector("#chain-candidates tr[data-candidate='" + candidate.get("id").asText() + "']"));
		assertThat(row.getText()).contains(candidate.get("name").asText(), candidate.at("/reason/zh").asText());
		new Select(row.findElement(By.name("landing"))).selectByValue("CORE_AREA");
		row.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement landing = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("chain-landing")));

		JsonNode effect = this.http
			.getForObject(API + "/landing?candidate=" + candidate.get("id").asText() + "&zone=CORE_AREA",
					JsonNode.class)
			.get("data");
		for (JsonNode change : effect.get("segments")) {
			WebElement shown = landing.findElement(
					By.cssSelector("#landing-segments tr[data-segment='" + change.get("segment").asText() + "']"));
			assertThat(shown.findElement(By.className("firms-change")).getText())
				.isEqualTo(change.at("/before/firms").asInt() + " → " + change.at("/after/firms").asInt());
			assertThat(change.at("/after/firms").asInt()).isEqualTo(change.at("/before/firms").asInt() + 1);
		}
		assertThat(browser.findElements(By.cssSelector("#landing-indicators tbody tr")))
			.hasSize(effect.get("indicators").size());
		screenshot("chain-landing.png");
	}

	private static List<JsonNode> segmentsInFlowOrder(JsonNode detail) {
		List<JsonNode> segments = new ArrayList<>();
		detail.at("/chain/segments").forEach(segments::add);
		segments.sort(Comparator.comparingInt((JsonNode s) -> {
			int at = STAGES.indexOf(s.get("stage").asText().toLowerCase());
			return (at >= 0) ? at : STAGES.size();
		}));
		return segments;
	}

	/** The chain with the most segments. */
	private String largestChain() {
		JsonNode chains = this.http.getForObject(API, JsonNode.class).at("/data/chains");
		JsonNode largest = chains.get(0);
		for (JsonNode chain : chains) {
			if (chain.get("segments").size() > largest.get("segments").size()) {
				largest = chain;
			}
		}
		return largest.get("code").asText();
	}

	/** A town holding some but not all of the chain's firms. */
	private static String zoneWithPartOf(JsonNode matrix, String chain) {
		for (JsonNode row : matrix.get("rows")) {
			if (!row.get("chain").asText().equals(chain)) {
				continue;
			}
			String best = null;
			int most = 0;
			for (int z = 0; z < matrix.get("zones").size(); z++) {
				JsonNode zone = matrix.get("zones").get(z);
				int firms = row.get("cells").get(z).get("firms").asInt();
				if ("town".equals(zone.get("level").asText()) && firms > most && firms < row.get("firms").asInt()) {
					most = firms;
					best = zone.get("code").asText();
				}
			}
			assertThat(best).as("a town with part of " + chain).isNotNull();
			return best;
		}
		throw new AssertionError("no row for " + chain);
	}

	/** A field of each element of an array, as text. */
	private static List<String> field(JsonNode array, String name) {
		List<String> values = new ArrayList<>();
		array.forEach((element) -> values.add(element.get(name).asText()));
		return values;
	}

	private static int indexOfLevel(JsonNode matrix, String level) {
		for (int z = 0; z < matrix.get("zones").size(); z++) {
			if (level.equals(matrix.get("zones").get(z).get("level").asText())) {
				return z;
			}
		}
		throw new AssertionError("no zone of level " + level);
	}

}
