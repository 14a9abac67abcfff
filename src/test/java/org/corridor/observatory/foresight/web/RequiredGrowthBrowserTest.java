package org.corridor.observatory.foresight.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The required growth in a real browser over the demo figures: the table says for every
 * indicator what the API says, with names, not codes; choosing another zone shows that
 * zone's; the overview has a column of it and the indicator page says it beside the
 * forecast. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class RequiredGrowthBrowserTest extends BrowserTest {

	private static final String API = "/api/v1/plans/chengxi-2021/required-growth";

	@Test
	void theTableSaysWhatEachIndicatorNeedsAndFollowsTheZoneChosen() throws IOException {
		JsonNode corridor = this.http.getForObject(API + "?zone=CORRIDOR&year=2023", JsonNode.class).get("data");
		browser.get(url("/foresight/required?zone=CORRIDOR&year=2023&lang=zh_CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("所需增速", "DEMO");
		assertThat(browser.findElements(By.cssSelector("#required-table tbody tr")))
			.hasSize(corridor.get("rows").size());
		JsonNode revenue = null;
		for (JsonNode row : corridor.get("rows")) {
			WebElement shown = browser.findElement(By.id("required-" + row.get("indicatorCode").asText()));
			assertThat(shown.getAttribute("data-verdict")).isEqualTo(row.get("verdict").asText());
			assertThat(shown.findElement(By.cssSelector(".verdict .text")).getText())
				.isEqualTo(row.at("/text/zh").asText());
			if (row.get("indicatorCode").asText().equals("DIGITAL_CORE_REVENUE")) {
				revenue = row;
			}
		}
		WebElement row = browser.findElement(By.id("required-DIGITAL_CORE_REVENUE"));
		assertThat(row.findElement(By.tagName("a")).getText()).isEqualTo("数字经济核心产业营业收入");
		assertThat(row.findElement(By.className("required")).getText())
			.isEqualTo(String.format(Locale.ROOT, "%.1f%%", revenue.get("required").asDouble() * 100) + "/年");
		assertThat(row.findElement(By.className("pace")).getText())
			.isEqualTo(String.format(Locale.ROOT, "%.1f", revenue.get("pace").asDouble()) + "×");
		screenshot("required-growth.png");

		// another zone: its own targets, or none
		Select zones = new Select(browser.findElement(By.id("required-zone")));
		String other = null;
		for (WebElement option : zones.getOptions()) {
			if (!option.getAttribute("value").equals("CORRIDOR")) {
				other = option.getAttribute("value");
				break;
			}
		}
		WebElement table = browser.findElement(By.id("required-table"));
		zones.selectByValue(other);
		waitUntilReplaced(table, Duration.ofSeconds(20));
		JsonNode zone = this.http.getForObject(API + "?zone=" + other + "&year=2023", JsonNode.class).get("data");
		WebElement again = browser.findElement(By.id("required-DIGITAL_CORE_REVENUE"));
		assertThat(again.getAttribute("data-verdict")).isEqualTo(zone.at("/rows/0/verdict").asText());
		assertThat(browser.findElement(By.id("required-scope")).getText()).doesNotContain(other);
	}

	@Test
	void theOverviewHasAColumnOfIt() throws IOException {
		JsonNode api = this.http.getForObject(API + "/DIGITAL_CORE_REVENUE?year=2023", JsonNode.class).get("data");
		browser.get(url("/?year=2023&lang=zh_CN"));
		WebElement cell = browser
			.findElement(By.cssSelector("#indicator-table tr[data-code='DIGITAL_CORE_REVENUE'] td.required-growth"));
		assertThat(cell.getAttribute("data-verdict")).isEqualTo(api.get("verdict").asText());
		assertThat(cell.getText()).contains(String.format(Locale.ROOT, "%.1f%%", api.get("required").asDouble() * 100)
				+ "/年 · " + String.format(Locale.ROOT, "%.1f", api.get("pace").asDouble()) + "×");
		assertThat(cell.findElement(By.className("badge")).getAttribute("title"))
			.isEqualTo(api.at("/text/zh").asText());
		assertThat(browser.findElement(By.id("required-link")).getAttribute("href")).contains("/foresight/required",
				"year=2023");
		new Actions(browser).scrollToElement(browser.findElement(By.id("indicator-table"))).perform();
		screenshot("required-growth-overview.png");
	}

	@Test
	void theIndicatorPageSaysItBesideTheForecast() throws IOException {
		JsonNode api = this.http.getForObject(API + "/DIGITAL_CORE_REVENUE?year=2023", JsonNode.class).get("data");
		browser.get(url("/indicators/DIGITAL_CORE_REVENUE?year=2023&lang=zh_CN"));
		WebElement shown = browser.findElement(By.id("required-growth"));
		assertThat(shown.getAttribute("data-verdict")).isEqualTo(api.get("verdict").asText());
		assertThat(shown.getText()).contains("所需增速", api.at("/text/zh").asText());
		new Actions(browser).scrollToElement(shown).perform();
		screenshot("required-growth-indicator.png");
		WebElement link = browser.findElement(By.id("required-link"));
		link.click();
		waitUntilReplaced(link, Duration.ofSeconds(20));
		assertThat(browser.getCurrentUrl()).contains("/foresight/required");
		assertThat(browser.findElement(By.id("required-DIGITAL_CORE_REVENUE"))).isNotNull();
	}

}
