package org.corridor.observatory.monitor.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.tabular.ExcelStyles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The districts compared on figures worked out by hand, through the API, the page and the
 * Excel export: each year's ranks (equal figures share one), the change on the year
 * before, published figures for the public, unpublished ones laid over them only for
 * insiders who ask.
 * <p>
 * Published, 数字经济核心产业营业收入 (DIGITAL_CORE_REVENUE):
 *
 * <pre>
 *            2020   2021   2022
 * 西湖区      100    120    150     ranks 2021: 2, 2022: 1 (tie); 2022 change +30 (+25 %)
 * 滨江区      200    180    150     ranks 2021: 1, 2022: 1 (tie); 2022 change −30 (−15 %)
 * 余杭区        –     90     99     ranks 2021: 3, 2022: 3;       2022 change +9 (+10 %)
 * </pre>
 *
 * and waiting for publication: 余杭区 2022 = 300.
 */
// A database of its own: figures other tests of the shared context published (a corridor
// figure for 2023, say) must not enter the ranks and years worked out by hand below.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:comparison-${random.uuid};DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext // publishes figures
class ComparisonIntegrationTest {

	private static final String API = "/api/v1/plans/chengxi-2021/comparisons/DIGITAL_CORE_REVENUE";

	private static final String FIGURES = """
			indicator_code,zone_code,period,value,source
			DIGITAL_CORE_REVENUE,XIHU,2020,100,比较测试
			DIGITAL_CORE_REVENUE,XIHU,2021,120,比较测试
			DIGITAL_CORE_REVENUE,XIHU,2022,150,比较测试
			DIGITAL_CORE_REVENUE,BINJIANG,2020,200,比较测试
			DIGITAL_CORE_REVENUE,BINJIANG,2021,180,比较测试
			DIGITAL_CORE_REVENUE,BINJIANG,2022,150,比较测试
			DIGITAL_CORE_REVENUE,YUHANG,2021,90,比较测试
			DIGITAL_CORE_REVENUE,YUHANG,2022,99,比较测试
			""";

	private static boolean loaded;

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObservationImportService imports;

	@Autowired
	ObservationStore store;

	@LocalServerPort
	int port;

	@BeforeEach
	void loadFigures() {
		if (loaded) {
			return;
		}
		ImportBatch published = this.imports.importFile("chengxi-2021", "compare.csv",
				FIGURES.getBytes(StandardCharsets.UTF_8));
		this.store.publish("chengxi-2021", published.id());
		this.imports.importFile("chengxi-2021", "pending.csv",
				"indicator_code,zone_code,period,value,source\nDIGITAL_CORE_REVENUE,YUHANG,2022,300,待审\n"
					.getBytes(StandardCharsets.UTF_8),
				// 300 against 99 the year before: an outlier, acknowledged as an uploader
				// must
				Map.of("outlier:DIGITAL_CORE_REVENUE/YUHANG/2022", "比较测试：待审数字"));
		loaded = true;
	}

	@Test
	void ranksEachYearAndGivesTheChangeOnTheYearBefore() {
		JsonNode body = this.http.getForObject(API, JsonNode.class);
		JsonNode comparison = body.at("/data/comparison");

		assertThat(body.get("demo").asBoolean()).isFalse();
		assertThat(comparison.get("level").asText()).isEqualTo("district");
		assertThat(comparison.get("lowerIsBetter").asBoolean()).isFalse();
		assertThat(years(comparison)).containsExactly(2020, 2021, 2022);
		assertThat(body.at("/data/zones/XIHU/zh").asText()).isEqualTo("西湖区");

		assertThat(ranks(comparison, "XIHU")).containsExactly(2, 2, 1);
		assertThat(ranks(comparison, "BINJIANG")).containsExactly(1, 1, 1);
		assertThat(ranks(comparison, "YUHANG")).containsExactly(null, 3, 3);
		assertThat(ranks(comparison, "LINAN")).containsExactly(null, null, null);

		JsonNode xihu2022 = cell(comparison, "XIHU", 2);
		assertThat(xihu2022.get("value").asDouble()).isEqualTo(150.0);
		assertThat(xihu2022.get("change").asDouble()).isEqualTo(30.0);
		assertThat(xihu2022.get("changeRatio").asDouble()).isCloseTo(0.25, within(1e-9));
		assertThat(cell(comparison, "BINJIANG", 2).get("change").asDouble()).isEqualTo(-30.0);
		assertThat(cell(comparison, "BINJIANG", 2).get("changeRatio").asDouble()).isCloseTo(-30.0 / 180, within(1e-9));
		assertThat(cell(comparison, "YUHANG", 2).get("changeRatio").asDouble()).isCloseTo(0.1, within(1e-9));
		// no figure the year before: no change
		assertThat(cell(comparison, "YUHANG", 1).get("change").isNull()).isTrue();
		assertThat(cell(comparison, "XIHU", 0).get("change").isNull()).isTrue();
	}

	@Test
	void unpublishedFiguresCountOnlyForInsidersWhoAsk() {
		JsonNode insider = this.http.getForObject(API + "?includeUnpublished=true", JsonNode.class)
			.at("/data/comparison");
		assertThat(ranks(insider, "YUHANG")).containsExactly(null, 3, 1);
		assertThat(cell(insider, "YUHANG", 2).get("value").asDouble()).isEqualTo(300.0);
		assertThat(cell(insider, "YUHANG", 2).get("unpublished").asBoolean()).isTrue();
		assertThat(insider.get("unpublished").asBoolean()).isTrue();
		assertThat(ranks(insider, "XIHU")).containsExactly(2, 2, 2);

		TestRestTemplate anonymous = new TestRestTemplate();
		String base = "http://localhost:" + this.port;
		JsonNode published = anonymous.getForObject(base + API, JsonNode.class).at("/data/comparison");
		assertThat(ranks(published, "YUHANG")).containsExactly(null, 3, 3);
		assertThat(anonymous.getForEntity(base + API + "?includeUnpublished=true", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(
				anonymous.getForEntity(base + "/compare?indicator=DIGITAL_CORE_REVENUE", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void thePageShowsNamesRanksAndChanges() {
		String page = this.http.getForObject("/compare?indicator=DIGITAL_CORE_REVENUE&lang=zh_CN", String.class);

		assertThat(page).contains("<option value=\"DIGITAL_CORE_REVENUE\" selected=\"selected\">数字经济核心产业营业收入</option>");
		String xihu = row(page, "XIHU");
		assertThat(xihu).contains(">西湖区</a>");
		assertThat(xihu).containsPattern("class=\"num rank\" data-year=\"2022\">1</td>");
		assertThat(xihu)
			.containsPattern("data-year=\"2022\"[^>]*><span>\\+30</span>\\s*<small>\\(\\+25\\.0%\\)</small>");
		String binjiang = row(page, "BINJIANG");
		assertThat(binjiang)
			.containsPattern("class=\"num change down\" data-year=\"2022\"|data-year=\"2022\"[^>]*down");
		assertThat(binjiang).contains("(-16.7%)");
		assertThat(page).contains("id=\"compare-year\"", "min=\"2020\"", "max=\"2022\"", "value=\"2022\"");
		assertThat(page).doesNotContain("id=\"demo-banner\"");
		assertThat(this.http.getForEntity("/compare?indicator=NO_SUCH_THING", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.getForEntity(API + "?level=galaxy", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aZonesProfileGivesItsRankAmongThePeersWithAFigure() {
		String xihu = this.http.getForObject("/zones/XIHU?year=2022&lang=zh_CN", String.class);
		String yuhang = this.http.getForObject("/zones/YUHANG?year=2021&lang=en", String.class);
		String linan = this.http.getForObject("/zones/LINAN?year=2022&lang=zh_CN", String.class);

		assertThat(indicatorRow(xihu)).contains("data-rank=\"1\"", ">1 / 3</a>");
		assertThat(indicatorRow(yuhang)).contains("data-rank=\"3\"", ">3 of 3</a>");
		assertThat(indicatorRow(linan)).doesNotContain("data-rank", " / 3");
		assertThat(xihu).contains("id=\"zone-name\">西湖区", "同级(区县)共 7 个单元");
	}

	private static String indicatorRow(String page) {
		String rest = page.substring(page.indexOf("data-code=\"DIGITAL_CORE_REVENUE\""));
		return rest.substring(0, rest.indexOf("</tr>"));
	}

	@Test
	void theWorkbookHoldsTheFiguresRanksAndChangesInTheirFormats() throws Exception {
		ResponseEntity<byte[]> response = this.http.getForEntity(API + "/export.xlsx", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("真实填报数据 / reported figures");
			assertThat(sheet.getRow(2).getCell(2 + 4 * 2).getNumericCellValue()).isEqualTo(2022.0);
			Row xihu = find(sheet, "XIHU");
			int c = 2 + 4 * 2;
			assertThat(xihu.getCell(0).getStringCellValue()).startsWith("西湖区");
			assertThat(xihu.getCell(c).getNumericCellValue()).isEqualTo(150.0);
			assertThat(xihu.getCell(c).getCellStyle().getDataFormatString()).isEqualTo(ExcelStyles.formatFor("亿元"));
			assertThat(xihu.getCell(c + 1).getNumericCellValue()).isEqualTo(1.0);
			assertThat(xihu.getCell(c + 2).getNumericCellValue()).isEqualTo(30.0);
			assertThat(xihu.getCell(c + 3).getNumericCellValue()).isCloseTo(0.25, within(1e-9));
			assertThat(xihu.getCell(c + 3).getCellStyle().getDataFormatString()).isEqualTo(ExcelStyles.PERCENT);
			assertThat(find(sheet, "YUHANG").getCell(c).getNumericCellValue()).isEqualTo(99.0);
		}
	}

	private static Row find(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static String row(String page, String zone) {
		String rest = page.substring(page.indexOf("data-zone=\"" + zone + "\""));
		return rest.substring(0, rest.indexOf("</tr>"));
	}

	private static List<Integer> years(JsonNode comparison) {
		List<Integer> years = new ArrayList<>();
		comparison.get("years").forEach((y) -> years.add(y.asInt()));
		return years;
	}

	private static List<Integer> ranks(JsonNode comparison, String zone) {
		List<Integer> ranks = new ArrayList<>();
		row(comparison, zone).get("cells")
			.forEach((c) -> ranks.add(c.get("rank").isNull() ? null : c.get("rank").asInt()));
		return ranks;
	}

	private static JsonNode cell(JsonNode comparison, String zone, int index) {
		return row(comparison, zone).get("cells").get(index);
	}

	private static JsonNode row(JsonNode comparison, String zone) {
		for (JsonNode row : comparison.get("rows")) {
			if (row.get("zoneCode").asText().equals(zone)) {
				return row;
			}
		}
		throw new AssertionError("no row " + zone);
	}

}
