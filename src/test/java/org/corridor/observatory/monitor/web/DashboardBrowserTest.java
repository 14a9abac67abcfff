package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (headless Chromium from Debian's packages), with the
 * demo figures loaded: the indicator table shows the same statuses as the API, the DEMO
 * banner is on, an indicator chart draws its figures and target, and the English switch
 * works. Screenshots go to {@code target/screenshots/}. Outside CI the test is skipped
 * when Chromium is not installed; in CI ({@code CI=true}) a missing browser fails it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class DashboardBrowserTest extends BrowserTest {

	@Test
	void indicatorTableShowsTheStatusesOfTheApiUnderADemoBanner() throws IOException {
		JsonNode api = this.http.getForObject("/api/v1/plans/chengxi-2021/evaluations", JsonNode.class);
		Map<String, String> expected = new HashMap<>();
		api.at("/data/indicators")
			.forEach((e) -> expected.put(e.get("indicatorCode").asText(), e.get("status").asText()));

		browser.get(url("/?lang=zh_CN"));
		List<WebElement> rows = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#indicator-table tbody tr"), 0));

		Map<String, String> shown = new HashMap<>();
		rows.forEach((row) -> shown.put(row.getAttribute("data-code"), row.getAttribute("data-status")));
		assertThat(shown).isEqualTo(expected);
		assertThat(api.get("demo").asBoolean()).isTrue();
		assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("DEMO");
		assertThat(
				browser.findElement(By.cssSelector("#indicator-table tr[data-code='DIGITAL_CORE_REVENUE']")).getText())
			.contains("数字经济核心产业营业收入", "> 10000", "DEMO");
		screenshot("dashboard.png");
	}

	@Test
	void indicatorChartDrawsEveryFigureAndTheTarget() throws IOException {
		JsonNode observations = this.http.getForObject(
				"/api/v1/plans/chengxi-2021/observations?indicator=DIGITAL_CORE_REVENUE&zone=CORRIDOR", JsonNode.class);
		assertThat(observations.get("data")).isNotEmpty();

		browser.get(url("/indicators/DIGITAL_CORE_REVENUE?lang=zh_CN"));
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.id("chart"), "data-rendered", "true"));

		String chartText = String.join("|",
				browser.findElements(By.cssSelector("#chart svg text")).stream().map(WebElement::getText).toList());
		for (JsonNode observation : observations.get("data")) {
			assertThat(chartText)
				.contains(observation.get("value").decimalValue().stripTrailingZeros().toPlainString());
		}
		// one zone's series, not every zone's figures as one line
		assertThat(browser.findElements(By.cssSelector("#observation-table tbody tr")))
			.hasSize(observations.get("data").size());
		assertThat(browser.findElement(By.id("indicator-scope")).getText()).startsWith("杭州城西科创大走廊 · ");
		assertThat(chartText).contains("目标值 10000", "DEMO");
		screenshot("indicator-chart.png");
	}

	@Test
	void importFormRejectsABadFileListingEveryBadRow() throws IOException {
		Path file = Files.createTempFile("figures", ".csv");
		Files.writeString(file, """
				指标代码,空间单元代码,期间,数值
				DIGITAL_CORE_REVENUE,CORRIDOR,2024,12.5.3
				DIGITAL_CORE_REVENUE,NOWHERE,2024,9000
				""");
		String before = this.http.getForObject("/api/v1/plans/chengxi-2021/observations", String.class);

		browser.get(url("/import?lang=zh_CN"));
		browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("form.upload button")).click();

		List<WebElement> problems = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#import-rejected tbody tr"), 2));
		assertThat(problems.get(0).getText()).startsWith("2 数值 12.5.3");
		assertThat(problems.get(1).getText()).startsWith("3 空间单元代码 NOWHERE");
		assertThat(this.http.getForObject("/api/v1/plans/chengxi-2021/observations", String.class)).isEqualTo(before);
		screenshot("import-rejected.png");
		Files.delete(file);
	}

	@Test
	void boundaryFormRefusesAFileNamingAnUnknownZone() throws IOException {
		Path file = Files.createTempFile("boundaries", ".geojson");
		Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"zone_code\":\"ATLANTIS\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
				+ "[[[119.9,30.3],[119.95,30.3],[119.95,30.35],[119.9,30.3]]]}}]}");

		browser.get(url("/import?lang=zh_CN"));
		browser.findElement(By.cssSelector("#boundary-form input[type=file]"))
			.sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#boundary-form input[name=source]")).sendKeys("测试");
		browser.findElement(By.cssSelector("#boundary-form button")).click();

		List<WebElement> problems = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#boundary-rejected tbody tr"), 1));
		assertThat(problems.get(0).getText()).contains("ATLANTIS");
		Files.delete(file);
	}

	@Test
	void switchesToEnglish() {
		browser.get(url("/?lang=zh_CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("规划实施总览");

		browser.findElement(By.id("lang-switch")).click();

		wait(Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Plan implementation overview"));
		assertThat(browser.findElement(By.id("demo-banner")).getText()).startsWith("DEMO DATA");
		browser.get(url("/?lang=zh_CN"));
	}

}
