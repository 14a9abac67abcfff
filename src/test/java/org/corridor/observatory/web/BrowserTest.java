package org.corridor.observatory.web;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
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

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
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

	protected static void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(browser, name);
	}

}
