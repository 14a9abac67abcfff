package org.corridor.observatory.registry.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform pages in a real browser, with the demo platform histories loaded: the list
 * and its chart agree with the API, the filters and a Traditional-script search narrow
 * it, a platform's page shows its stages, and a platform file imported through the page
 * is rejected with its bad rows listed, or taken and listed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true", "observatory.demo.firms=10" })
@ActiveProfiles("test")
class PlatformBrowserTest extends BrowserTest {

	private static final String API = "/api/v1/plans/chengxi-2021/platforms";

	@TempDir
	Path folder;

	@Test
	void listAndChartShowWhatTheApiHolds() throws IOException {
		JsonNode all = this.http.getForObject(API, JsonNode.class);
		assertThat(all.get("demo").asBoolean()).isTrue();

		browser.get(url("/platforms?lang=zh_CN"));
		WebElement chart = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#platform-chart[data-rendered]")));

		List<WebElement> rows = browser.findElements(By.cssSelector("#platform-table tbody tr"));
		assertThat(rows).hasSize(all.get("data").size());
		assertThat(browser.findElement(By.id("platform-total")).getText())
			.isEqualTo(String.valueOf(all.get("data").size()));
		assertThat(chart.findElement(By.tagName("svg")).getText()).contains("DEMO", "国家级", "运行");
		assertThat(browser.findElement(By.id("nav-platforms")).getAttribute("class")).contains("active");
		screenshot("platforms.png");
		// in English a named platform shows its English name
		assertThat(this.http.getForObject("/platforms?lang=en&q=ZHIJIANG_LAB", String.class)).contains(">Zhejiang Lab<",
				"title=\"之江实验室\"");
	}

	@Test
	void filtersAndTraditionalSearchNarrowTheList() {
		JsonNode accredited = this.http.getForObject(API + "?status=accredited", JsonNode.class).get("data");
		assertThat(accredited).isNotEmpty();

		browser.get(url("/platforms?lang=zh_CN"));
		WebElement before = browser.findElement(By.id("platform-table"));
		new Select(browser.findElement(By.id("platform-status"))).selectByValue("accredited");
		browser.findElement(By.id("platform-submit")).click();
		waitUntilReplaced(before, Duration.ofSeconds(10));
		List<WebElement> rows = browser.findElements(By.cssSelector("#platform-table tbody tr"));
		assertThat(rows).hasSize(accredited.size())
			.allSatisfy((row) -> assertThat(row.findElement(By.className("status-cell")).getText()).startsWith("获批认定"));

		browser.get(url("/platforms?lang=zh_CN"));
		WebElement all = browser.findElement(By.id("platform-table"));
		browser.findElement(By.id("platform-q")).sendKeys("之江實驗室");
		browser.findElement(By.id("platform-submit")).click();
		waitUntilReplaced(all, Duration.ofSeconds(10));
		assertThat(browser.findElements(By.cssSelector("#platform-table tbody tr")))
			.extracting((row) -> row.getAttribute("data-code"))
			.containsExactly("ZHIJIANG_LAB");
	}

	@Test
	void aPlatformPageShowsItsStages() {
		JsonNode detail = this.http.getForObject(API + "/ZJU_HYPERGRAVITY_FACILITY", JsonNode.class).get("data");
		String status = detail.at("/platform/status").asText();

		browser.get(url("/platforms/ZJU_HYPERGRAVITY_FACILITY?lang=zh_CN"));
		WebElement current = browser.findElement(By.cssSelector("#platform-stages li.current"));
		assertThat(current.getAttribute("data-status")).isEqualToIgnoringCase(status);
		assertThat(browser.findElement(By.id("platform-name")).getText()).isEqualTo("浙大超重力离心模拟与实验装置");
		assertThat(browser.findElement(By.id("platform-demo")).getText()).contains("演示数据");
		// the demo history replaced the plan's own record, which is kept
		assertThat(browser.findElement(By.id("platform-revisions")).getText()).contains("规划文本");
	}

	@Test
	void importThroughThePageRejectsBadRowsAndTakesGoodOnes() throws IOException {
		Path bad = this.folder.resolve("坏平台.csv");
		Files.writeString(bad, "平台代码,平台名称,平台类型,获批认定日期\r\nBROWSER_LAB,浏览器实验室,NO_SUCH_TYPE,2023-02-30\r\n",
				StandardCharsets.UTF_8);
		browser.get(url("/platforms?lang=zh_CN"));
		browser.findElement(By.id("platform-file")).sendKeys(bad.toString());
		browser.findElement(By.id("platform-import-submit")).click();
		WebElement rejected = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("platform-rejected")));
		assertThat(rejected.getText()).contains("未知的平台类型“NO_SUCH_TYPE”", "不存在", "2");
		assertThat(this.http.getForObject(API + "?q=BROWSER_LAB", JsonNode.class).get("data")).isEmpty();

		Path good = this.folder.resolve("平台.csv");
		Files.writeString(good, "平台代码,平台名称,平台类型,获批认定日期\r\nBROWSER_LAB,浏览器实验室,省级重点实验室,2023-02-28\r\n",
				StandardCharsets.UTF_8);
		browser.findElement(By.id("platform-file")).sendKeys(good.toString());
		browser.findElement(By.id("platform-import-submit")).click();
		WebElement accepted = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("platform-imported")));
		assertThat(accepted.getText()).contains("新增 1 个");
		assertThat(browser.findElements(By.cssSelector("#platform-table tr[data-code='BROWSER_LAB']"))).hasSize(1);
	}

}
