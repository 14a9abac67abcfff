package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
 * In a browser: a district the plan decomposed no target to is shown by its contribution,
 * and the page says why; the zone-target page takes the administrator's upload, lists a
 * bad file's problems, and the district is then judged against its own target.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ZoneTargetsBrowserTest extends BrowserTest {

	private static final String EVALUATION = "/api/v1/plans/chengxi-2021/evaluations/DIGITAL_CORE_REVENUE?zone=XIHU";

	@Test
	void showsADistrictWithoutATargetByItsContributionAndSaysWhy() throws IOException {
		JsonNode api = this.http.getForObject(EVALUATION, JsonNode.class);
		assertThat(api.at("/data/status").asText()).isEqualTo("NO_TARGET");
		double share = api.at("/data/contribution/share").asDouble();
		assertThat(share).isBetween(0.0, 1.0);

		browser.get(url("/?zone=XIHU&lang=zh_CN"));
		WebElement note = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("contribution-note")));
		assertThat(note.getText()).contains("没有分解到本区的目标，按贡献显示");
		WebElement row = browser.findElement(By.cssSelector("#indicator-table tr[data-code='DIGITAL_CORE_REVENUE']"));
		assertThat(row.getAttribute("data-status")).isEqualTo("NO_TARGET");
		assertThat(row.getText()).contains("未分解目标").doesNotContain("严重滞后");
		assertThat(row.findElement(By.cssSelector(".contribution-share")).getText())
			.isEqualTo(String.format("%.1f%%", share * 100));
		assertThat(browser.findElement(By.id("count-OFF_TRACK")).getText()).isEqualTo("0");
		screenshot("overview-contribution.png");

		browser.get(url("/indicators/DIGITAL_CORE_REVENUE?zone=XIHU&lang=zh_CN"));
		WebElement section = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-contribution")));
		assertThat(section.findElement(By.id("contribution-reason")).getText()).contains("本区未分解目标，按贡献显示");
		assertThat(browser.findElement(By.id("contribution-share")).getText())
			.isEqualTo(String.format("%.1f%%", share * 100));
		assertThat(browser.findElement(By.id("indicator-status")).getText()).isEqualTo("未分解目标");
		screenshot("indicator-contribution.png");

		browser.get(url("/indicators/DIGITAL_CORE_REVENUE?zone=XIHU&lang=en"));
		assertThat(browser.findElement(By.id("contribution-reason")).getText())
			.contains("No target decomposed to this zone; shown by contribution");
	}

	@Test
	void takesZoneTargetsOnThePageAndListsABadFilesProblems() throws IOException {
		String header = "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\n";
		Path bad = csv(header + "DIGITAL_CORE_REVENUE,XIHUU,2025,2600,,\nDIGITAL_CORE_REVENUE,LINAN,2024,100,,\n");
		Path good = csv(header + "DIGITAL_CORE_REVENUE,XIHU,2025,2600,2020,1500\n");
		// a row without a value decomposes nothing: the uploaded decomposition is emptied
		Path empty = csv(header + "DIGITAL_CORE_REVENUE,XIHU,2025,,,\n");
		try {
			browser.get(url("/targets?lang=zh_CN"));
			browser.findElement(By.cssSelector("#targets-form input[type=file]")).sendKeys(bad.toString());
			browser.findElement(By.id("targets-submit")).click();
			List<WebElement> problems = wait(Duration.ofSeconds(20))
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#targets-rejected tbody tr"), 2));
			assertThat(problems.get(0).getText()).startsWith("2 区域代码 XIHUU");
			assertThat(problems.get(1).getText()).startsWith("3 目标年 2024");
			assertThat(browser.findElements(By.cssSelector("#targets-table tbody tr"))).isEmpty();

			browser.findElement(By.cssSelector("#targets-form input[type=file]")).sendKeys(good.toString());
			browser.findElement(By.id("targets-submit")).click();
			wait(Duration.ofSeconds(20))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("targets-accepted")));
			WebElement line = browser.findElement(By.cssSelector("#targets-table tr[data-zone='XIHU']"));
			assertThat(line.getText()).contains("数字经济核心产业营业收入", "西湖区", "2025: > 2600", "上传");
			assertThat(browser.findElement(By.cssSelector("#targets-checks li[data-indicator='DIGITAL_CORE_REVENUE']"))
				.getText()).contains("1/6");
			screenshot("zone-targets.png");

			JsonNode own = this.http.getForObject(EVALUATION, JsonNode.class);
			assertThat(own.at("/data/status").asText()).isNotEqualTo("NO_TARGET");
			assertThat(own.at("/data/targetValue").asDouble()).isEqualTo(2600.0);
			browser.get(url("/indicators/DIGITAL_CORE_REVENUE?zone=XIHU&lang=zh_CN"));
			assertThat(browser.findElements(By.id("indicator-contribution"))).isEmpty();
			assertThat(browser.findElement(By.id("working-table")).getText()).contains("分解到本区的目标");
		}
		finally {
			browser.get(url("/targets?lang=zh_CN"));
			browser.findElement(By.cssSelector("#targets-form input[type=file]")).sendKeys(empty.toString());
			browser.findElement(By.id("targets-submit")).click();
			wait(Duration.ofSeconds(20))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("targets-accepted")));
			Files.delete(bad);
			Files.delete(good);
			Files.delete(empty);
		}
	}

	private static Path csv(String text) throws IOException {
		Path file = Files.createTempFile("zone-targets", ".csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
