package org.corridor.observatory.monitor.web;

import java.time.Duration;

import org.corridor.observatory.Adjustments;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules page in a browser: the administrator sees the pack's rule by name and the
 * page's word that an edit is a proposal; proposes a rule with the form (with a reason),
 * sees it waiting rather than in force; once the corridor approver has approved it, sees
 * it listed as a plan adjustment, proposes to disable it, and after the approval sees it
 * disabled; then runs a validation over the demo figures. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class ValidationRulesBrowserTest extends BrowserTest {

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	private void approveWaitingProposal() {
		TestRestTemplate approver = Adjustments.as(this.accounts, this.tokens, this.port, "browser-approver",
				Role.APPROVER);
		long id = Adjustments.pending(approver).orElseThrow();
		assertThat(Adjustments.approve(approver, id).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
	}

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
		assertThat(browser.findElement(By.id("rules-adjustment")).getText()).contains("不会立即生效", "规划调整", "提议人本人不能审定");

		fillRule("XIHU_NOT_ABOVE_CORRIDOR", "CORRIDOR");
		type("rule-reason", "管委会办公会议决定：区县数不超过全域");
		browser.findElement(By.id("rule-save")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("rules-done")));
		assertThat(browser.findElement(By.id("rules-done")).getText()).contains("待管委会审定人审定");
		// a further change amends the waiting proposal: the form starts from its reason
		assertThat(browser.findElement(By.id("rule-reason")).getAttribute("value")).isEqualTo("管委会办公会议决定：区县数不超过全域");
		// proposed, not in force: listed among the waiting changes only
		assertThat(browser.findElements(By.cssSelector("#rules-table tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']")))
			.isEmpty();
		assertThat(
				browser.findElement(By.cssSelector("#rules-pending li[data-rule='XIHU_NOT_ABOVE_CORRIDOR']")).getText())
			.contains("新增", "西湖区营业收入不超过大走廊");
		screenshot("validation-rules-proposed.png");

		approveWaitingProposal();
		browser.get(url("/validation/rules"));
		WebElement added = browser.findElement(By.cssSelector("#rules-table tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']"));
		assertThat(added.getText()).contains("西湖区营业收入不超过大走廊", "西湖区·数字经济核心产业营业收入 ≤ 杭州城西科创大走廊·数字经济核心产业营业收入", "规划调整");
		screenshot("validation-rules.png");

		added.findElement(By.cssSelector("input[name=reason]")).sendKeys("西湖区口径调整，暂停此规则");
		added.findElement(By.cssSelector("button")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("rules-done")));
		assertThat(
				browser.findElement(By.cssSelector("#rules-pending li[data-rule='XIHU_NOT_ABOVE_CORRIDOR']")).getText())
			.contains("停用");
		assertThat(browser.findElement(By.cssSelector("#rules-table tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']"))
			.getAttribute("class")).doesNotContain("disabled");
		approveWaitingProposal();
		browser.get(url("/validation/rules"));
		assertThat(browser.findElement(By.cssSelector("tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']")).getAttribute("class"))
			.contains("disabled");
		assertThat(browser.findElement(By.cssSelector("tr[data-rule='XIHU_NOT_ABOVE_CORRIDOR']")).getText())
			.contains("否", "启用");

		// a bad rule is refused with its problem located, nothing proposed
		fillRule("BAD_RULE", "NOWHERE");
		type("rule-reason", "试一条错误的规则");
		browser.findElement(By.id("rule-save")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("rules-problems")));
		assertThat(browser.findElement(By.id("rules-problems")).getText()).contains("NOWHERE");
		assertThat(browser.findElements(By.cssSelector("[data-rule='BAD_RULE']"))).isEmpty();

		browser.get(url("/validation"));
		browser.findElement(By.id("run-submit")).click();
		wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("run-result")));
		assertThat(browser.findElement(By.id("run-report")).getAttribute("href")).contains("/validation/report.xlsx");
		screenshot("validation-run.png");
	}

}
