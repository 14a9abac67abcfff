package org.corridor.observatory.foresight.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast in a real browser over the demo figures: the indicator page as of 2023
 * says how likely the 2025 target is, as the API does, names the method and draws the
 * fan; the overview says it per indicator; the backtest page shows every method.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ForesightBrowserTest extends BrowserTest {

	@Test
	void indicatorPageDrawsTheFanAndSaysHowLikelyTheTargetIs() throws IOException {
		JsonNode api = this.http.getForObject("/api/v1/plans/chengxi-2021/forecasts/DIGITAL_CORE_REVENUE?year=2023",
				JsonNode.class);
		String chosen = api.at("/data/chosen").asText();
		double probability = 0;
		for (JsonNode method : api.at("/data/methods")) {
			if (method.get("method").asText().equals(chosen)) {
				probability = method.at("/milestones/0/probability").asDouble();
			}
		}

		browser.get(url("/indicators/DIGITAL_CORE_REVENUE?year=2023&lang=zh_CN"));
		wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id("fan-chart"), "data-rendered", "true"));
		WebElement likely = browser.findElement(By.cssSelector("#foresight-milestones li[data-year='2025'] .likely"));
		String percent = (probability > 0.99) ? "≥ 99"
				: (probability < 0.01) ? "≤ 1" : "" + Math.round(probability * 100);
		assertThat(likely.getText()).isEqualTo("2025：" + percent + " % 可能达成");
		assertThat(browser.findElement(By.id("foresight-method")).getText()).contains("方法：", "回测最优");
		String chart = String.join("|",
				browser.findElements(By.cssSelector("#fan-chart svg text")).stream().map(WebElement::getText).toList());
		assertThat(chart).contains("10–90 % 区间", "25–75 % 区间", "预测", "DEMO", "2025");
		assertThat(browser.findElements(By.cssSelector("#fan-chart svg path")).size()).isGreaterThan(5);
		assertThat(browser.findElements(By.cssSelector("#forecast-table tbody tr[data-method]"))).hasSizeGreaterThan(2);
		new Actions(browser).scrollToElement(browser.findElement(By.id("forecast-table"))).perform();
		screenshot("foresight-fan.png");
	}

	@Test
	void tooFewFiguresAreSaidPlainlyAndTheOverviewCarriesTheLikelihood() throws IOException {
		browser.get(url("/indicators/DIGITAL_CORE_REVENUE?year=2021&lang=zh_CN"));
		assertThat(browser.findElement(By.id("foresight-cannot")).getText()).contains("无法评估");
		assertThat(browser.findElements(By.id("fan-chart"))).isEmpty();

		browser.get(url("/?year=2023&lang=zh_CN"));
		List<WebElement> cells = wait(Duration.ofSeconds(20)).until(ExpectedConditions
			.numberOfElementsToBeMoreThan(By.cssSelector("#indicator-table td.foresight-likely .likely"), 0));
		assertThat(cells.get(0).getText()).matches("2025：(\\d{1,2}|≥ 99|≤ 1) % 可能达成");
		screenshot("foresight-overview.png");

		browser.get(url("/foresight/backtest?lang=zh_CN"));
		assertThat(browser.findElements(By.cssSelector("#backtest-table tbody tr"))).hasSize(3);
		assertThat(browser.findElement(By.id("backtest-chosen")).getText()).contains("默认方法");
		screenshot("foresight-backtest.png");
	}

}
