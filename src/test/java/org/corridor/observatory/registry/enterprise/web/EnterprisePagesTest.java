package org.corridor.observatory.registry.enterprise.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.web.HeadlessChromium;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise registry pages with 60 demo firms: the list shows them all with DEMO
 * tags, a search by name finds the firm, its page shows its yearly figures, the Excel
 * export holds the whole search under a DEMO line, and in a real browser (headless
 * Chromium) typing a name and submitting leaves exactly that firm's row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true", "observatory.demo.firms=60" })
@ActiveProfiles("test")
class EnterprisePagesTest {

	private static final String API = "/api/v1/plans/chengxi-2021/enterprises";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Test
	void listShowsEveryDemoFirmWithItsTag() {
		String page = this.http.getForObject("/enterprises?lang=zh_CN", String.class);

		assertThat(page).contains("id=\"firm-total\">60<", "id=\"nav-enterprises\"", "企业名录");
		assertThat(count(page, "<tr data-uscc=")).isEqualTo(50);
		assertThat(count(page, "class=\"demo-tag\">DEMO<")).isGreaterThanOrEqualTo(50);
		Matcher next = Pattern.compile("id=\"firm-next\"\\s+href=\"([^\"]+)\"").matcher(page);
		assertThat(next.find()).isTrue();
		String second = this.http.getForObject(next.group(1).replace("&amp;", "&") + "&lang=en", String.class);
		assertThat(count(second, "<tr data-uscc=")).isEqualTo(10);
		assertThat(second).contains("id=\"firm-first\"").doesNotContain("id=\"firm-next\"");
		assertThat(second).contains("Export to Excel", "Firms");
	}

	@Test
	void searchByNameFindsTheFirm() {
		JsonNode firm = firstFirm();
		String name = firm.get("name").asText();

		String page = this.http.getForObject("/enterprises?q={q}", String.class, name);

		assertThat(page).contains("data-uscc=\"" + firm.get("uscc").asText() + "\"", name);
		assertThat(count(page, "<tr data-uscc=")).isEqualTo(apiTotal(name));
	}

	@Test
	void detailShowsTheFirmsYears() {
		String uscc = firstFirm().get("uscc").asText();
		JsonNode detail = this.http.getForObject(API + "/{uscc}", JsonNode.class, uscc).get("data");
		assertThat(detail.get("years")).isNotEmpty();

		String page = this.http.getForObject("/enterprises/{uscc}", String.class, uscc);

		assertThat(page).contains(uscc, detail.at("/summary/name").asText(), "DEMO");
		for (JsonNode year : detail.get("years")) {
			assertThat(page).contains("data-year=\"" + year.get("year").asInt() + "\"");
		}
		ResponseEntity<String> unknown = this.http.getForEntity("/enterprises/{uscc}", String.class,
				"91330100000000000X");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void exportHoldsTheWholeSearchUnderADemoLine() throws IOException {
		byte[] body = this.http.getForObject("/enterprises/export.xlsx", byte[].class);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row first = sheet.getRow(0);
			assertThat(first.getCell(0).getStringCellValue()).contains("DEMO");
			// the DEMO line, the header, then one row a firm
			assertThat(sheet.getLastRowNum() + 1 - 2).isEqualTo(60);
		}
	}

	@Test
	void browserSearchLeavesExactlyTheMatchingRow() throws IOException {
		JsonNode firm = firstFirm();
		String name = firm.get("name").asText();
		assertThat(apiTotal(name)).isEqualTo(1);
		ChromeDriver browser = HeadlessChromium.start();
		try {
			BrowserTest.signIn(browser, "http://localhost:" + this.port);
			browser.get("http://localhost:" + this.port + "/enterprises?lang=zh_CN");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
			wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#firm-table tbody tr"), 50));
			browser.findElement(By.id("firm-q")).sendKeys(name);
			browser.findElement(By.id("firm-submit")).click();

			List<WebElement> rows = wait
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#firm-table tbody tr"), 1));
			assertThat(rows.get(0).getAttribute("data-uscc")).isEqualTo(firm.get("uscc").asText());
			assertThat(rows.get(0).getText()).contains(name, "DEMO");
			assertThat(browser.findElement(By.id("firm-total")).getText()).isEqualTo("1");
			HeadlessChromium.screenshot(browser, "enterprises.png");
		}
		finally {
			browser.quit();
		}
	}

	private JsonNode firstFirm() {
		JsonNode search = this.http.getForObject(API + "?limit=60", JsonNode.class);
		assertThat(search.get("total").asLong()).isEqualTo(60);
		for (JsonNode item : search.get("items")) {
			if (apiTotal(item.get("name").asText()) == 1) {
				return item;
			}
		}
		return search.get("items").get(0);
	}

	private int apiTotal(String name) {
		return this.http.getForObject(API + "?q={q}", JsonNode.class, name).get("total").asInt();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
