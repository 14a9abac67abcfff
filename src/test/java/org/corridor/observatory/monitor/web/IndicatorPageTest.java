package org.corridor.observatory.monitor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator page names its zone and year and lets the reader choose both without
 * script (a GET form); it draws one zone's series; a computed indicator lists the records
 * behind its figure and names the registry it is computed from; the pack's note is shown.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class IndicatorPageTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void withoutAZoneShowsTheCorridorAndOnlyItsFigures() {
		String page = this.http.getForObject("/indicators/DIGITAL_CORE_REVENUE?lang=zh_CN", String.class);
		JsonNode corridor = this.http.getForObject(
				"/api/v1/plans/chengxi-2021/observations?indicator=DIGITAL_CORE_REVENUE&zone=CORRIDOR", JsonNode.class);
		JsonNode all = this.http.getForObject("/api/v1/plans/chengxi-2021/observations?indicator=DIGITAL_CORE_REVENUE",
				JsonNode.class);
		assertThat(all.get("data").size()).isGreaterThan(corridor.get("data").size());
		assertThat(page).contains("id=\"indicator-scope\">杭州城西科创大走廊 · ");
		assertThat(page).containsPattern("<option value=\"CORRIDOR\" selected=\"selected\">杭州城西科创大走廊</option>");
		assertThat(page).contains("<form id=\"indicator-filter\"", "method=\"get\"", "name=\"zone\"", "name=\"year\"",
				"id=\"indicator-submit\"");
		String table = page.substring(page.indexOf("id=\"observation-table\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(table.split("<tr>").length - 2).isEqualTo(corridor.get("data").size());
	}

	@Test
	void aChosenZoneAndYearAreNamedAndUsed() {
		String page = this.http.getForObject("/indicators/DIGITAL_CORE_REVENUE?zone=XIHU&year=2023&lang=en",
				String.class);
		assertThat(page).contains("id=\"indicator-scope\">Xihu District · 2023");
		assertThat(page).contains("<option value=\"2023\" selected=\"selected\">2023</option>");
	}

	@Test
	void showsThePacksNoteOnTheIndicator() {
		String page = this.http.getForObject("/indicators/DIGITAL_CORE_REVENUE?lang=zh_CN", String.class);
		assertThat(page).contains("id=\"indicator-note\"", "原文未给出基期值");
	}

	@Test
	void aComputedIndicatorNamesThePlatformRegistryAndListsThePlatformsCounted() {
		String page = this.http.getForObject("/indicators/NATIONAL_INNOVATION_CENTRES?year=2025&lang=zh_CN",
				String.class);
		assertThat(page).contains("由创新平台库计算").doesNotContain("由企业库计算");
		assertThat(page).contains("创新平台数:");
		assertThat(page).contains("id=\"indicator-records\"", "2025 年计入的记录");
		JsonNode records = this.http.getForObject(
				"/api/v1/plans/chengxi-2021/evaluations/NATIONAL_INNOVATION_CENTRES/records?year=2025", JsonNode.class);
		assertThat(page).contains("共计入 " + records.at("/data/total").asLong() + " 条");
		for (JsonNode record : records.at("/data/records")) {
			assertThat(page).contains("href=\"/platforms/" + record.get("code").asText() + "\"");
		}
	}

}
