package org.corridor.observatory.compositeindex.web;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composite index page in a real browser on the demo figures: names not codes, the
 * example and DEMO marked, the ranking table and the sensitivity table as the API gives
 * them, both charts drawn; another normalisation chosen in the form shows the API's
 * ranking for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class CompositeIndexBrowserTest extends BrowserTest {

	private static final String API = "/api/v1/plans/chengxi-2021/composite-indices/HIGH_TECH_ZONE_EXAMPLE";

	@Test
	void pageShowsTheApiRankingChartsAndSensitivity() throws IOException {
		browser.get(url("/composite-index?lang=zh_CN"));
		wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#index-chart[data-rendered]")));
		wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#index-rank-chart[data-rendered]")));
		assertThat(browser.findElement(By.id("index-example")).getText()).isEqualTo("示例");
		assertThat(browser.findElement(By.id("index-demo")).getText()).isEqualTo("DEMO");
		assertThat(browser.findElement(By.id("index-basis")).getText()).contains("国科发火〔2021〕106号");
		assertThat(browser.findElement(By.id("index-empty-pillars")).getText()).contains("绿色发展和宜居包容性", "开放创新和国际竞争力");
		String year = new Select(browser.findElement(By.id("index-year"))).getFirstSelectedOption()
			.getAttribute("value");
		assertRanking(this.http.getForObject(API, JsonNode.class).get("data"), year);
		JsonNode sensitivity = this.http
			.getForObject(API + "/sensitivity?draws=1000&seed=1&year=" + year, JsonNode.class)
			.get("data");
		for (JsonNode zone : sensitivity.get("zones")) {
			WebElement row = browser.findElement(By.id("index-sens-" + zone.get("zone").asText()));
			assertThat(row.findElement(By.className("median")).getText())
				.isEqualTo(String.format("%.1f", zone.get("median").asDouble()));
			assertThat(row.findElement(By.className("mover")).getText()).isNotBlank();
		}
		String chart = browser.findElement(By.cssSelector("#index-chart svg")).getText();
		assertThat(chart).contains("DEMO", "结构优化和产业价值链");
		assertThat(browser.findElement(By.id("index-ranking")).getText()).contains("西湖区").doesNotContain("XIHU");
		screenshot("composite-index.png");
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("index-sensitivity")));
		screenshot("composite-index-sensitivity.png");

		WebElement before = browser.findElement(By.id("index-ranking"));
		new Select(browser.findElement(By.id("index-normalisation"))).selectByValue("z-score");
		browser.findElement(By.id("index-submit")).click();
		waitUntilReplaced(before, Duration.ofSeconds(20));
		assertRanking(this.http.getForObject(API + "?normalisation=z-score", JsonNode.class).get("data"), year);

		browser.get(url("/composite-index?lang=en&aggregation=geometric"));
		wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#index-chart[data-rendered]")));
		assertThat(browser.findElement(By.id("index-name")).getText())
			.isEqualTo("Innovation development index (example)");
		assertThat(browser.findElement(By.id("index-example")).getText()).isEqualTo("Example");
		assertThat(browser.findElement(By.id("index-ranking")).getText()).contains("Xihu District");
		assertRanking(this.http.getForObject(API + "?aggregation=geometric", JsonNode.class).get("data"), year);
		screenshot("composite-index-en.png");
	}

	private static void assertRanking(JsonNode result, String year) {
		JsonNode ranking = null;
		for (JsonNode y : result.get("years")) {
			if (y.get("year").asText().equals(year)) {
				ranking = y;
			}
		}
		assertThat(ranking).isNotNull();
		for (JsonNode zone : ranking.get("zones")) {
			WebElement row = browser.findElement(By.id("index-zone-" + zone.get("zone").asText()));
			assertThat(row.findElement(By.className("rank")).getText()).isEqualTo(zone.get("rank").asText());
			assertThat(row.findElement(By.className("score")).getText())
				.isEqualTo(String.format("%.2f", zone.get("score").asDouble()));
		}
	}

}
