package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.corridor.observatory.web.Printed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district's profile in a real browser with the DEMO data: every indicator with the
 * status the evaluation API gives the district, its rank among the districts as the
 * comparison API has it, its platforms as the platform API lists them, and for an insider
 * its firms by tier and chain as the ladder and chain APIs count them; the public sees no
 * firms. Printed, it has no navigation and keeps the DEMO notice. Screenshots and the
 * printed PDF go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ZoneProfileBrowserTest extends BrowserTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	@Test
	void showsTheDistrictsIndicatorsRanksPlatformsAndFirms() throws IOException {
		JsonNode evaluation = this.http.getForObject(PLAN + "/evaluations?zone=XIHU", JsonNode.class).get("data");
		int year = evaluation.get("year").asInt();
		Map<String, String> statuses = new HashMap<>();
		evaluation.get("indicators")
			.forEach((e) -> statuses.put(e.get("indicatorCode").asText(), e.get("status").asText()));

		browser.get(url("/zones/XIHU?lang=zh_CN"));
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("zone-indicators")));
		assertThat(browser.findElement(By.id("zone-name")).getText()).isEqualTo("西湖区");
		assertThat(browser.findElement(By.id("zone-scope")).getText()).isEqualTo("区县 · " + year);

		Map<String, String> shown = new HashMap<>();
		List<WebElement> rows = browser.findElements(By.cssSelector("#zone-indicators tbody tr"));
		rows.forEach((row) -> shown.put(row.getAttribute("data-code"), row.getAttribute("data-status")));
		assertThat(shown).isEqualTo(statuses);

		JsonNode comparison = this.http.getForObject(PLAN + "/comparisons/DIGITAL_CORE_REVENUE", JsonNode.class)
			.at("/data/comparison");
		int at = 0;
		for (JsonNode y : comparison.get("years")) {
			if (y.asInt() == year) {
				break;
			}
			at++;
		}
		int rank = -1;
		int ranked = 0;
		for (JsonNode row : comparison.get("rows")) {
			JsonNode cell = row.get("cells").get(at);
			ranked += cell.get("rank").isNull() ? 0 : 1;
			if (row.get("zoneCode").asText().equals("XIHU")) {
				rank = cell.get("rank").asInt();
			}
		}
		WebElement revenue = browser
			.findElement(By.cssSelector("#zone-indicators tr[data-code='DIGITAL_CORE_REVENUE']"));
		assertThat(revenue.getAttribute("data-rank")).isEqualTo(String.valueOf(rank));
		assertThat(revenue.findElement(By.cssSelector("td.rank")).getText()).isEqualTo(rank + " / " + ranked);

		JsonNode platforms = this.http.getForObject(PLAN + "/platforms?zone=XIHU", JsonNode.class).get("data");
		int platformCount = platforms.size();
		assertThat(platformCount).isPositive();
		assertThat(browser.findElements(By.cssSelector("#zone-platforms tbody tr"))).hasSize(platformCount);

		JsonNode chainList = this.http.getForObject(PLAN + "/chains?zone=XIHU", JsonNode.class).at("/data/chains");
		assertThat(chainList.size()).isPositive();
		for (JsonNode chain : chainList) {
			assertThat(browser
				.findElement(
						By.cssSelector("#zone-chains tr[data-chain='" + chain.get("code").asText() + "'] td.firms"))
				.getText()).isEqualTo(chain.get("firms").asText());
		}
		assertThat(browser.findElements(By.cssSelector("#zone-tiers tbody tr"))).isNotEmpty();
		assertThat(browser.findElement(By.id("corridor-rule")).getText()).contains("走廊");
		assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("DEMO");
		screenshot("zone-profile.png");
		browser.executeScript("document.getElementById('zone-firms').scrollIntoView()");
		screenshot("zone-profile-firms.png");

		String anonymous = new TestRestTemplate().getForObject(url("/zones/XIHU?lang=zh_CN"), String.class);
		assertThat(anonymous).contains("id=\"zone-indicators\"").doesNotContain("id=\"zone-firms\"");
	}

	@Test
	void printsWithoutNavigationOrFormsAndKeepsTheDemoNotice() throws IOException {
		browser.get(url("/zones/XIHU?lang=zh_CN"));
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("zone-indicators")));
		Printed.media(browser);
		try {
			assertThat(Printed.shown(browser, ".top nav")).isFalse();
			assertThat(Printed.shown(browser, "#zone-filter")).isFalse();
			assertThat(Printed.shown(browser, "#demo-banner")).isTrue();
			assertThat(Printed.shown(browser, "#zone-indicators")).isTrue();
			screenshot("zone-profile-print-media.png");
			Printed.pdf(browser, "zone-profile-print.pdf");
		}
		finally {
			Printed.screen(browser);
		}
	}

	@Test
	void theOverviewIndicatorAndChainPagesPrintWithoutNavigation() throws IOException {
		String chain = this.http.getForObject(PLAN + "/chains", JsonNode.class)
			.toString()
			.replaceAll("(?s).*?\"code\":\"([A-Z_0-9]+)\".*", "$1");
		for (String page : List.of("/", "/indicators/DIGITAL_CORE_REVENUE", "/chains/" + chain)) {
			browser.get(url(page + "?lang=zh_CN"));
			wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
			Printed.media(browser);
			try {
				assertThat(Printed.shown(browser, ".top nav")).as(page).isFalse();
				assertThat(Printed.shown(browser, "main form")).as(page).isFalse();
				assertThat(Printed.shown(browser, "#demo-banner")).as(page).isTrue();
				String name = page.equals("/") ? "overview"
						: page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-", "");
				Printed.pdf(browser, name + "-print.pdf");
			}
			finally {
				Printed.screen(browser);
			}
		}
	}

}
