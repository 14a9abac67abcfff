package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate list and the reference region imported through the chain overview page: a
 * bad reference file is rejected with its rows named and changes nothing; a good one
 * replaces the demo reference, and the location quotients follow it; a candidate list
 * replaces the demo list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true", "observatory.demo.firms=200" })
@ActiveProfiles("test")
class ChainInputsBrowserTest extends BrowserTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	@TempDir
	Path folder;

	@Test
	void referenceAndCandidatesImportThroughThePage() throws IOException {
		JsonNode report = this.http.getForObject(PLAN + "/chains?year=2025", JsonNode.class).get("data");
		assertThat(report.at("/reference/demo").asBoolean()).isTrue();

		browser.get(url("/chains?lang=zh_CN"));
		assertThat(browser.findElement(By.id("chain-reference")).getText()).contains("演示");
		Path bad = file("坏参照.csv",
				"参照区域,年度,环节,从业人员\r\n浙江省,2025,AI_INTELLIGENT_COMPUTING,1000\r\n" + "浙江省,2025,NO_SUCH_SEGMENT,10\r\n");
		upload("reference-file", "reference-submit", bad);
		WebElement rejected = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("chain-inputs-rejected")));
		assertThat(rejected.getText()).contains("NO_SUCH_SEGMENT", "3");
		assertThat(this.http.getForObject(PLAN + "/reference", JsonNode.class).get("demo").asBoolean()).isTrue();

		Path good = file("参照.csv",
				"参照区域,年度,环节,从业人员\r\n浙江省,2025,合计,1000000\r\n" + "浙江省,2025,AI_INTELLIGENT_COMPUTING,1000\r\n");
		upload("reference-file", "reference-submit", good);
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("reference-imported")));
		assertThat(browser.findElement(By.id("chain-reference")).getText()).contains("浙江省");
		JsonNode after = this.http.getForObject(PLAN + "/chains?year=2025", JsonNode.class).get("data");
		assertThat(after.at("/reference/region").asText()).isEqualTo("浙江省");
		assertThat(after.at("/reference/demo").asBoolean()).isFalse();
		after.get("chains").forEach((chain) -> chain.get("segments").forEach((segment) -> {
			boolean given = segment.get("code").asText().equals("AI_INTELLIGENT_COMPUTING")
					&& segment.get("employees").asLong() > 0;
			assertThat(segment.get("locationQuotient").isNull()).isEqualTo(!given);
		}));

		Path candidates = file("候选.csv",
				"企业名称,行业代码,环节,所在地区,营业收入\r\n" + "某智能终端有限公司,C3921,AI_SMART_TERMINALS,深圳市南山区,52000\r\n");
		upload("candidate-file", "candidate-submit", candidates);
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("candidates-imported")));
		assertThat(browser.findElement(By.id("chain-candidate-count")).getText()).isEqualTo("1");
		assertThat(this.http.getForObject(PLAN + "/candidates", JsonNode.class).get("data").get(0).get("name").asText())
			.isEqualTo("某智能终端有限公司");
	}

	private Path file(String name, String content) throws IOException {
		Path file = this.folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static void upload(String input, String submit, Path file) {
		browser.findElement(By.id(input)).sendKeys(file.toString());
		browser.findElement(By.id(submit)).click();
	}

}
