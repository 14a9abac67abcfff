package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One whole reporting round in a real browser, each person signing in with their own
 * account: the committee opens it; 西湖 and 余杭 report, 西湖 is returned and corrects; the
 * district reviewers approve; the committee approves and publishes; the public then sees
 * the published figures and nothing unpublished. A screenshot of every step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoundBrowserTest extends BrowserTest {

	private static final String PASSWORD = "Round-Browser-2025!";

	private static final String INDICATOR = "DIGITAL_CORE_REVENUE";

	@Autowired
	AccountStore accounts;

	private void account(String username, Role role, String... zones) {
		if (this.accounts.findAccount(username).isEmpty()) {
			this.accounts.create(username, username, PASSWORD, role, List.of(zones), false);
		}
	}

	private void as(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("account-name"), username));
	}

	private void openZone(long round, String zone) {
		browser.get(url("/rounds/" + round + "/zones/" + zone + "?lang=zh_CN"));
	}

	private void fill(String value) {
		WebElement input = browser.findElement(By.name("value." + INDICATOR));
		input.clear();
		input.sendKeys(value);
	}

	private void press(String id) {
		WebElement old = browser.findElement(By.tagName("main"));
		browser.findElement(By.id(id)).click();
		waitUntilReplaced(old, Duration.ofSeconds(20));
	}

	private String state() {
		return browser.findElement(By.id("zone-state")).getAttribute("data-state");
	}

	@Test
	void oneWholeRoundFromOpeningToThePublicPage() throws IOException {
		account("browser-approver", Role.APPROVER);
		account("browser-xihu-reporter", Role.REPORTER, "XIHU");
		account("browser-xihu-reviewer", Role.REVIEWER, "XIHU");
		account("browser-yuhang-reporter", Role.REPORTER, "YUHANG");
		account("browser-yuhang-reviewer", Role.REVIEWER, "YUHANG");

		as("browser-approver");
		browser.get(url("/rounds?lang=zh_CN"));
		browser.findElement(By.id("round-title")).sendKeys("2024 年度数字经济填报");
		WebElement year = browser.findElement(By.id("round-year"));
		year.clear();
		year.sendKeys("2024");
		browser.executeScript("document.getElementById('round-deadline').value = '2099-03-31'");
		new Select(browser.findElement(By.id("round-indicators"))).selectByValue(INDICATOR);
		Select zones = new Select(browser.findElement(By.id("round-zones")));
		zones.selectByValue("XIHU");
		zones.selectByValue("YUHANG");
		press("round-submit");
		long round = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/rounds/(\\d+).*", "$1"));
		assertThat(browser.findElements(By.cssSelector("#round-board tbody tr"))).hasSize(2);
		screenshot("round-1-opened.png");

		as("browser-xihu-reporter");
		browser.get(url("/tasks?lang=zh_CN"));
		assertThat(browser.findElements(By.cssSelector("#task-table tbody tr"))).singleElement()
			.satisfies((row) -> assertThat(row.getAttribute("data-zone")).isEqualTo("XIHU"));
		openZone(round, "XIHU");
		fill("abc");
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(By.cssSelector(".figure-problem"),
				java.util.regex.Pattern.compile(".+")));
		screenshot("round-2-problem-as-typed.png");
		fill("1200");
		press("submit-figures");
		assertThat(state()).isEqualTo("SUBMITTED");
		screenshot("round-3-xihu-submitted.png");
		openZone(round, "YUHANG");
		assertThat(browser.getPageSource()).doesNotContain("figures-table");

		as("browser-yuhang-reporter");
		openZone(round, "YUHANG");
		fill("2500");
		press("submit-figures");
		assertThat(state()).isEqualTo("SUBMITTED");

		as("browser-xihu-reviewer");
		openZone(round, "XIHU");
		browser.findElement(By.id("review-comment")).sendKeys("请按统计局口径核对");
		press("return");
		assertThat(state()).isEqualTo("RETURNED");
		screenshot("round-4-xihu-returned.png");

		as("browser-xihu-reporter");
		openZone(round, "XIHU");
		assertThat(browser.findElement(By.id("zone-events")).getText()).contains("请按统计局口径核对");
		fill("1250");
		press("submit-figures");

		as("browser-xihu-reviewer");
		openZone(round, "XIHU");
		press("approve");
		assertThat(state()).isEqualTo("DISTRICT_APPROVED");
		as("browser-yuhang-reviewer");
		openZone(round, "YUHANG");
		press("approve");

		as("browser-approver");
		for (String zone : List.of("XIHU", "YUHANG")) {
			openZone(round, zone);
			press("publish");
			assertThat(state()).isEqualTo("PUBLISHED");
		}
		browser.get(url("/rounds/" + round + "?lang=zh_CN"));
		assertThat(browser.findElements(By.cssSelector("#round-board tbody tr")))
			.extracting((row) -> row.getAttribute("data-state"))
			.containsOnly("PUBLISHED");
		screenshot("round-5-published.png");

		// the public sees the published figure of 西湖, the corrected one
		browser.manage().deleteAllCookies();
		browser.get(url("/indicators/" + INDICATOR + "?zone=XIHU&lang=zh_CN"));
		assertThat(browser.findElements(By.id("account-name"))).isEmpty();
		// the figures table, not the page: the chart's axis may well label 1,200
		assertThat(browser.findElement(By.id("observation-table")).getText()).contains("1,250").doesNotContain("1,200");
		screenshot("round-6-public-indicator.png");
	}

}
