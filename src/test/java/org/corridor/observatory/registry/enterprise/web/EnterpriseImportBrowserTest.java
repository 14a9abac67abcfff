package org.corridor.observatory.registry.enterprise.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise import of the import page in a real browser (headless Chromium from
 * Debian's packages): a file of thousands of firms is uploaded through the form, a
 * progress bar follows the background job to the summary, and the firms are then in the
 * register; a file with a wrong check character is refused with the row and the reason
 * and stores nothing; a firm is found by the Traditional spelling of its name.
 * Screenshots go to {@code target/screenshots/}. The test has a database of its own:
 * thousands of firms would otherwise show in the tests that share its application
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:enterprise-import-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class EnterpriseImportBrowserTest extends BrowserTest {

	private static final String API = "/api/v1/plans/chengxi-2021/enterprises";

	private static final String HEADER = "统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,梯队,年度,营业收入,研发费用,从业人员,发明专利";

	private static final int FIRMS = 5000;

	/**
	 * Every state the progress line goes through, as {@code phase|value|max|percent},
	 * recorded by the page itself so that no state is missed between two looks.
	 */
	private static final String RECORD_PROGRESS = """
			window.progressLog = [];
			var panel = document.getElementById('firm-progress');
			var bar = document.getElementById('firm-progress-bar');
			var record = function () {
				if (panel.hidden) { return; }
				var entry = [panel.getAttribute('data-phase'), bar.getAttribute('value'), bar.getAttribute('max'),
					document.getElementById('firm-progress-percent').textContent].join('|');
				if (window.progressLog[window.progressLog.length - 1] !== entry) { window.progressLog.push(entry); }
			};
			new MutationObserver(record).observe(panel, { attributes: true, childList: true, subtree: true,
				characterData: true });
			""";

	@Test
	void importsThousandsOfFirmsShowingTheProgressUntilTheSummary() throws IOException {
		Path file = Files.createTempFile("firms", ".csv");
		Files.writeString(file, firms(FIRMS), StandardCharsets.UTF_8);
		long before = total(null);
		// Without JavaScript the form cannot be sent and the page says why.
		assertThat(this.http.getForObject("/import?lang=zh_CN", String.class))
			.contains("<button type=\"submit\" disabled>导入</button>")
			.contains("<noscript><p class=\"error\">企业名录导入需要启用浏览器的 JavaScript");

		browser.get(url("/import?lang=zh_CN"));
		WebElement form = browser.findElement(By.id("firm-form"));
		assertThat(browser.findElement(By.id("firm-template-xlsx")).getAttribute("href"))
			.endsWith(API + "/template.xlsx");
		assertThat(form.findElement(By.tagName("button")).isEnabled()).isTrue();
		browser.executeScript(RECORD_PROGRESS);
		form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
		form.findElement(By.tagName("button")).click();

		wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("firm-progress-bar")));
		screenshot("enterprise-import-progress.png");
		wait(Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.id("firm-accepted")));

		@SuppressWarnings("unchecked")
		List<String> log = (List<String>) browser.executeScript("return window.progressLog;");
		assertThat(log.get(0)).as(log.toString()).startsWith("uploading|");
		// The job was shown running before it was done: queued, reading, checking or
		// storing.
		assertThat(log).as(log.toString())
			.anyMatch((entry) -> entry.matches("(queued|reading|validating|storing)\\|.*"));
		assertThat(log.get(log.size() - 1)).as(log.toString())
			.isEqualTo("done|" + 2 * FIRMS + "|" + 2 * FIRMS + "|100%");
		assertThat(browser.findElement(By.id("firm-progress-phase")).getText()).isEqualTo("完成");
		assertThat(browser.findElement(By.id("firm-progress-count")).getText()).isEqualTo("10,000 / 10,000 行");
		assertThat(browser.findElement(By.id("firm-result-rows")).getText()).isEqualTo("10,000");
		assertThat(browser.findElement(By.id("firm-result-firms")).getText()).isEqualTo("5,000");
		assertThat(browser.findElement(By.id("firm-result-inserted")).getText()).isEqualTo("5,000");
		assertThat(browser.findElement(By.id("firm-result-years")).getText()).isEqualTo("10,000");
		assertThat(browser.findElement(By.id("firm-result-located")).getText()).isEqualTo("2,500");
		assertThat(browser.findElement(By.id("firm-accepted")).getText()).contains("导入成功", "新增企业");
		assertThat(browser.findElement(By.id("firm-rejected")).isDisplayed()).isFalse();
		screenshot("enterprise-import.png");

		browser.findElement(By.id("firm-list-link")).click();
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("firm-q")))
			.sendKeys("进度测试");
		browser.findElement(By.id("firm-submit")).click();
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("firm-total"), Integer.toString(FIRMS)));
		assertThat(browser.findElements(By.cssSelector("#firm-table tbody tr"))).hasSize(50);
		assertThat(browser.findElement(By.id("firm-table")).getText()).contains(name(0));
		assertThat(total(null)).isEqualTo(before + FIRMS);
		Files.delete(file);
	}

	@Test
	void refusesAFileWithAWrongCheckCharacterListingTheRowAndStoringNothing() throws IOException {
		Path file = Files.createTempFile("bad-firms", ".csv");
		Files.writeString(file, HEADER + "\n" + row(uscc("KM000001"), "杭州坏码测试甲科技有限公司", 1, 2024)
				+ row(uscc("KM000002"), "杭州坏码测试乙科技有限公司", 2, 2024)
				// Alibaba's code, 91330100716105852F, with the check character changed.
				+ row("91330100716105852G", "杭州坏码测试丙科技有限公司", 3, 2024), StandardCharsets.UTF_8);
		long before = total(null);

		browser.get(url("/import?lang=zh_CN"));
		browser.findElement(By.cssSelector("#firm-form input[type=file]")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#firm-form button")).click();

		List<WebElement> problems = wait(Duration.ofSeconds(30))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#firm-rejected tbody tr"), 1));
		List<String> cells = problems.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
		assertThat(cells).containsExactly("4", "统一社会信用代码", "91330100716105852G", "校验码（第 18 位）应为“F”，实为“G”");
		assertThat(browser.findElement(By.id("firm-rejected-summary")).getText()).isEqualTo("导入被拒绝,未做任何更改。共 1 个问题:");
		assertThat(browser.findElement(By.id("firm-accepted")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("firm-progress")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector("#firm-form button")).isEnabled()).isTrue();
		screenshot("enterprise-import-rejected.png");
		assertThat(total(null)).isEqualTo(before);
		assertThat(total("坏码测试")).isZero();

		browser.get(url("/import?lang=en"));
		browser.findElement(By.cssSelector("#firm-form input[type=file]")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#firm-form button")).click();
		WebElement english = wait(Duration.ofSeconds(30))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#firm-rejected tbody tr"), 1))
			.get(0);
		assertThat(english.getText()).startsWith("4 统一社会信用代码 91330100716105852G")
			.endsWith("the check character (character 18) should be 'F', not 'G'");
		assertThat(browser.findElement(By.cssSelector("#firm-rejected th")).getText()).isEqualTo("Row");
		assertThat(total(null)).isEqualTo(before);
		browser.get(url("/import?lang=zh_CN"));
		Files.delete(file);
	}

	@Test
	void findsAStoredFirmByTheTraditionalSpellingOfItsName() {
		String code = uscc("LN000001");
		String csv = HEADER + "\n" + row(code, "杭州云栖数据网络技术有限公司", 1, 2024);
		assertThat(Uploads.upload(this.http, API, "one.csv", csv.getBytes(StandardCharsets.UTF_8)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);

		browser.get(url("/enterprises?lang=zh_CN"));
		// the list before the search may hold one row too: wait for the page to be
		// replaced
		WebElement before = browser.findElement(By.id("firm-table"));
		browser.findElement(By.id("firm-q")).sendKeys("杭州雲棲數據網絡技術");
		browser.findElement(By.id("firm-submit")).click();
		waitUntilReplaced(before, Duration.ofSeconds(10));

		List<WebElement> rows = browser.findElements(By.cssSelector("#firm-table tbody tr"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getAttribute("data-uscc")).isEqualTo(code);
		assertThat(rows.get(0).getText()).contains("杭州云栖数据网络技术有限公司");
		assertThat(browser.findElement(By.id("firm-total")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("firm-q")).getAttribute("value")).isEqualTo("杭州雲棲數據網絡技術");
	}

	/** How many firms the API finds for {@code q}, or in all when it is null. */
	private long total(String q) {
		JsonNode page = (q != null) ? this.http.getForObject(API + "?limit=1&q={q}", JsonNode.class, q)
				: this.http.getForObject(API + "?limit=1", JsonNode.class);
		return page.get("total").asLong();
	}

	/**
	 * Firms of two years each; every other firm located (WGS84, in the corridor) and
	 * every tenth with a tier.
	 */
	private static String firms(int count) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < count; i++) {
			String code = uscc("JD" + String.format(Locale.ROOT, "%06d", i));
			String position = (i % 2 == 0) ? String.format(Locale.ROOT, "%.5f,%.5f,wgs84", 119.95 + (i % 100) * 0.002,
					30.22 + (i / 100 % 50) * 0.002) : ",,";
			String tier = (i % 10 == 0) ? "TECH_SME:2021-06-30" : "";
			for (int year = 2023; year <= 2024; year++) {
				csv.append(code)
					.append(',')
					.append(name(i))
					.append(",I6513,AI_CHAIN,,")
					.append((year == 2023) ? position : ",,")
					.append(',')
					.append((year == 2023) ? tier : "")
					.append(',')
					.append(year)
					.append(',')
					.append(1000 + i)
					.append(",100,")
					.append(10 + i % 90)
					.append(",1\n");
			}
		}
		return csv.toString();
	}

	private static String name(int i) {
		return "杭州进度测试科技有限公司" + String.format(Locale.ROOT, "%04d", i);
	}

	private static String row(String code, String name, int revenue, int year) {
		return code + "," + name + ",I6513,,,,,,," + year + "," + revenue + ",,,\n";
	}

	/**
	 * A valid credit code of Hangzhou's Xihu district with the organisation body given:
	 * GB 11714's check over the body, then GB 32100's check character.
	 */
	private static String uscc(String body) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body.charAt(i);
			sum += ((c <= '9') ? c - '0' : c - 'A' + 10) * weights[i];
		}
		int check = 11 - sum % 11;
		String code = "91330106" + body + ((check == 10) ? 'X' : (char) ('0' + check % 11));
		return code + Uscc.checkCharacterOf(code);
	}

}
