package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranked landings in a real browser over the demo chains: reached from the chain page,
 * the candidates in the API's order with the gaps they fill and the indicators they move
 * by name, one gap segment chosen narrows the list. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class LandingBrowserTest extends BrowserTest {

	@Test
	void theChainsLandingsAreRankedAsTheApiRanksThemAndASegmentNarrowsThem() throws IOException {
		String chain = LandingApiTest.chainWithCandidates(this.http);
		JsonNode api = this.http.getForObject(LandingApiTest.API + "/" + chain + "/landings?year=2023", JsonNode.class)
			.get("data");

		browser.get(url("/chains/" + chain + "?year=2023&lang=zh_CN"));
		WebElement link = browser.findElement(By.id("chain-landings-link"));
		link.click();
		waitUntilReplaced(link, Duration.ofSeconds(30));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("招引落地排序", "DEMO");
		List<WebElement> rows = browser.findElements(By.cssSelector("#landings-table tbody tr"));
		JsonNode landings = api.get("landings");
		assertThat(rows).hasSize(landings.size());
		for (int i = 0; i < landings.size(); i++) {
			JsonNode landing = landings.get(i);
			WebElement row = rows.get(i);
			assertThat(row.getAttribute("data-candidate")).isEqualTo(landing.at("/candidate/id").asText());
			assertThat(row.findElement(By.className("name")).getText())
				.isEqualTo(landing.at("/candidate/name").asText());
			assertThat(row.findElement(By.className("gaps")).getText())
				.contains(landing.at("/gaps/0/segmentName/zh").asText());
			for (JsonNode moved : landing.get("moved")) {
				WebElement shown = row
					.findElement(By.cssSelector(".moved [data-indicator='" + moved.get("code").asText() + "']"));
				assertThat(shown.getText()).contains(moved.at("/name/zh").asText());
				if (!moved.get("shareClosed").isNull()) {
					assertThat(shown.getText()).contains("缩小剩余缺口");
				}
			}
		}
		screenshot("chain-landings.png");

		String segment = landings.get(0).at("/gaps/0/segment").asText();
		new Select(browser.findElement(By.id("landings-segment"))).selectByValue(segment);
		WebElement table = browser.findElement(By.id("landings-table"));
		browser.findElement(By.id("landings-submit")).click();
		waitUntilReplaced(table, Duration.ofSeconds(30));
		List<WebElement> narrowed = browser.findElements(By.cssSelector("#landings-table tbody tr"));
		assertThat(narrowed).isNotEmpty().hasSizeLessThanOrEqualTo(rows.size());
		for (WebElement row : narrowed) {
			assertThat(row.findElements(By.cssSelector(".gaps [data-segment]")))
				.allSatisfy((gap) -> assertThat(gap.getAttribute("data-segment")).isEqualTo(segment));
		}
	}

	@Test
	void everyChainsLandingsAreOnePage() throws IOException {
		browser.get(url("/chains/landings?year=2023&lang=zh_CN"));
		assertThat(browser.findElement(By.id("landings-scope")).getText()).contains("全部产业链");
		List<WebElement> rows = browser.findElements(By.cssSelector("#landings-table tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).getAttribute("data-rank")).isEqualTo("1");
		screenshot("chain-landings-all.png");
	}

}
