package org.corridor.observatory.scenario.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.corridor.observatory.web.BrowserTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner in a real browser makes a scenario, gives it a growth assumption by name,
 * runs it as of 2023 and sees it beside the baseline and another scenario. Screenshots go
 * to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true",
				"spring.datasource.url=jdbc:h2:mem:scenario-browser-${random.uuid};DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class ScenarioBrowserTest extends BrowserTest {

	@Test
	void aGrowthAssumptionMadeOnThePageIsRunBesideTheBaselineAndAnotherScenario() throws IOException {
		JsonNode other = this.http.postForObject(
				"/api/v1/plans/chengxi-2021/scenarios", Map.of("name", "稳健增长", "assumptions", List.of(Map.of("kind",
						"GROWTH", "indicator", "DIGITAL_CORE_REVENUE", "zone", "CORRIDOR", "year", 2024, "rate", 5))),
				JsonNode.class);
		long otherId = other.at("/data/id").asLong();

		browser.get(url("/scenarios?lang=zh_CN"));
		assertThat(browser.findElement(By.id("nav-scenarios")).getText()).isEqualTo("模拟推演");
		browser.findElement(By.id("scenario-name")).sendKeys("数字经济提速");
		WebElement create = browser.findElement(By.id("scenario-create-submit"));
		create.click();
		waitUntilReplaced(create, Duration.ofSeconds(30));
		assertThat(browser.findElement(By.id("scenario-heading")).getText()).isEqualTo("数字经济提速");

		WebElement row = browser.findElement(By.cssSelector("#assumption-rows tr[data-row='1']"));
		new Select(row.findElement(By.cssSelector("select[data-field='kind']"))).selectByVisibleText("增速");
		new Select(row.findElement(By.cssSelector("select[data-field='indicator']")))
			.selectByVisibleText("数字经济核心产业营业收入");
		new Select(row.findElement(By.cssSelector("select[data-field='zone']"))).selectByVisibleText("杭州城西科创大走廊");
		row.findElement(By.cssSelector("input[data-field='year']")).sendKeys("2024");
		row.findElement(By.cssSelector("input[data-field='rate']")).sendKeys("30");
		browser.findElement(By.id("form-note")).sendKeys("提高增速");
		WebElement save = browser.findElement(By.id("scenario-save"));
		save.click();
		waitUntilReplaced(save, Duration.ofSeconds(30));
		assertThat(browser.findElement(By.id("scenario-saved")).getText()).contains("新版本");
		assertThat(browser.findElement(By.id("scenario-assumptions")).getText())
			.contains("数字经济核心产业营业收入（杭州城西科创大走廊）自 2024 年起每年增长 30%");
		assertThat(browser.findElements(By.cssSelector("#scenario-versions tbody tr"))).hasSize(2);

		new Select(browser.findElement(By.id("run-year"))).selectByValue("2023");
		browser.findElement(By.cssSelector("#scenario-run input[name='compare'][value='" + otherId + "']")).click();
		WebElement run = browser.findElement(By.id("run-submit"));
		run.click();
		waitUntilReplaced(run, Duration.ofSeconds(60));
		WebElement result = browser.findElement(
				By.cssSelector("#scenario-results tr[data-indicator='DIGITAL_CORE_REVENUE'][data-year='2025']"));
		String baseline = result.findElement(By.cssSelector(".baseline-value")).getText();
		String value = result.findElement(By.cssSelector(".scenario-value b")).getText();
		assertThat(baseline).isNotEqualTo("—");
		assertThat(value).isNotEqualTo(baseline);
		assertThat(number(value)).isGreaterThan(number(baseline));
		assertThat(result.findElement(By.cssSelector(".scenario-value .note")).getText()).startsWith("#1 ");
		assertThat(result.findElement(By.cssSelector(".scenario-meets")).getText()).isIn("达标", "未达标");
		assertThat(result.findElements(By.cssSelector(".other-value"))).hasSize(1);
		assertThat(browser.findElement(By.id("scenario-results")).getText()).contains("基准预测", "数字经济提速", "稳健增长");
		assertThat(browser.findElement(By.cssSelector("h1 .demo-tag")).getText()).isEqualTo("DEMO");
		new Actions(browser).scrollToElement(browser.findElement(By.id("scenario-results"))).perform();
		screenshot("scenario-run.png");

		// a rate of 2000 % a year is refused where it stands and changes nothing
		WebElement blank = browser.findElement(By.cssSelector("#assumption-rows tr[data-row='2']"));
		new Select(blank.findElement(By.cssSelector("select[data-field='kind']"))).selectByVisibleText("增速");
		new Select(blank.findElement(By.cssSelector("select[data-field='indicator']")))
			.selectByVisibleText("数字经济核心产业营业收入");
		new Select(blank.findElement(By.cssSelector("select[data-field='zone']"))).selectByVisibleText("西湖区");
		blank.findElement(By.cssSelector("input[data-field='year']")).sendKeys("2024");
		blank.findElement(By.cssSelector("input[data-field='rate']")).sendKeys("2000");
		WebElement again = browser.findElement(By.id("scenario-save"));
		again.click();
		waitUntilReplaced(again, Duration.ofSeconds(30));
		String rejected = browser.findElement(By.id("scenario-rejected")).getText();
		assertThat(rejected).contains("保存被拒绝", "2000", "−100 至 1000");
		assertThat(browser.findElements(By.cssSelector("#scenario-versions tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("#assumption-rows tr[data-row='2'] input[data-field='rate']"))
			.getAttribute("value")).isEqualTo("2000");
		new Actions(browser).scrollToElement(browser.findElement(By.id("scenario-form"))).perform();
		screenshot("scenario-rejected.png");

		// the assumption sheet downloaded and uploaded back on the page: the same
		// content, no new version
		String id = browser.getCurrentUrl().replaceAll(".*/scenarios/(\\d+).*", "$1");
		byte[] sheet = this.http.getForObject("/api/v1/plans/chengxi-2021/scenarios/" + id + "/assumptions.xlsx",
				byte[].class);
		Path file = Files.createTempFile("scenario-", ".xlsx");
		Files.write(file, sheet);
		browser.findElement(By.id("scenario-file")).sendKeys(file.toAbsolutePath().toString());
		WebElement upload = browser.findElement(By.id("scenario-upload-submit"));
		upload.click();
		waitUntilReplaced(upload, Duration.ofSeconds(30));
		assertThat(browser.findElement(By.id("scenario-unchanged")).getText()).contains("未生成新版本");
		assertThat(browser.findElements(By.cssSelector("#scenario-versions tbody tr"))).hasSize(2);
		Files.delete(file);

		// in English, with names rather than codes
		browser.get(url("/scenarios/" + id + "?year=2023&lang=en"));
		assertThat(browser.findElement(By.id("scenario-assumptions")).getText())
			.contains("Digital-economy core industry operating revenue (Hangzhou Chengxi Sci-Tech Innovation Corridor)"
					+ " from 2024: 30 % a year");
		assertThat(browser.findElement(By.id("scenario-results")).getText()).contains("Baseline forecast", "meets");
		screenshot("scenario-run-en.png");
	}

	private static double number(String text) {
		return Double.parseDouble(text.replace(",", ""));
	}

}
