package org.corridor.observatory.geo.web;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

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
 * The offline map in a real browser (headless Chromium from Debian's packages), with the
 * demo figures loaded: the districts are drawn from the OGC API zones collection with
 * their source as the attribution, every zone level has its switch, the zone panel gives
 * the core area's declared and measured areas, the platforms are all on the map, and an
 * indicator fills the zones it has figures for under a DEMO legend. Screenshots go to
 * {@code target/screenshots/}. Outside CI the test is skipped when Chromium is not
 * installed; in CI ({@code CI=true}) a missing browser fails it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class MapBrowserTest extends BrowserTest {

	private static final List<String> LEVELS = List.of("corridor", "area", "city", "wing", "circle", "town",
			"district");

	@Test
	void drawsTheZonesAndExplainsTheCoreArea() throws IOException {
		JsonNode zones = this.http.getForObject("/ogc/collections/zones/items?limit=10000", JsonNode.class);
		JsonNode platforms = this.http.getForObject("/ogc/collections/platforms/items?limit=10000", JsonNode.class);

		openMap("/map?lang=zh_CN");

		assertThat(browser.findElements(By.cssSelector("#map path.zone-district"))).hasSizeGreaterThanOrEqualTo(6);
		assertThat(browser.findElements(By.cssSelector("#map path.zone-code-CORE_AREA"))).hasSize(1);
		for (String level : LEVELS) {
			assertThat(browser.findElements(By.cssSelector("input.layer-toggle#layer-" + level))).as(level).hasSize(1);
		}
		assertThat(browser.findElement(By.id("layer-district")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("layer-circle")).isSelected()).isTrue();
		assertThat(browser.findElements(By.cssSelector("#map path.point-platform")))
			.hasSize(countWithGeometry(platforms));
		// a platform at a plan anchor: points may overlap, so the click is dispatched to
		// it
		WebElement sited = browser.findElements(By.cssSelector("#map path.point-platform.point-sited")).get(0);
		browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", sited);
		WebElement popup = wait(Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
		// the popup may still be laid out when it first shows (CI once read it without
		// its
		// first lines)
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElement(popup, "类型"));
		assertThat(popup.getText()).contains("类型", "所在区域", "定位精度", "±", "查看平台详情");
		assertThat(popup.findElement(By.cssSelector("a.platform-link")).getAttribute("href")).contains("/platforms/");
		browser.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
		String attribution = browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText();
		for (String source : districtSources(zones)) {
			assertThat(attribution).contains(source);
		}

		JsonNode core = zone(zones, "CORE_AREA");
		browser.executeScript("return window.showZone('CORE_AREA');");
		String area = browser.findElement(By.id("zone-area")).getText();
		assertThat(browser.findElement(By.id("zone-name")).getText()).isEqualTo("核心区");
		assertThat(area).startsWith("规划面积 398 km² · 实测 ")
			.contains(oneDecimal(core.at("/properties/measured_area_km2").asDouble()) + " km²")
			.matches(".* · [+-]\\d+(\\.\\d)?%");
		assertThat(browser.findElement(By.id("zone-details")).getText()).contains("绘制方法");
		screenshot("map.png");
	}

	@Test
	void fillsTheZonesWithFiguresOfAnIndicatorUnderADemoLegend() throws IOException {
		JsonNode observations = this.http
			.getForObject("/api/v1/plans/chengxi-2021/observations?indicator=DIGITAL_CORE_REVENUE", JsonNode.class);
		TreeSet<String> years = new TreeSet<>();
		observations.get("data").forEach((o) -> years.add(o.get("year").asText()));
		assertThat(years).isNotEmpty();

		openMap("/map?lang=zh_CN");
		Select indicator = new Select(browser.findElement(By.id("indicator-select")));
		List<String> codes = new ArrayList<>();
		indicator.getOptions().forEach((option) -> codes.add(option.getAttribute("value")));
		assertThat(codes).contains("DIGITAL_CORE_REVENUE");

		indicator.selectByValue("DIGITAL_CORE_REVENUE");
		wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#legend li"), 0));

		List<String> shownYears = new ArrayList<>();
		new Select(browser.findElement(By.id("year-select"))).getOptions()
			.forEach((option) -> shownYears.add(option.getText()));
		assertThat(shownYears).containsExactlyElementsOf(years.descendingSet());
		assertThat(browser.findElement(By.id("legend")).getText()).contains("亿元", years.last(), "DEMO");
		assertThat(browser.findElements(By.cssSelector("#map path.choropleth-fill"))).isNotEmpty();

		String zone = null;
		for (JsonNode o : observations.get("data")) {
			if (years.last().equals(o.get("year").asText())) {
				zone = o.get("zoneCode").asText();
			}
		}
		browser.executeScript("return window.showZone(arguments[0]);", zone);
		assertThat(browser.findElement(By.id("zone-details")).getText()).contains("指标值 " + years.last(), "亿元", "DEMO");
		screenshot("map-choropleth.png");
	}

	@Test
	void speaksEnglish() throws IOException {
		openMap("/map?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Spatial pattern map");
		assertThat(browser.findElement(By.cssSelector("li[data-level='district'] label")).getText())
			.startsWith("District");
		browser.executeScript("return window.showZone('CORE_AREA');");
		assertThat(browser.findElement(By.id("zone-area")).getText()).startsWith("Declared area 398 km² · measured ");
		assertThat(browser.findElement(By.id("nav-map")).getText()).isEqualTo("Map");
		screenshot("map-en.png");
		browser.get(url("/map?lang=zh_CN"));
	}

	private void openMap(String path) {
		browser.get(url(path));
		wait(Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("map")).getAttribute("data-error")).as("layers that failed to load")
			.isNull();
	}

	private static JsonNode zone(JsonNode collection, String code) {
		for (JsonNode feature : collection.get("features")) {
			if (code.equals(feature.at("/properties/code").asText())) {
				return feature;
			}
		}
		throw new AssertionError("no zone " + code);
	}

	private static List<String> districtSources(JsonNode zones) {
		TreeSet<String> sources = new TreeSet<>();
		for (JsonNode feature : zones.get("features")) {
			if ("district".equals(feature.at("/properties/level").asText())) {
				sources.add(feature.at("/properties/source_zh").asText());
			}
		}
		assertThat(sources).as("district sources").isNotEmpty().doesNotContain("");
		return List.copyOf(sources);
	}

	private static int countWithGeometry(JsonNode collection) {
		int count = 0;
		for (JsonNode feature : collection.get("features")) {
			if (!feature.path("geometry").isNull() && !feature.path("geometry").isMissingNode()) {
				count++;
			}
		}
		return count;
	}

	// As the page writes it (Intl.NumberFormat zh-CN, one decimal).
	private static String oneDecimal(double value) {
		return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

}
