package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.corridor.observatory.web.Printed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison page in a real browser with the DEMO figures: one small chart per
 * district drawn with that district's figures, the map's districts coloured and labelled
 * for the year the slider picks (moving the slider moves the map's year), and the page as
 * it prints — no navigation or form, the DEMO notice kept. Screenshots and the printed
 * PDF go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class CompareBrowserTest extends BrowserTest {

	private static final String INDICATOR = "DIGITAL_CORE_REVENUE";

	@Test
	void drawsASmallChartPerDistrictAndTheSliderMovesTheMapsYear() throws IOException {
		JsonNode api = this.http.getForObject("/api/v1/plans/chengxi-2021/comparisons/" + INDICATOR, JsonNode.class);
		JsonNode comparison = api.at("/data/comparison");
		List<Integer> years = new java.util.ArrayList<>();
		comparison.get("years").forEach((y) -> years.add(y.asInt()));
		int districts = comparison.get("rows").size();
		assertThat(districts).isGreaterThan(3);
		assertThat(api.get("demo").asBoolean()).isTrue();

		browser.get(url("/compare?indicator=" + INDICATOR + "&lang=zh_CN"));
		wait(Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("multiples"), "data-rendered", String.valueOf(districts)));
		wait(Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("compare-map"), "data-ready", "true"));

		// each district's chart carries its own figures
		JsonNode xihu = row(comparison, "XIHU");
		String xihuChart = String.join("|",
				browser.findElements(By.cssSelector(".multiple[data-zone='XIHU'] svg text"))
					.stream()
					.map(WebElement::getText)
					.toList());
		for (JsonNode cell : xihu.get("cells")) {
			if (!cell.get("value").isNull()) {
				assertThat(xihuChart).contains(number(cell.get("value").asDouble()));
			}
		}
		assertThat(xihuChart).contains("DEMO");
		assertThat(browser.findElements(By.cssSelector("#compare-table tbody tr"))).hasSize(districts);
		assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("DEMO");

		// the map shows the latest year; one step left shows the year before
		int last = years.get(years.size() - 1);
		assertThat(browser.findElement(By.id("compare-map")).getAttribute("data-year")).isEqualTo(String.valueOf(last));
		assertThat(label("XIHU")).contains("西湖区", number(value(xihu, years, last)));
		screenshot("compare.png");

		WebElement slider = browser.findElement(By.id("compare-year"));
		slider.sendKeys(Keys.ARROW_LEFT);
		wait(Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.id("compare-map"), "data-year", String.valueOf(last - 1)));
		assertThat(browser.findElement(By.id("compare-year-label")).getText()).isEqualTo(String.valueOf(last - 1));
		assertThat(label("XIHU")).contains(number(value(xihu, years, last - 1)));
		browser.executeScript("document.getElementById('compare-map').scrollIntoView()");
		screenshot("compare-map-year-before.png");
	}

	@Test
	void printsWithoutNavigationOrFormsAndKeepsTheDemoNotice() throws IOException {
		browser.get(url("/compare?indicator=" + INDICATOR + "&lang=zh_CN"));
		wait(Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("compare-map"), "data-ready", "true"));
		assertThat(Printed.shown(browser, ".top nav")).isTrue();

		Printed.media(browser);
		try {
			assertThat(Printed.shown(browser, ".top nav")).isFalse();
			assertThat(Printed.shown(browser, "#compare-filter")).isFalse();
			assertThat(Printed.shown(browser, "#compare-year")).isFalse();
			assertThat(Printed.shown(browser, "#demo-banner")).isTrue();
			assertThat(Printed.shown(browser, "#compare-table")).isTrue();
			screenshot("compare-print-media.png");
			Path pdf = Printed.pdf(browser, "compare-print.pdf");
			assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
		}
		finally {
			Printed.screen(browser);
		}
	}

	private static String label(String zone) {
		return (String) browser.executeScript(
				"const t = Array.from(document.querySelectorAll('.compare-label')).map((e) => e.textContent);"
						+ "return t.filter((s) => s.indexOf(arguments[0]) >= 0).join('|');",
				"西湖区");
	}

	private static double value(JsonNode row, List<Integer> years, int year) {
		return row.get("cells").get(years.indexOf(year)).get("value").asDouble();
	}

	/** A figure as the page writes it (Chinese grouping, at most two decimals). */
	private static String number(double value) {
		return java.text.NumberFormat.getNumberInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(value);
	}

	private static JsonNode row(JsonNode comparison, String zone) {
		for (JsonNode row : comparison.get("rows")) {
			if (row.get("zoneCode").asText().equals(zone)) {
				return row;
			}
		}
		throw new AssertionError("no row " + zone);
	}

}
