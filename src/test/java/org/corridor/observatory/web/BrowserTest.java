package org.corridor.observatory.web;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.corridor.observatory.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every page test in a real browser shares: one headless Chromium per test class,
 * the app's port and an HTTP client to ask the API what the page should show.
 */
public abstract class BrowserTest {

	protected static ChromeDriver browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestRestTemplate http;

	private static boolean signedIn;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
		signedIn = false;
	}

	/** Signs the browser in as the tests' administrator, once per test class. */
	@BeforeEach
	void signIn() {
		if (!signedIn) {
			signIn(browser, url(""));
			signedIn = true;
		}
	}

	/** Signs {@code driver} in as the tests' administrator on the app at {@code base}. */
	public static void signIn(WebDriver driver, String base) {
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("account-name")));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected static WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(browser, timeout);
	}

	/**
	 * Waits until {@code old} has left the page, that is until the browser shows a new
	 * document. Chromium may answer a question about an element of a document it has just
	 * replaced with "does not belong to the document" rather than a stale reference; both
	 * mean the same here.
	 */
	protected static void waitUntilReplaced(WebElement old, Duration timeout) {
		wait(timeout).until((driver) -> {
			try {
				old.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	protected static void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(browser, name);
	}

}
