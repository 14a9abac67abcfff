package org.corridor.observatory.monitor.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.Adjustments;
import org.corridor.observatory.monitor.adjustment.IndicatorColumn;
import org.corridor.observatory.monitor.adjustment.IndicatorRows;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator page of a year shows the indicator as that year is evaluated: after
 * version 2 renamed the revenue indicator, changed its unit, stated a baseline and
 * lowered its target from 1 July 2023, the page of 2022 still names, measures and judges
 * it as version 1 did, and the page of 2024 as version 2 does.
 */
// a property of its own: the context gets a version 2, so it is shared with no other
// class
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.test.context=indicator-page-versions")
@ActiveProfiles("test")
@DirtiesContext
class IndicatorPageVersionsIntegrationTest {

	private static final String REVENUE = "DIGITAL_CORE_REVENUE";

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PlanCatalog catalog;

	@Test
	void aYearUnderVersion1ShowsTheIndicatorAsVersion1DefinedIt() {
		TestRestTemplate admin = Adjustments.as(this.accounts, this.tokens, this.port, "page-admin", Role.ADMIN);
		TestRestTemplate approver = Adjustments.as(this.accounts, this.tokens, this.port, "page-approver",
				Role.APPROVER);
		Plan plan = this.catalog.current();
		Map<IndicatorColumn, String> row = IndicatorRows.format(plan, plan.getIndicator(REVENUE), Locale.CHINA);
		row.put(IndicatorColumn.NAME_ZH, "数字经济核心产业营业收入（新口径）");
		row.put(IndicatorColumn.NAME_EN, "Digital-economy core revenue (new basis)");
		row.put(IndicatorColumn.UNIT_ZH, "万亿元");
		row.put(IndicatorColumn.UNIT_EN, "trillion CNY");
		row.put(IndicatorColumn.BASELINE_YEAR, "2020");
		row.put(IndicatorColumn.BASELINE_VALUE, "0.45");
		row.put(IndicatorColumn.TARGETS, "2025 ≥ 0.96");
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		row.forEach((column, value) -> form.add(column.field(), value));
		form.add("reason", "市政府批复：统计口径调整");
		form.add("effective_date", "2023-07-01");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		assertThat(admin.postForEntity("/indicator-system/indicators", new HttpEntity<>(form, headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		long proposal = Adjustments.pending(approver).orElseThrow();
		assertThat(Adjustments.approve(approver, proposal).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(this.catalog.getPlan(plan.id(), 2024).getIndicator(REVENUE).unit().zh()).isEqualTo("万亿元");

		TestRestTemplate anyone = new TestRestTemplate(
				new RestTemplateBuilder().rootUri("http://localhost:" + this.port));
		String before = anyone.getForObject("/indicators/" + REVENUE + "?year=2022&lang=zh_CN", String.class);
		assertThat(before).contains("2022 年按第 1 版规划", "<title>数字经济核心产业营业收入 · ", "<h1><span>数字经济核心产业营业收入</span>",
				"<b>亿元</b>", "T = 10000 (2025: &gt; 10000)", "原文未给出基期值");
		assertThat(before).doesNotContain("新口径", "万亿元", "0.96", "0.45");

		String after = anyone.getForObject("/indicators/" + REVENUE + "?year=2024&lang=zh_CN", String.class);
		assertThat(after).contains("2024 年按第 2 版规划", "<h1><span>数字经济核心产业营业收入（新口径）</span>", "<b>万亿元</b>",
				"T = 0.96 (2025: ≥ 0.96)", "0.45");
	}

}
