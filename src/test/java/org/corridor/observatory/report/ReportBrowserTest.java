package org.corridor.observatory.report;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in a real browser on the demo figures: the administrator asks for the
 * corridor's report, the page follows it through its phases with a progress bar, offers
 * its Word and PDF files once made, and lists it in the archive with its inputs; the PDF
 * the page links to is the one archived; a scenario chosen on the page goes into the
 * report and the archive names it. Screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class ReportBrowserTest extends BrowserTest {

	@Test
	@SuppressWarnings("unchecked")
	void aReportIsGeneratedWithItsProgressAndListed() throws IOException, InterruptedException {
		JsonNode scenario = this.http.postForObject(
				"/api/v1/plans/chengxi-2021/scenarios", Map.of("name", "数字经济提速", "assumptions", List.of(Map.of("kind",
						"GROWTH", "indicator", "DIGITAL_CORE_REVENUE", "zone", "CORRIDOR", "year", 2024, "rate", 25))),
				JsonNode.class);
		browser.get(url("/reports?lang=zh_CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("年度监测评估报告");
		assertThat(browser.findElement(By.id("report-none")).getText()).isEqualTo("尚未生成报告。");
		new Select(browser.findElement(By.id("report-scenarios"))).selectByValue(scenario.at("/data/id").asText());
		WebElement button = wait(Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#report-form button[type=submit]")));
		// every phase the progress shows, as the page shows it
		browser.executeScript("window.__phases = [];"
				+ "new MutationObserver(function () { var p = document.getElementById('report-progress');"
				+ " window.__phases.push(p.getAttribute('data-phase') + ' ' + document.getElementById('report-progress-percent').textContent); })"
				+ ".observe(document.getElementById('report-progress'), { attributes: true, subtree: true, childList: true, characterData: true });");
		button.click();
		wait(Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.id("report-done")));
		screenshot("reports-progress-done.png");
		List<String> phases = (List<String>) browser.executeScript("return window.__phases;");
		assertThat(phases).anyMatch((p) -> p.startsWith("done 100%"));
		assertThat(phases).as("phases seen before the end: %s", phases)
			.anyMatch((p) -> !p.startsWith("done") && !p.startsWith("null"));
		assertThat(browser.findElement(By.id("report-progress-phase")).getText()).isEqualTo("完成");

		WebElement row = wait(Duration.ofSeconds(20)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#report-table tbody tr[data-state=DONE]")));
		assertThat(row.getText()).contains("杭州城西科创大走廊", "已生成", "DEMO", "test-admin");
		assertThat(row.findElement(By.className("report-scenarios")).getText()).isEqualTo("数字经济提速（第 1 版）");
		screenshot("reports-archive.png");
		String id = row.getAttribute("data-id");
		JsonNode job = this.http.getForObject("/api/v1/plans/chengxi-2021/reports/" + id, JsonNode.class).get("data");
		String href = row.findElement(By.cssSelector("a.report-pdf")).getAttribute("href");
		byte[] pdf = this.http.getForObject(href.substring(href.indexOf("/api/")), byte[].class);
		assertThat(ReportJobs.sha256(pdf)).isEqualTo(job.get("pdfSha256").asText());
		assertThat(job.at("/scenarios/0/id").asLong()).isEqualTo(scenario.at("/data/id").asLong());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// the final year's report runs the scenario from the year before the last
			// target, so that the table is not empty
			assertThat(new PDFTextStripper().getText(doc)).contains("八、情景推演", "表7 情景“数字经济提速”与基准预测")
				.doesNotContain("无可推演的结果");
		}
		ReportDocumentsTest.render(pdf, "report-from-browser");
	}

}
