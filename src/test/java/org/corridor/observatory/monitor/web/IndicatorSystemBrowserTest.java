package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.corridor.observatory.plan.PlanCatalog;
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
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator system page in a browser: the administrator opens an indicator's row in
 * the form, submits a target the form cannot read (the problem is shown at its column,
 * nothing is proposed), corrects it with a reason, and sees the proposal waiting, without
 * a button to approve it himself; once the corridor approver has approved it, the page
 * shows version 2 in force and the changed target.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class IndicatorSystemBrowserTest extends BrowserTest {

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PlanCatalog catalog;

	@Test
	void proposeOnThePageThenTheApproverMakesItVersion2() throws IOException {
		browser.get(url("/indicator-system?lang=zh_CN"));
		assertThat(browser.findElement(By.id("system-version")).getText()).contains("现行第 1 版");
		assertThat(browser.findElements(By.cssSelector("#system-table tbody tr")))
			.hasSize(this.catalog.current().listIndicators().size());
		screenshot("indicator-system.png");

		browser.findElement(By.cssSelector("#system-table tr[data-code='DIGITAL_CORE_REVENUE'] a.edit")).click();
		WebElement targets = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("f-targets")));
		assertThat(targets.getAttribute("value")).isEqualTo("2025 > 10000");
		assertThat(browser.findElement(By.id("f-name_zh")).getAttribute("value")).isEqualTo("数字经济核心产业营业收入");
		targets.clear();
		targets.sendKeys("2025 超过 12000");
		browser.findElement(By.id("f-reason")).sendKeys("中期评估后调高数字经济目标");
		browser.findElement(By.id("system-submit")).click();
		WebElement problems = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#system-propose table.problems")));
		assertThat(problems.getText()).contains("目标值", "2025 超过 12000");
		assertThat(browser.findElements(By.id("system-pending"))).isEmpty();
		show(problems);
		screenshot("indicator-system-problems.png");

		targets = browser.findElement(By.id("f-targets"));
		targets.clear();
		targets.sendKeys("2025 > 12000");
		browser.findElement(By.id("system-submit")).click();
		WebElement pending = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("system-pending")));
		assertThat(pending.getText()).contains("中期评估后调高数字经济目标", "修改", "数字经济核心产业营业收入");
		assertThat(browser.findElements(By.id("system-approve"))).isEmpty();
		assertThat(pending.getText()).contains("须由管委会审定人（提议人本人除外）审定");
		show(pending);
		screenshot("indicator-system-pending.png");

		long id = Long.parseLong(browser.findElement(By.id("system-history"))
			.findElement(By.cssSelector("tr[data-state='PROPOSED']"))
			.getAttribute("data-id"));
		approve(id);

		browser.get(url("/indicator-system?lang=zh_CN"));
		assertThat(browser.findElement(By.id("system-version")).getText()).contains("现行第 2 版", "中期评估后调高数字经济目标");
		WebElement row = browser.findElement(By.cssSelector("#system-table tr[data-code='DIGITAL_CORE_REVENUE']"));
		assertThat(row.getText()).contains("2025 > 12000", "第 2 版调整");
		assertThat(browser.findElements(By.id("system-pending"))).isEmpty();
		screenshot("indicator-system-version2.png");
	}

	private static void show(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private void approve(long id) {
		this.accounts.create("system-browser-approver", "system-browser-approver", null, Role.APPROVER, List.of(),
				false);
		TestRestTemplate approver = new TestRestTemplate(new RestTemplateBuilder().rootUri(url(""))
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.tokens.create("system-browser-approver", "browser test")));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		approver.postForEntity("/indicator-system/proposals/" + id + "/approve",
				new HttpEntity<>(new LinkedMultiValueMap<String, String>(), headers), String.class);
	}

}
