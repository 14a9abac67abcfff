package org.corridor.observatory.monitor.web;

import java.time.Duration;

import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules page in a browser: the administrator sees the pack's rule by name, adds a
 * rule with the form, sees it listed, disables it; then runs a validation over the demo
 * figures and sees the findings and outliers. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ValidationRulesBrowserTest extends BrowserTest {

	private static void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private static void fillRule(String code, String rightZones) {
		type("rule-code", code);
		type("rule-name_zh", "西湖区营业收入不超过大走廊");
		type("rule-name_en", "Xihu's revenue within the corridor's");
		type("rule-left_indicator", "DIGITAL_CORE_REVENUE");
		type("rule-left_zones", "XIHU");
		type("rule-operator", "≤");
		type("rule-right_indicator", "DIGITAL_CORE_REVENUE");
		type("rule-right_zones", rightZones);
		type("rule-severity", "警告");
	}

	@Test
	void theAdministratorAddsAndDisablesARuleThenRunsAValidation() throws Exception {
		browser.get(url("/validation/rules"));
		WebElement packRule = browser.findElement(By.cssSelector("tr[data-rule='DISTRICTS_ADD_UP_TO_CORRIDOR']"));
		assertThat(packRule.getText()).contains("各区县数字经济核心产业营业收入之和与大走廊相符", "警告", "规划数据包");

		fillRule("XIHU_NOT_ABOVE_CORRIDOR", "CORRIDOR");
		browser.findElement(By.id("rule-save")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("rules-done")));
		WebElement added = browser.findElement(By.cssSelector("tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']"));
		assertThat(added.getText()).contains("西湖区营业收入不超过大走廊", "西湖区·数字经济核心产业营业收入 ≤ 杭州城西科创大走廊·数字经济核心产业营业收入", "管理员");
		screenshot("validation-rules.png");

		added.findElement(By.cssSelector("button")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions
			.attributeContains(By.cssSelector("tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']"), "class", "disabled"));
		assertThat(browser.findElement(By.cssSelector("tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']")).getText())
			.contains("否", "启用");

		// a bad rule is refused with its problem located, nothing saved
		fillRule("BAD_RULE", "NOWHERE");
		browser.findElement(By.id("rule-save")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("rules-problems")));
		assertThat(browser.findElement(By.id("rules-problems")).getText()).contains("NOWHERE");
		assertThat(browser.findElements(By.cssSelector("tr[data-rule='BAD_RULE']"))).isEmpty();

		browser.get(url("/validation"));
		browser.findElement(By.id("run-submit")).click();
		wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("run-result")));
		assertThat(browser.findElement(By.id("run-report")).getAttribute("href")).contains("/validation/report.xlsx");
		screenshot("validation-run.png");
	}

}
