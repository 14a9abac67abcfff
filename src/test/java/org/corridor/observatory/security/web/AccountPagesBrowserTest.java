package org.corridor.observatory.security.web;

import java.io.IOException;
import java.time.Duration;

import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's pages in a real browser: a district reporter created on the users
 * page (a weak password refused with its reasons), a personal token created and revoked,
 * and the audit page listing both and verifying its chain.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountPagesBrowserTest extends BrowserTest {

	private void submit(String id) {
		WebElement old = browser.findElement(By.tagName("main"));
		browser.findElement(By.id(id)).click();
		waitUntilReplaced(old, Duration.ofSeconds(20));
	}

	private void createReporter(String password) {
		browser.get(url("/admin/users?lang=zh_CN"));
		browser.findElement(By.id("new-username")).sendKeys("page-xihu-reporter");
		browser.findElement(By.id("new-display-name")).sendKeys("西湖区填报员");
		browser.findElement(By.id("new-password")).sendKeys(password);
		new Select(browser.findElement(By.id("new-role"))).selectByValue("reporter");
		new Select(browser.findElement(By.id("new-zones"))).selectByValue("XIHU");
		submit("user-create");
	}

	@Test
	void anAdministratorManagesAccountsTokensAndReadsTheAudit() throws IOException {
		createReporter("short");
		assertThat(browser.findElement(By.id("users-error")).getText()).contains("至少 12 个字符");
		createReporter("Xihu-Figures-2025!");
		assertThat(browser.findElement(By.id("users-done")).getText()).contains("page-xihu-reporter");
		assertThat(browser.findElement(By.cssSelector("#users-table tr[data-username='page-xihu-reporter']")).getText())
			.contains("page-xihu-reporter");
		screenshot("accounts-users.png");

		browser.get(url("/account/tokens?lang=zh_CN"));
		browser.findElement(By.id("token-name")).sendKeys("报表脚本");
		submit("token-create");
		assertThat(browser.findElement(By.id("token-value")).getText()).startsWith("obs_");
		screenshot("accounts-token-created.png");
		browser.findElement(By.cssSelector("#token-table tbody tr form button")).click();
		wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-table"), "已撤销"));

		browser.get(url("/audit?lang=zh_CN"));
		String trail = browser.findElement(By.id("audit-table")).getText();
		assertThat(trail).contains("page-xihu-reporter", "api-token", "revoke", "create");
		submit("audit-verify");
		assertThat(browser.findElement(By.id("audit-intact")).getText()).contains("记录链完整");
		screenshot("accounts-audit.png");
	}

}
