package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Adjustments;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * In a browser: a district the plan decomposed no target to is shown by its contribution,
 * and the page says why; the zone-target page lists a bad file's problems, takes the
 * administrator's upload as a proposed plan adjustment that changes nothing until the
 * corridor approver (not the administrator) approves it, and the district is then judged
 * against its own target.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneTargetsBrowserTest extends BrowserTest {

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	private static final String EVALUATION = "/api/v1/plans/chengxi-2021/evaluations/DIGITAL_CORE_REVENUE?zone=XIHU";

	@Test
	@Order(1)
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

	/**
	 * Sends a file with the upload form, with a reason, effective from 1 January 2021.
	 */
	private static void propose(Path file) {
		browser.findElement(By.cssSelector("#targets-form input[type=file]")).sendKeys(file.toString());
		WebElement reason = browser.findElement(By.id("targets-reason"));
		reason.clear();
		reason.sendKeys("区县目标分解方案");
		browser.executeScript("arguments[0].value = '2021-01-01'", browser.findElement(By.id("targets-effective")));
		browser.findElement(By.id("targets-submit")).click();
	}

	@Test
	@Order(2)
	void proposesZoneTargetsOnThePageAndListsABadFilesProblems() throws IOException {
		String header = "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\n";
		Path bad = csv(header + "DIGITAL_CORE_REVENUE,XIHUU,2025,2600,,\nDIGITAL_CORE_REVENUE,LINAN,2024,100,,\n");
		Path good = csv(header + "DIGITAL_CORE_REVENUE,XIHU,2025,2600,2020,1500\n");
		try {
			browser.get(url("/targets?lang=zh_CN"));
			assertThat(browser.findElement(By.id("targets-adjustment")).getText()).contains("不会立即生效", "规划调整");
			propose(bad);
			List<WebElement> problems = wait(Duration.ofSeconds(20))
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#targets-rejected tbody tr"), 2));
			assertThat(problems.get(0).getText()).startsWith("2 区域代码 XIHUU");
			assertThat(problems.get(1).getText()).startsWith("3 目标年 2024");
			assertThat(browser.findElements(By.cssSelector("#targets-table tbody tr"))).isEmpty();

			propose(good);
			wait(Duration.ofSeconds(20))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("targets-accepted")));
			assertThat(browser.findElement(By.id("targets-accepted")).getText()).contains("待管委会审定人审定");
			// waiting, not in force
			assertThat(browser.findElements(By.cssSelector("#targets-table tr[data-zone='XIHU']"))).isEmpty();
			assertThat(browser.findElement(By.cssSelector("#targets-pending tr[data-zone='XIHU']")).getText())
				.contains("数字经济核心产业营业收入", "西湖区", "2025 > 2600");
			assertThat(this.http.getForObject(EVALUATION, JsonNode.class).at("/data/status").asText())
				.isEqualTo("NO_TARGET");
			screenshot("zone-targets-proposed.png");

			TestRestTemplate approver = Adjustments.as(this.accounts, this.tokens, this.port, "targets-approver",
					Role.APPROVER);
			long proposal = Adjustments.pending(approver).orElseThrow();
			assertThat(Adjustments.approve(this.http, proposal).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(Adjustments.approve(approver, proposal).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
			browser.get(url("/targets?lang=zh_CN"));
			WebElement line = browser.findElement(By.cssSelector("#targets-table tr[data-zone='XIHU']"));
			assertThat(line.getText()).contains("数字经济核心产业营业收入", "西湖区", "2025: > 2600", "规划调整");
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
			Files.delete(bad);
			Files.delete(good);
		}
	}

	private static Path csv(String text) throws IOException {
		Path file = Files.createTempFile("zone-targets", ".csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
