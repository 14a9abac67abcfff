package org.corridor.observatory.scenario;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.Adjustments;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.monitor.adjustment.IndicatorColumn;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The proof of issue 12, narrated through the web layer only, as the corridor office
 * would live it, on the corridor pack without demo data:
 * <ol>
 * <li>the administrator loads the official 表1 — ten indicators, each marked as a row of
 * 表1 — as a workbook on the indicator-system page, in force from the mid-term adjustment
 * (1 July 2023), and in the same adjustment decomposes two of its indicators to the six
 * reporting districts (临平区 is kept only to split pre-2021 余杭 figures: not a part, as the
 * targets page says): revenue to all six (the parts add up to the corridor's 10 000),
 * high-tech firms to five of them (4 550 of 4 800; 德清 left without a target, which the
 * sum check flags); a decomposition that does not add up is refused with the numbers;
 * nothing is in force until the corridor approver (not the proposer) approves the whole
 * as plan version 2;</li>
 * <li>the committee opens the 2024 round for the six districts: 西湖's import has one ERROR
 * (a count with a fraction: refused, located, nothing stored), its corrected figures one
 * WARNING (the districts' revenue 2.61 % short of the corridor's, beyond the pack's 2 %
 * rule: the submission is refused until acknowledged with a comment) and 富阳's figures one
 * OUTLIER (high-tech firms up 60 % on the year: flagged to the reviewer with the numbers,
 * not blocking); a validation run over the round finds exactly those;</li>
 * <li>after review and the committee's approval the figures are public, and 西湖 is
 * evaluated against its own targets under version 2, while 德清 — without a target for
 * high-tech firms — is shown by its contribution; the overview page and the round's page
 * in a browser say the same.</li>
 * </ol>
 */
// a property of its own, so that no other class's context (and figures) is reused
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "observatory.test.context=indicator-system-scenario", "observatory.demo.enabled=false",
				"observatory.plan.location=classpath:packs/chengxi-2021" })
@ActiveProfiles("test")
@DirtiesContext
class IndicatorSystemScenarioTest extends BrowserTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	private static final String REVENUE = "DIGITAL_CORE_REVENUE";

	private static final String FIRMS = "HIGH_TECH_ENTERPRISES";

	/**
	 * The reporting districts of the pack: the six the plan names (临平区 is a
	 * district-level zone too, kept only to split pre-2021 figures: it does not report).
	 */
	private static final List<String> DISTRICTS = List.of("XIHU", "BINJIANG", "YUHANG", "LINAN", "FUYANG", "DEQING");

	/**
	 * Revenue (亿元) per district: 2023 as published, 2024 as reported in the round (余杭 as
	 * the plan means it, with today's 临平).
	 */
	private static final Map<String, int[]> REVENUES = Map.of("XIHU", new int[] { 2100, 2280 }, "BINJIANG",
			new int[] { 2350, 2560 }, "YUHANG", new int[] { 2200, 2410 }, "LINAN", new int[] { 380, 410 }, "FUYANG",
			new int[] { 950, 1030 }, "DEQING", new int[] { 230, 250 });

	/**
	 * High-tech firms (家) per district, 2023 and 2024: 富阳 jumps from 400 to 640 (+60 %).
	 */
	private static final Map<String, int[]> HIGH_TECH = Map.of("XIHU", new int[] { 860, 960 }, "BINJIANG",
			new int[] { 1180, 1300 }, "YUHANG", new int[] { 1000, 1110 }, "LINAN", new int[] { 150, 170 }, "FUYANG",
			new int[] { 400, 640 }, "DEQING", new int[] { 140, 160 });

	private static final Pattern APPROVE = Pattern.compile("/indicator-system/proposals/(\\d+)/approve");

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void anOfficialTableIsDecomposedReportedCheckedAndEvaluatedPerDistrict() throws IOException {
		long started = System.nanoTime();
		TestRestTemplate admin = as("scenario-admin", Role.ADMIN);
		TestRestTemplate committee = as("scenario-approver", Role.APPROVER);
		TestRestTemplate analyst = as("scenario-analyst", Role.ANALYST);
		TestRestTemplate anyone = new TestRestTemplate(
				new RestTemplateBuilder().rootUri("http://localhost:" + this.port));

		// ---------------------------------------------------------------- 1. 表1 as plan
		// version 2
		assertThat(anyone.getForObject(PLAN + "/indicators", JsonNode.class)).hasSize(6);
		byte[] downloaded = admin.getForObject("/indicator-system/indicators.xlsx", byte[].class);
		byte[] table1 = table1(downloaded);
		ResponseEntity<String> proposed = proposeWorkbook(admin, table1, "经市政府同意，规划中期评估后调整主要规划指标（表1）", "2023-07-01");
		assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(proposed.getBody()).contains("待审定的调整", "国家高新技术企业数", "全社会研究与试验发展经费支出占地区生产总值比重");
		// nothing changes before the approval
		assertThat(anyone.getForEntity(PLAN + "/indicators/" + FIRMS, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		// ---------------------------------------------------------------- 2.
		// decomposition, in the same waiting adjustment (a zone-target file is checked
		// against the plan the proposal makes: the high-tech firms are in it)
		String header = "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\n";
		// parts that do not add up are refused with the numbers, and nothing is stored
		ResponseEntity<JsonNode> mismatch = zoneTargets(admin, header + revenueTargets(3000));
		assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(mismatch.getBody().at("/problems/0/row").asInt()).isEqualTo(2);
		assertThat(mismatch.getBody().at("/problems/0/value").asText()).isEqualTo("10500");
		assertThat(mismatch.getBody().at("/problems/0/en").asText()).contains("10500", "10000", "off by 500");
		assertThat(admin.getForObject(PLAN + "/zone-targets", JsonNode.class).get("targets")).isEmpty();

		String decomposition = header + revenueTargets(2500) + FIRMS + ",XIHU,2025,1100,2020,600\n" + FIRMS
				+ ",BINJIANG,2025,1500,,\n" + FIRMS + ",YUHANG,2025,900,,\n" + FIRMS + ",LINAN,2025,250,,\n" + FIRMS
				+ ",FUYANG,2025,800,,\n";
		ResponseEntity<JsonNode> decomposed = Adjustments.proposeZoneTargets(admin, PLAN, decomposition,
				"经市政府同意，规划中期评估后调整主要规划指标（表1）", "2023-07-01");
		assertThat(decomposed.getStatusCode()).as(String.valueOf(decomposed.getBody())).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(decomposed.getBody().get("targets").asInt()).isEqualTo(11);
		assertThat(decomposed.getBody().get("baselines").asInt()).isEqualTo(2);
		Map<String, JsonNode> checks = new HashMap<>();
		decomposed.getBody().get("checks").forEach((check) -> checks.put(check.get("indicator").asText(), check));
		assertThat(checks.get(REVENUE).get("outcome").asText()).isEqualTo("ADDS_UP");
		assertThat(checks.get(REVENUE).get("sum").decimalValue()).isEqualByComparingTo("10000");
		assertThat(checks.get(REVENUE).get("given").asInt()).isEqualTo(6);
		assertThat(checks.get(REVENUE).get("parts").asInt()).isEqualTo(6);
		assertThat(checks.get(FIRMS).get("outcome").asText()).isEqualTo("PARTIAL");
		assertThat(checks.get(FIRMS).get("sum").decimalValue()).isEqualByComparingTo("4550");
		assertThat(checks.get(FIRMS).get("whole").decimalValue()).isEqualByComparingTo("4800");
		assertThat(checks.get(FIRMS).get("given").asInt()).isEqualTo(5);
		assertThat(checks.get(FIRMS).get("parts").asInt()).isEqualTo(6);
		assertThat(checks.get(FIRMS).get("missing")).singleElement()
			.satisfies((zone) -> assertThat(zone.asText()).isEqualTo("DEQING"));
		// the targets page says which zones make up the whole, and which district is not
		// counted
		String targetsPage = admin.getForObject("/targets", String.class);
		assertThat(targetsPage).contains("data-parts=\"XIHU,BINJIANG,YUHANG,LINAN,FUYANG,DEQING\"", "构成全域的 6 个填报单位：西湖区",
				"id=\"targets-not-reporting\" class=\"note\" data-zone=\"LINPING\"", "不计入：临平区");

		// still nothing in force: the proposal carries both kinds of change
		assertThat(admin.getForObject(PLAN + "/zone-targets", JsonNode.class).get("targets")).isEmpty();

		String systemPage = committee.getForObject("/indicator-system", String.class);
		String changes = systemPage.substring(systemPage.indexOf("id=\"system-changes\""),
				systemPage.indexOf("</ul>", systemPage.indexOf("id=\"system-changes\"")));
		assertThat(count(changes, "<li")).as("nine rows added, the revenue row changed").isEqualTo(10);
		String targetChanges = systemPage.substring(systemPage.indexOf("id=\"system-target-changes\""),
				systemPage.indexOf("</table>", systemPage.indexOf("id=\"system-target-changes\"")));
		assertThat(count(targetChanges, "<tr data-indicator")).as("six revenue and five firms targets").isEqualTo(11);
		Matcher approveLink = APPROVE.matcher(systemPage);
		assertThat(approveLink.find()).isTrue();
		long proposal = Long.parseLong(approveLink.group(1));
		// four eyes: the administrator who proposed it cannot approve it
		assertThat(decide(admin, proposal).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(decide(committee, proposal).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);

		JsonNode indicators = anyone.getForObject(PLAN + "/indicators", JsonNode.class);
		assertThat(indicators).hasSize(15);
		List<String> adjusted = new ArrayList<>();
		List<String> inTable1 = new ArrayList<>();
		indicators.forEach((indicator) -> {
			if (indicator.at("/adjustment/version").asInt() == 2) {
				adjusted.add(indicator.get("code").asText());
			}
			if (indicator.path("table").asText().equals("TABLE_1")) {
				inTable1.add(indicator.get("code").asText());
			}
		});
		assertThat(adjusted).containsExactlyInAnyOrder(REVENUE, "RD_INTENSITY", FIRMS, "INVENTION_PATENTS_PER_10K",
				"TECH_CONTRACT_TURNOVER", "DIGITAL_VALUE_ADDED_SHARE", "UNICORN_ENTERPRISES", "HIGH_LEVEL_TALENT",
				"VENTURE_CAPITAL", "KEY_LABORATORIES");
		// the ten rows are marked as 表1's, in the API and in the indicator table the
		// administrator downloads next; the plan's other indicators are not
		assertThat(inTable1).containsExactlyInAnyOrderElementsOf(adjusted);
		assertThat(table1Rows(admin.getForObject("/indicator-system/indicators.xlsx", byte[].class)))
			.containsExactlyInAnyOrderElementsOf(adjusted);
		// the structure page and the overview now say so, instead of 表1's rows not given
		String structure = anyone.getForObject("/structure?lang=zh_CN", String.class);
		assertThat(structure).contains("10 项指标经规划调整标注为表中各行").doesNotContain("规划原文摘录未列出表中各行");
		assertThat(structure.split("class=\"tag table-mark\">表1<", -1)).hasSize(11);
		assertThat(anyone.getForObject("/?lang=zh_CN", String.class)).contains("10 项指标经规划调整标注为表中各行");
		JsonNode firms = anyone.getForObject(PLAN + "/indicators/" + FIRMS, JsonNode.class);
		assertThat(firms.at("/baseline/year").asInt()).isEqualTo(2020);
		assertThat(firms.at("/baseline/value").decimalValue()).isEqualByComparingTo("2400");
		assertThat(firms.at("/targets/0/comparator").asText()).isEqualTo("GE");
		assertThat(firms.at("/targets/0/value").decimalValue()).isEqualByComparingTo("4800");
		assertThat(firms.at("/adjustment/basis/zh").asText()).contains("规划中期评估后调整主要规划指标");
		JsonNode revenue = anyone.getForObject(PLAN + "/indicators/" + REVENUE, JsonNode.class);
		assertThat(revenue.at("/baseline/value").decimalValue()).isEqualByComparingTo("5000");
		assertThat(revenue.get("attribute").asText()).isEqualTo("EXPECTED");
		assertThat(revenue.get("goal").asText()).isEqualTo("GOAL_2025_INNOVATIVE_CLUSTERS");
		// 2022 stays under version 1, which had no high-tech firms indicator
		JsonNode before = anyone.getForObject(PLAN + "/evaluations?year=2022", JsonNode.class).get("data");
		assertThat(before.get("planVersion").asInt()).isEqualTo(1);
		assertThat(before.get("indicators").findValuesAsText("indicatorCode")).doesNotContain(FIRMS);

		assertThat(admin.getForObject(PLAN + "/zone-targets", JsonNode.class).get("targets")).hasSize(11);

		// ---------------------------------------------------------------- 3. the 2024
		// round
		// The statistics bureau's figures: 2023 for every district, the corridor's 2023
		// and 2024.
		StringBuilder published = new StringBuilder("indicator_code,zone_code,period,value\n");
		for (String district : DISTRICTS) {
			published.append(REVENUE + "," + district + ",2023," + REVENUES.get(district)[0] + "\n");
			published.append(FIRMS + "," + district + ",2023," + HIGH_TECH.get(district)[0] + "\n");
		}
		published.append(REVENUE + ",CORRIDOR,2023,8250\n" + REVENUE + ",CORRIDOR,2024,9180\n");
		published.append(FIRMS + ",CORRIDOR,2023,3780\n" + FIRMS + ",CORRIDOR,2024,4400\n");
		publish(admin, published.toString());

		String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
		ResponseEntity<JsonNode> opened = send(committee, HttpMethod.POST, PLAN + "/rounds",
				Map.of("year", 2024, "title", "2024 年度主要指标填报", "deadline", deadline, "indicators",
						List.of(REVENUE, FIRMS), "zones", DISTRICTS));
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long roundId = opened.getBody().get("id").asLong();
		String round = PLAN + "/rounds/" + roundId;
		Map<String, TestRestTemplate> reporters = new LinkedHashMap<>();
		Map<String, TestRestTemplate> reviewers = new LinkedHashMap<>();
		for (String district : DISTRICTS) {
			reporters.put(district, as("reporter-" + district, Role.REPORTER, district));
			reviewers.put(district, as("reviewer-" + district, Role.REVIEWER, district));
		}

		// Six districts report and submit: with 西湖 still missing, the districts' sum is
		// not checked, and nothing blocks them (富阳's jump neither).
		for (String district : DISTRICTS) {
			if (district.equals("XIHU")) {
				continue;
			}
			ResponseEntity<JsonNode> saved = send(reporters.get(district), HttpMethod.PUT, round + "/zones/" + district,
					Map.of("values", Map.of(REVENUE, String.valueOf(REVENUES.get(district)[1]), FIRMS,
							String.valueOf(HIGH_TECH.get(district)[1]))));
			assertThat(saved.getStatusCode()).as(district).isEqualTo(HttpStatus.OK);
			ResponseEntity<JsonNode> submitted = send(reporters.get(district), HttpMethod.POST,
					round + "/zones/" + district + "/submit", null);
			assertThat(submitted.getStatusCode()).as(district + " " + submitted.getBody()).isEqualTo(HttpStatus.OK);
		}

		// ERROR: 西湖 imports its sheet with 960.5 high-tech firms: refused, located at
		// the indicator and value, nothing stored.
		TestRestTemplate xihu = reporters.get("XIHU");
		byte[] sheet = xihu.getForObject("/rounds/" + roundId + "/zones/XIHU/template.xlsx", byte[].class);
		ResponseEntity<String> refused = uploadRound(xihu, roundId, fill(sheet, Map.of(REVENUE, 2280.0, FIRMS, 960.5)));
		// (the round's page lists the problems and answers 400)
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("id=\"round-problems\"", FIRMS, "960.5", "应为整数");
		JsonNode nothing = xihu.getForObject(round + "/zones/XIHU", JsonNode.class);
		assertThat(nothing.get("state").asText()).isEqualTo("DRAFT");
		assertThat(nothing.get("figures").findValues("value"))
			.allSatisfy((value) -> assertThat(value.isNull()).isTrue());
		// the same figure through the API: 400 with the problem located
		ResponseEntity<JsonNode> refusedApi = send(xihu, HttpMethod.PUT, round + "/zones/XIHU",
				Map.of("values", Map.of(REVENUE, "2280", FIRMS, "960.5")));
		assertThat(refusedApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refusedApi.getBody().get("problems")).hasSize(1);
		assertThat(refusedApi.getBody().at("/problems/0/column").asText()).isEqualTo(FIRMS);
		assertThat(refusedApi.getBody().at("/problems/0/value").asText()).isEqualTo("960.5");
		assertThat(refusedApi.getBody().at("/problems/0/zh").asText()).contains("应为整数");

		// The corrected sheet is saved: the sheet showed last year's published figures.
		ResponseEntity<String> saved = uploadRound(xihu, roundId, fill(sheet, Map.of(REVENUE, 2280.0, FIRMS, 960.0)));
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saved.getBody()).doesNotContain("id=\"round-problems\"");
		JsonNode xihuFigures = xihu.getForObject(round + "/zones/XIHU", JsonNode.class);
		Map<String, Double> values = new HashMap<>();
		xihuFigures.get("figures").forEach((f) -> values.put(f.get("indicator").asText(), f.get("value").asDouble()));
		assertThat(values).containsEntry(REVENUE, 2280.0).containsEntry(FIRMS, 960.0);

		// WARNING: with 西湖 in, the districts sum to 8 940 against the corridor's 9 180,
		// 2.61 % short, beyond the pack's 2 %: 西湖's submission waits for a comment.
		ResponseEntity<JsonNode> blocked = send(xihu, HttpMethod.POST, round + "/zones/XIHU/submit", null);
		assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(blocked.getBody().get("problems")).hasSize(1);
		assertThat(blocked.getBody().at("/problems/0/column").asText()).isEqualTo("DISTRICTS_ADD_UP_TO_CORRIDOR");
		assertThat(blocked.getBody().at("/problems/0/zh").asText()).contains("8940", "9180", "须填写说明");
		JsonNode xihuFindings = xihu.getForObject(round + "/zones/XIHU/findings", JsonNode.class);
		assertThat(xihuFindings.get("findings")).hasSize(1);
		assertThat(xihuFindings.get("outliers")).isEmpty();
		JsonNode warning = xihuFindings.at("/findings/0");
		assertThat(warning.get("severity").asText()).isEqualTo("warning");
		assertThat(warning.get("zone").asText()).isEqualTo("CORRIDOR");
		assertThat(warning.get("year").asInt()).isEqualTo(2024);
		assertThat(warning.get("left").decimalValue()).isEqualByComparingTo("8940");
		assertThat(warning.get("right").decimalValue()).isEqualByComparingTo("9180");
		assertThat(warning.get("differencePercent").decimalValue()).isEqualByComparingTo("-2.61");
		assertThat(warning.get("acknowledged").asBoolean()).isFalse();
		ResponseEntity<JsonNode> acknowledged = send(xihu, HttpMethod.POST, round + "/zones/XIHU/acknowledgements",
				Map.of("rule", "DISTRICTS_ADD_UP_TO_CORRIDOR", "zone", "CORRIDOR", "year", 2024, "comment",
						"德清县、临安区仅部分区域在大走廊范围内，全域数由市统计局另行核定"));
		assertThat(acknowledged.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(acknowledged.getBody().get("by").asText()).isEqualTo("reporter-XIHU");
		assertThat(send(xihu, HttpMethod.POST, round + "/zones/XIHU/submit", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		// OUTLIER: 富阳's reviewer sees its high-tech firms up 60 % on 2023, with the
		// numbers; it was submitted all the same.
		TestRestTemplate fuyangReview = reviewers.get("FUYANG");
		JsonNode fuyang = fuyangReview.getForObject(round + "/zones/FUYANG/findings", JsonNode.class);
		assertThat(fuyang.get("outliers")).hasSize(1);
		JsonNode outlier = fuyang.at("/outliers/0");
		assertThat(outlier.get("indicator").asText()).isEqualTo(FIRMS);
		assertThat(outlier.get("zone").asText()).isEqualTo("FUYANG");
		assertThat(outlier.get("year").asInt()).isEqualTo(2024);
		assertThat(outlier.get("value").decimalValue()).isEqualByComparingTo("640");
		assertThat(outlier.get("previous").decimalValue()).isEqualByComparingTo("400");
		assertThat(outlier.get("yoyPercent").asDouble()).isCloseTo(60.0, within(1e-9));
		// among the six: 160, 170, 640, 960, 1110, 1300 → median 800, MAD 405
		assertThat(outlier.get("peerMedian").asDouble()).isEqualTo(800.0);
		assertThat(outlier.get("peerZ").asDouble()).isCloseTo(0.6745 * (640 - 800) / 405, within(1e-9));
		// the warning is acknowledged for every district it reads
		assertThat(fuyang.at("/findings/0/acknowledged").asBoolean()).isTrue();
		assertThat(fuyangReview.getForObject("/rounds/" + roundId + "/zones/FUYANG", String.class))
			.contains("id=\"round-outliers\"", "国家高新技术企业数", "富阳区", "同比 60.00%（上年 400）");

		// A validation run over the round finds exactly the one warning and the one
		// outlier; the refused figure was never stored.
		JsonNode run = send(analyst, HttpMethod.POST, PLAN + "/validation/runs?round=" + roundId, null).getBody();
		assertThat(run.get("findings")).singleElement().satisfies((finding) -> {
			assertThat(finding.get("rule").asText()).isEqualTo("DISTRICTS_ADD_UP_TO_CORRIDOR");
			assertThat(finding.get("severity").asText()).isEqualTo("warning");
			assertThat(finding.get("acknowledged").asBoolean()).isTrue();
		});
		assertThat(run.get("outliers")).singleElement()
			.satisfies((found) -> assertThat(found.get("zone").asText() + " " + found.get("indicator").asText())
				.isEqualTo("FUYANG " + FIRMS));

		// ---------------------------------------------------------------- 4. publication
		// and evaluation
		for (String district : DISTRICTS) {
			assertThat(send(reviewers.get(district), HttpMethod.POST, round + "/zones/" + district + "/approve", null)
				.getBody()
				.get("state")
				.asText()).as(district).isEqualTo("DISTRICT_APPROVED");
			assertThat(send(committee, HttpMethod.POST, round + "/zones/" + district + "/publish",
					Map.of("comment", "同意发布"))
				.getBody()
				.get("state")
				.asText()).as(district).isEqualTo("PUBLISHED");
		}
		JsonNode board = committee.getForObject(round, JsonNode.class);
		assertThat(board.get("zones").findValuesAsText("state")).hasSize(6).containsOnly("PUBLISHED");

		// 西湖 against its own targets, under version 2, as the public reads it:
		// revenue C = (2280 − 1500)/(2500 − 1500) = 0.78, τ = 4/5, R = 0.975 → on track;
		// high-tech firms C = (960 − 600)/(1100 − 600) = 0.72, R = 0.9 → lagging.
		JsonNode xihuYear = anyone.getForObject(PLAN + "/evaluations?zone=XIHU&year=2024", JsonNode.class).get("data");
		assertThat(xihuYear.get("planVersion").asInt()).isEqualTo(2);
		Map<String, JsonNode> byCode = new HashMap<>();
		xihuYear.get("indicators").forEach((e) -> byCode.put(e.get("indicatorCode").asText(), e));
		assertThat(byCode).hasSize(15);
		JsonNode xihuRevenue = byCode.get(REVENUE);
		assertThat(xihuRevenue.get("planVersion").asInt()).isEqualTo(2);
		assertThat(xihuRevenue.get("actual").asDouble()).isEqualTo(2280.0);
		assertThat(xihuRevenue.get("baselineValue").asDouble()).isEqualTo(1500.0);
		assertThat(xihuRevenue.get("baselineYear").asInt()).isEqualTo(2020);
		assertThat(xihuRevenue.get("baselineOrigin").asText()).isEqualTo("DECOMPOSED");
		assertThat(xihuRevenue.get("targetValue").asDouble()).isEqualTo(2500.0);
		assertThat(xihuRevenue.get("completion").asDouble()).isCloseTo(0.78, within(1e-9));
		assertThat(xihuRevenue.get("timeProgress").asDouble()).isCloseTo(0.8, within(1e-9));
		assertThat(xihuRevenue.get("performanceRatio").asDouble()).isCloseTo(0.975, within(1e-9));
		assertThat(xihuRevenue.get("status").asText()).isEqualTo("ON_TRACK");
		assertThat(xihuRevenue.get("contribution").isNull()).isTrue();
		JsonNode xihuFirms = byCode.get(FIRMS);
		assertThat(xihuFirms.get("targetValue").asDouble()).isEqualTo(1100.0);
		assertThat(xihuFirms.get("completion").asDouble()).isCloseTo(0.72, within(1e-9));
		assertThat(xihuFirms.get("performanceRatio").asDouble()).isCloseTo(0.9, within(1e-9));
		assertThat(xihuFirms.get("status").asText()).isEqualTo("LAGGING");
		assertThat(xihuFirms.get("planVersion").asInt()).isEqualTo(2);
		// an indicator of 表1 not decomposed to 西湖 gets no status against the corridor's
		assertThat(byCode.get("RD_INTENSITY").get("status").asText()).isEqualTo("NO_TARGET");

		// 德清, without a target for high-tech firms, is shown by its contribution:
		// 160 of the corridor's 4 400 (3.6 %), 20 of its growth of 620 since 2023.
		JsonNode deqing = anyone.getForObject(PLAN + "/evaluations/" + FIRMS + "?zone=DEQING&year=2024", JsonNode.class)
			.get("data");
		assertThat(deqing.get("status").asText()).isEqualTo("NO_TARGET");
		assertThat(deqing.get("planVersion").asInt()).isEqualTo(2);
		assertThat(deqing.get("reason").asText()).contains("no target decomposed to this zone");
		JsonNode contribution = deqing.get("contribution");
		assertThat(contribution.get("corridorZone").asText()).isEqualTo("CORRIDOR");
		assertThat(contribution.get("actual").asDouble()).isEqualTo(160.0);
		assertThat(contribution.get("corridorActual").asDouble()).isEqualTo(4400.0);
		assertThat(contribution.get("share").asDouble()).isCloseTo(160.0 / 4400, within(1e-12));
		assertThat(contribution.get("fromYear").asInt()).isEqualTo(2023);
		assertThat(contribution.get("growth").asDouble()).isEqualTo(20.0);
		assertThat(contribution.get("corridorGrowth").asDouble()).isEqualTo(620.0);
		assertThat(contribution.get("growthShare").asDouble()).isCloseTo(20.0 / 620, within(1e-12));

		// The corridor itself against the plan's (version 2) targets: C = (9180 −
		// 5000)/5000 = 0.836, R = 1.045 → on track.
		JsonNode corridor = anyone.getForObject(PLAN + "/evaluations/" + REVENUE + "?year=2024", JsonNode.class)
			.get("data");
		assertThat(corridor.get("targetValue").asDouble()).isEqualTo(10000.0);
		assertThat(corridor.get("completion").asDouble()).isCloseTo(0.836, within(1e-9));
		assertThat(corridor.get("status").asText()).isEqualTo("ON_TRACK");
		assertThat(corridor.get("planVersion").asInt()).isEqualTo(2);

		// In a browser, as the tests' administrator: 西湖's overview for 2024 gives each
		// verdict against its own target under version 2; 富阳's round page shows the
		// outlier with its numbers.
		browser.get(url("/?zone=XIHU&year=2024&lang=zh_CN"));
		WebElement table = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-table")));
		assertThat(table.findElement(By.cssSelector("tr[data-code='" + REVENUE + "']")).getAttribute("data-status"))
			.isEqualTo("ON_TRACK");
		assertThat(table.findElement(By.cssSelector("tr[data-code='" + FIRMS + "']")).getAttribute("data-status"))
			.isEqualTo("LAGGING");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("2024 年按第 2 版规划");
		screenshot("scenario-xihu-2024.png");
		browser.get(url("/rounds/" + roundId + "/zones/FUYANG?lang=zh_CN"));
		WebElement outliers = wait(Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("round-outliers")));
		assertThat(outliers.getText()).contains("国家高新技术企业数", "富阳区", "同比 60.00%（上年 400）");
		screenshot("scenario-fuyang-outlier.png");

		System.out.printf("IndicatorSystemScenarioTest: the scenario took %d ms%n",
				(System.nanoTime() - started) / 1_000_000);
	}

	// ---------------------------------------------------------------- 表1

	/**
	 * The official-looking 表1: the downloaded table emptied and filled with ten rows, the
	 * revenue row kept as the pack has it but with its baseline and attribute.
	 */
	private static byte[] table1(byte[] downloaded) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<IndicatorColumn, String> revenue = null;
			DataFormatter formatter = new DataFormatter();
			for (int r = sheet.getLastRowNum(); r >= 1; r--) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				if (REVENUE.equals(formatter.formatCellValue(row.getCell(IndicatorColumn.CODE.ordinal())))) {
					revenue = new LinkedHashMap<>();
					for (IndicatorColumn column : IndicatorColumn.values()) {
						revenue.put(column, formatter.formatCellValue(row.getCell(column.ordinal())));
					}
				}
				sheet.removeRow(row);
			}
			assertThat(revenue).as("the downloaded table has the revenue row").isNotNull();
			revenue.put(IndicatorColumn.ATTRIBUTE, "预期性");
			revenue.put(IndicatorColumn.REPORTING_UNIT_ZH, "市统计局");
			revenue.put(IndicatorColumn.REPORTING_UNIT_EN, "Municipal Statistics Bureau");
			revenue.put(IndicatorColumn.TABLE, "表1");
			int r = 1;
			write(sheet.createRow(r++), revenue, 2020, 5000);
			row(sheet.createRow(r++), "RD_INTENSITY", "全社会研究与试验发展经费支出占地区生产总值比重", "R&D expenditure as a share of GDP",
					"%", "%", "创新平台与创新资源", "约束性", 2020, 5.6, "2025 ≥ 6.5");
			row(sheet.createRow(r++), FIRMS, "国家高新技术企业数", "National high-tech enterprises", "家", "enterprises",
					"创新平台与创新资源", "预期性", 2020, 2400, "2025 ≥ 4800");
			row(sheet.createRow(r++), "INVENTION_PATENTS_PER_10K", "每万人口高价值发明专利拥有量",
					"High-value invention patents per 10,000 people", "件/万人", "patents per 10,000 people", "创新平台与创新资源",
					"预期性", 2020, 90, "2025 ≥ 150");
			row(sheet.createRow(r++), "TECH_CONTRACT_TURNOVER", "技术合同成交额", "Technology contract turnover", "亿元",
					"100 million CNY", "创新平台与创新资源", "预期性", 2020, 160, "2025 ≥ 400");
			row(sheet.createRow(r++), "DIGITAL_VALUE_ADDED_SHARE", "数字经济核心产业增加值占地区生产总值比重",
					"Digital-economy core industries' value added as a share of GDP", "%", "%", "数字经济", "预期性", 2020, 30,
					"2025 ≥ 35");
			row(sheet.createRow(r++), "UNICORN_ENTERPRISES", "独角兽及准独角兽企业数",
					"Unicorn and prospective unicorn enterprises", "家", "enterprises", "数字经济", "预期性", 2020, 40,
					"2025 ≥ 80");
			row(sheet.createRow(r++), "HIGH_LEVEL_TALENT", "高层次人才数", "High-level talent", "人", "people", "创新平台与创新资源",
					"预期性", 2020, 5000, "2025 ≥ 10000");
			row(sheet.createRow(r++), "VENTURE_CAPITAL", "创业投资管理资本规模", "Venture capital under management", "亿元",
					"100 million CNY", "数字经济", "预期性", 2020, 1500, "2025 ≥ 3000");
			row(sheet.createRow(r++), "KEY_LABORATORIES", "省级以上重点实验室数", "Key laboratories at provincial level or above",
					"家", "laboratories", "创新平台与创新资源", "约束性", 2020, 60, "2025 ≥ 90");
			assertThat(sheet.getLastRowNum()).isEqualTo(10);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The codes of the rows a downloaded indicator table marks as 表1's. */
	private static List<String> table1Rows(byte[] workbook) throws IOException {
		List<String> codes = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			DataFormatter formatter = new DataFormatter();
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() > 0
						&& formatter.formatCellValue(row.getCell(IndicatorColumn.TABLE.ordinal())).equals("表1")) {
					codes.add(formatter.formatCellValue(row.getCell(IndicatorColumn.CODE.ordinal())));
				}
			}
		}
		return codes;
	}

	private static void row(Row row, String code, String nameZh, String nameEn, String unitZh, String unitEn,
			String category, String attribute, int baseYear, double baseline, String targets) {
		Map<IndicatorColumn, String> cells = new LinkedHashMap<>();
		cells.put(IndicatorColumn.CODE, code);
		cells.put(IndicatorColumn.NAME_ZH, nameZh);
		cells.put(IndicatorColumn.NAME_EN, nameEn);
		cells.put(IndicatorColumn.UNIT_ZH, unitZh);
		cells.put(IndicatorColumn.UNIT_EN, unitEn);
		cells.put(IndicatorColumn.CATEGORY, category);
		cells.put(IndicatorColumn.DIRECTION, "越大越好");
		cells.put(IndicatorColumn.ATTRIBUTE, attribute);
		cells.put(IndicatorColumn.TARGETS, targets);
		cells.put(IndicatorColumn.FREQUENCY, "每年");
		cells.put(IndicatorColumn.TABLE, "表1");
		cells.put(IndicatorColumn.REPORTING_UNIT_ZH, "市科技局");
		cells.put(IndicatorColumn.REPORTING_UNIT_EN, "Municipal Science and Technology Bureau");
		write(row, cells, baseYear, baseline);
	}

	private static void write(Row row, Map<IndicatorColumn, String> cells, int baseYear, double baseline) {
		cells.forEach((column, text) -> {
			if (column != IndicatorColumn.BASELINE_YEAR && column != IndicatorColumn.BASELINE_VALUE && text != null
					&& !text.isEmpty()) {
				row.createCell(column.ordinal()).setCellValue(text);
			}
		});
		row.createCell(IndicatorColumn.BASELINE_YEAR.ordinal()).setCellValue(baseYear);
		row.createCell(IndicatorColumn.BASELINE_VALUE.ordinal()).setCellValue(baseline);
	}

	// ---------------------------------------------------------------- requests

	private TestRestTemplate as(String username, Role role, String... zones) {
		if (this.accounts.findAccount(username).isEmpty()) {
			this.accounts.create(username, username, null, role, List.of(zones), false);
		}
		String token = this.tokens.create(username, "indicator system scenario");
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"));
	}

	private static ResponseEntity<String> proposeWorkbook(TestRestTemplate http, byte[] workbook, String reason,
			String effective) {
		HttpEntity<LinkedMultiValueMap<String, Object>> form = Uploads.form("表1.xlsx", workbook, MediaType.TEXT_HTML);
		form.getBody().add("reason", reason);
		form.getBody().add("effective_date", effective);
		return http.postForEntity("/indicator-system/upload", form, String.class);
	}

	private static ResponseEntity<String> decide(TestRestTemplate http, long id) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("comment", "同意");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return http.postForEntity("/indicator-system/proposals/" + id + "/approve", new HttpEntity<>(form, headers),
				String.class);
	}

	/** The revenue decomposed to the six reporting districts, 西湖 given {@code xihu}. */
	private static String revenueTargets(int xihu) {
		return REVENUE + ",XIHU,2025," + xihu + ",2020,1500\n" + REVENUE + ",BINJIANG,2025,2900,,\n" + REVENUE
				+ ",YUHANG,2025,2700,,\n" + REVENUE + ",LINAN,2025,450,,\n" + REVENUE + ",FUYANG,2025,1150,,\n"
				+ REVENUE + ",DEQING,2025,300,,\n";
	}

	private static ResponseEntity<JsonNode> zoneTargets(TestRestTemplate http, String csv) {
		return Uploads.upload(http, PLAN + "/zone-targets", "分解目标.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Uploads figures and publishes them, as the administrator. */
	private static void publish(TestRestTemplate admin, String csv) {
		ResponseEntity<JsonNode> staged = Uploads.upload(admin, PLAN + "/observations", "统计局数据.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(staged.getStatusCode()).as(String.valueOf(staged.getBody())).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> published = send(admin, HttpMethod.POST,
				PLAN + "/observations/batches/" + staged.getBody().get("id").asLong() + "/publish", null);
		assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(published.getBody().get("state").asText()).isEqualTo("PUBLISHED");
	}

	private static ResponseEntity<JsonNode> send(TestRestTemplate http, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	/** The round's sheet of a zone with its values filled in, by indicator code. */
	private static byte[] fill(byte[] sheet, Map<String, Double> values) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet first = workbook.getSheetAt(0);
			assertThat(first.getRow(0).getCell(4).getStringCellValue()).isEqualTo("数值");
			int filled = 0;
			for (Row row : first) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String code = row.getCell(0).getStringCellValue();
				// last year's published figure, for reference
				Cell last = row.getCell(3);
				assertThat(last.getNumericCellValue())
					.isEqualTo(code.equals(REVENUE) ? REVENUES.get("XIHU")[0] : (double) HIGH_TECH.get("XIHU")[0]);
				Cell value = (row.getCell(4) != null) ? row.getCell(4) : row.createCell(4);
				value.setCellValue(values.get(code));
				filled++;
			}
			assertThat(filled).isEqualTo(values.size());
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static ResponseEntity<String> uploadRound(TestRestTemplate http, long round, byte[] workbook) {
		return http.postForEntity("/rounds/" + round + "/zones/XIHU/upload",
				Uploads.form("西湖区-2024.xlsx", workbook, MediaType.TEXT_HTML), String.class);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
