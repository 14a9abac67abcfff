package org.corridor.observatory.registry.ladder.web;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cultivation ladder in a real browser, with the demo firms loaded: the funnel draws
 * one layer per rung with the API's counts, the tier and transition tables show the API's
 * figures, and the zone filter narrows them to the API's figures for that zone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class LadderBrowserTest extends BrowserTest {

	private static final String API = "/api/v1/plans/chengxi-2021/ladder";

	@Test
	void funnelAndTablesShowTheApiFiguresAndFollowTheZone() throws IOException {
		browser.get(url("/ladder?lang=zh_CN"));
		String year = new Select(browser.findElement(By.id("ladder-year"))).getFirstSelectedOption()
			.getAttribute("value");
		JsonNode corridor = this.http.getForObject(API + "?year=" + year, JsonNode.class);
		assertThat(corridor.get("demo").asBoolean()).isTrue();
		JsonNode report = corridor.get("data");
		assertThat(report.get("tiers")).isNotEmpty();
		WebElement funnel = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ladder-funnel[data-rendered]")));
		assertTables(report);
		long firstRung = report.get("tiers").get(0).get("held").asLong();
		assertThat(funnel.findElement(By.tagName("svg")).getText()).contains(Long.toString(firstRung), "DEMO");
		assertThat(browser.findElement(By.id("ladder-demo")).getText()).isEqualTo("DEMO");
		screenshot("ladder.png");

		JsonNode zoneReport = this.http.getForObject(API + "?year=" + year + "&zone=CORE_AREA", JsonNode.class)
			.get("data");
		WebElement before = browser.findElement(By.id("ladder-tier-table"));
		new Select(browser.findElement(By.id("ladder-zone"))).selectByValue("CORE_AREA");
		browser.findElement(By.id("ladder-submit")).click();
		waitUntilReplaced(before, Duration.ofSeconds(10));
		assertTables(zoneReport);
		assertThat(zoneReport.get("tiers").get(0).get("held").asLong()).isLessThanOrEqualTo(firstRung);
	}

	private static void assertTables(JsonNode report) {
		for (JsonNode tier : report.get("tiers")) {
			WebElement row = browser.findElement(By.id("ladder-tier-" + tier.get("code").asText()));
			assertThat(row.findElement(By.className("held")).getText()).isEqualTo(tier.get("held").asText());
			assertThat(row.findElement(By.className("gained")).getText()).isEqualTo(tier.get("gained").asText());
			assertThat(row.findElement(By.className("lost")).getText()).isEqualTo(tier.get("lost").asText());
		}
		for (JsonNode move : report.get("transitions")) {
			WebElement row = browser
				.findElement(By.id("ladder-transition-" + move.get("from").asText() + "-" + move.get("to").asText()));
			assertThat(row.findElement(By.className("base")).getText()).isEqualTo(move.get("base").asText());
			assertThat(row.findElement(By.className("moved")).getText()).isEqualTo(move.get("moved").asText());
		}
	}

}
