package org.corridor.observatory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.Adjustments;
import org.corridor.observatory.HostileFiles;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.geo.boundary.ShapefileFixture;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.tabular.CsvParser;
import org.corridor.observatory.tabular.SheetRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every upload endpoint, API and page form, fed random and mutated CSV, XLSX, GeoJSON,
 * KML and zip bytes from a seeded generator (so a failure is reproduced by running the
 * test again): none answers 5xx, and a rejected upload changes nothing in the database
 * (row counts and the audit chain's head as before).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class HostileUploadsIntegrationTest {

	private static final long SEED = 20261204L;

	/** Cases per endpoint: 21 endpoints, 420 uploads. */
	private static final int CASES = 20;

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	private static final String PROPOSAL = "?reason=fuzz&effective_date=" + Adjustments.today();

	private static final String FIRM = EnterpriseFixtures.uscc("F0220001");

	private static final List<String> TABLES = List.of("observation", "pending_observation", "import_batch",
			"enterprise", "enterprise_year", "enterprise_tier", "enterprise_revision", "platform", "platform_revision",
			"candidate_list", "candidate_firm", "reference_batch", "reference_figure", "zone_boundary", "report_value",
			"scenario", "scenario_version", "scenario_assumption", "validation_rule", "zone_target", "zone_baseline",
			"plan_version", "plan_indicator", "audit_entry");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	private long round;

	private long scenario;

	@BeforeEach
	void openRound() {
		if (this.round == 0) {
			JsonNode opened = this.http.postForObject(PLAN + "/rounds", Map.of("year", 2022, "title", "模糊测试",
					"deadline", "2099-03-31", "indicators", List.of("DIGITAL_CORE_REVENUE"), "zones", List.of("XIHU")),
					JsonNode.class);
			this.round = opened.get("id").asLong();
			JsonNode made = this.http.postForObject(
					PLAN + "/scenarios", Map.of("name", "模糊测试情景", "assumptions", List.of(Map.of("kind", "GROWTH",
							"indicator", "DIGITAL_CORE_REVENUE", "zone", "XIHU", "year", 2024, "rate", 8))),
					JsonNode.class);
			this.scenario = made.at("/data/id").asLong();
		}
	}

	@Test
	void noUploadAnswers5xxAndARejectedOneChangesNothing() {
		String firms = "统一社会信用代码,企业名称,行业代码,经度,纬度\r\n" + FIRM + ",模糊测试企业,I6513,120.03,30.28\r\n";
		ResponseEntity<byte[]> registered = upload(PLAN + "/enterprises", "firms.csv",
				firms.getBytes(StandardCharsets.UTF_8));
		assertThat(registered.getStatusCode().value()).as(body(registered)).isEqualTo(201);
		String figures = "indicator_code,zone_code,period,value,source,note\r\nDIGITAL_CORE_REVENUE,XIHU,2023,1,年鉴,无\r\n";
		String platforms = "平台代码,平台名称,平台类型,获批认定日期,依托单位\r\nTIC_FUZZ,某国家技术创新中心,国家技术创新中心,2023-06-30,浙江大学\r\n";
		String candidates = "企业名称,统一社会信用代码,行业代码,环节,所在地区,营业收入,研发费用,从业人员\r\n深圳示例芯片設計有限公司,"
				+ EnterpriseFixtures.uscc("C1D2E3F4") + ",I6520,IC_CHIP_DESIGN,深圳市南山区,350000,42000,1200\r\n";
		String reference = "参照区域,年度,环节,从业人员,营业收入,来源\r\n浙江省,2023,合计,38600000,1250000000,统计年鉴\r\n";
		String places = "代码,名称,经度,纬度,坐标系\r\n" + FIRM + ",模糊测试企业,120.0326,30.2863,wgs84\r\n";
		String round = "indicator_code,value,note\r\nDIGITAL_CORE_REVENUE,1,无\r\n";
		String assumptions = "假设类型,指标代码,空间单元代码,起始年份,增速或比例\r\n增速,DIGITAL_CORE_REVENUE,XIHU,2024,12\r\n";
		String box = "[[[119.95,30.38],[120.05,30.38],[120.05,30.42],[119.95,30.42],[119.95,30.38]]]";
		byte[] geojson = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
				+ "{\"zone_code\":\"COORDINATION_ZONE\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + box
				+ "}}]}")
			.getBytes(StandardCharsets.UTF_8);
		byte[] kml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
				+ "<Document><Placemark><name>COORDINATION_ZONE</name><Polygon><outerBoundaryIs><LinearRing>"
				+ "<coordinates>119.95,30.38 120.05,30.38 120.05,30.42 119.95,30.42 119.95,30.38</coordinates>"
				+ "</LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>")
			.getBytes(StandardCharsets.UTF_8);
		byte[] shapefile = ShapefileFixture.zip(ShapefileFixture.set("zones",
				List.<List<double[][]>>of(List.<double[][]>of(new double[][] { { 119.95, 30.38 }, { 119.95, 30.42 },
						{ 120.05, 30.42 }, { 120.05, 30.38 }, { 119.95, 30.38 } })),
				ShapefileFixture.dbf(List.of("ZONE_CODE"), List.of(List.of("COORDINATION_ZONE")),
						StandardCharsets.UTF_8),
				ShapefileFixture.WGS84_PRJ));
		Map<String, byte[]> zoneTargets = new LinkedHashMap<>(
				tabular("", "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\r\nDIGITAL_CORE_REVENUE,XIHU,2025,1800,,\r\n", false)
					.bases());
		zoneTargets.putAll(download("/targets/template.xlsx", "template.xlsx"));
		List<Target> targets = List.of(tabular(PLAN + "/observations", figures, false),
				tabular(PLAN + "/enterprises", firms, false), tabular(PLAN + "/enterprises/jobs", firms, false),
				tabular(PLAN + "/platforms", platforms, false), tabular(PLAN + "/candidates", candidates, false),
				tabular(PLAN + "/reference", reference, false), tabular(PLAN + "/places/firm", places, false),
				tabular(PLAN + "/places/platform", places, false), tabular("/import", figures, true),
				tabular("/platforms/import", platforms, true), tabular("/chains/candidates", candidates, true),
				tabular("/chains/reference", reference, true),
				tabular("/rounds/" + this.round + "/zones/XIHU/upload", round, true),
				tabular(PLAN + "/scenarios/" + this.scenario + "/assumptions", assumptions, false),
				tabular("/scenarios/" + this.scenario + "/upload", assumptions, true),
				// proposals of the indicator system: reason and effective date in the
				// address
				new Target(PLAN + "/zone-targets" + PROPOSAL, false, zoneTargets),
				new Target("/targets" + PROPOSAL, true, zoneTargets),
				new Target("/validation/rules/upload" + PROPOSAL, true,
						download("/validation/rules.xlsx", "rules.xlsx")),
				new Target("/indicator-system/upload" + PROPOSAL, true,
						download("/indicator-system/indicators.xlsx", "indicators.xlsx")),
				new Target(PLAN + "/zones/boundaries?source=fuzz", false, boundaries(geojson, kml, shapefile)),
				new Target("/import/boundaries?crs=wgs84&source=fuzz", true, boundaries(geojson, kml, shapefile)));
		Random random = new Random(SEED);
		int uploads = 0;
		for (Target target : targets) {
			List<String> names = new ArrayList<>(target.bases().keySet());
			for (int i = 0; i < CASES; i++) {
				String name = names.get(random.nextInt(names.size()));
				Case hostile = mutate(random, name, target.bases().get(name));
				Map<String, Object> before = snapshot();
				ResponseEntity<byte[]> answer = upload(target.path(), hostile.name(), hostile.content());
				uploads++;
				String what = target.path() + " case " + i + " (" + hostile.how() + ", " + abbreviated(hostile.name())
						+ ", " + hostile.content().length + " bytes)";
				assertThat(answer.getStatusCode().is5xxServerError()).as(what + ": " + body(answer)).isFalse();
				if (target.path().endsWith("/jobs")) {
					JsonNode job = finished(answer);
					assertThat(job.path("state").asText()).as(what + ": " + job).isNotEqualTo("FAILED");
					if ("REJECTED".equals(job.path("state").asText())) {
						assertThat(snapshot()).as(what).isEqualTo(before);
					}
				}
				else if (answer.getStatusCode().value() == 400 || (target.page() && shows(answer, "problems"))) {
					assertThat(snapshot()).as(what + ": " + body(answer)).isEqualTo(before);
				}
			}
		}
		assertThat(uploads).isEqualTo(targets.size() * CASES);
	}

	@Test
	void textLongerThanItsColumnIsALocatedProblemOnEveryImport() {
		String name = "长".repeat(501);
		Map<String, String> files = new LinkedHashMap<>();
		files.put(PLAN + "/enterprises", "统一社会信用代码,企业名称,行业代码\r\n" + FIRM + "," + name + ",I6513\r\n");
		files.put(PLAN + "/platforms", "平台代码,平台名称,平台类型\r\nTIC_LONG," + name + ",国家技术创新中心\r\n");
		files.put(PLAN + "/candidates", "企业名称,行业代码\r\n" + name + ",I6520\r\n");
		files.put(PLAN + "/reference", "参照区域,年度,环节,从业人员,营业收入,来源\r\n浙江省,2023,合计,1,1," + name + "\r\n");
		files.put(PLAN + "/places/firm", "代码,名称,经度,纬度\r\n" + FIRM + "," + name + ",120.03,30.28\r\n");
		files.put(PLAN + "/observations",
				"indicator_code,zone_code,period,value,source\r\nDIGITAL_CORE_REVENUE,XIHU,2023,1," + name + "\r\n");
		for (Map.Entry<String, String> file : files.entrySet()) {
			Map<String, Object> before = snapshot();
			ResponseEntity<byte[]> answer = upload(file.getKey(), "long.csv",
					file.getValue().getBytes(StandardCharsets.UTF_8));
			assertThat(answer.getStatusCode().value()).as(file.getKey() + ": " + body(answer)).isEqualTo(400);
			JsonNode problem = json(answer).at("/problems/0");
			assertThat(problem.path("row").asInt()).as(file.getKey()).isEqualTo(2);
			assertThat(problem.path("zh").asText()).as(file.getKey()).isEqualTo("内容过长：501 个字符，此列最多 500 个字符");
			assertThat(problem.path("en").asText()).as(file.getKey())
				.isEqualTo("the text is too long: 501 characters; this column holds at most 500");
			assertThat(snapshot()).as(file.getKey()).isEqualTo(before);
		}
		ResponseEntity<byte[]> job = upload(PLAN + "/enterprises/jobs", "long.csv",
				files.get(PLAN + "/enterprises").getBytes(StandardCharsets.UTF_8));
		JsonNode finished = finished(job);
		assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("REJECTED");
		assertThat(finished.toString()).contains("this column holds at most 500").doesNotContainIgnoringCase("SQL");
	}

	@Test
	void aSourceOrFileNameTooLongIsSaidSoNotAnswered413Or500() {
		byte[] firms = ("统一社会信用代码,企业名称,行业代码\r\n" + FIRM + ",企业,I6513\r\n").getBytes(StandardCharsets.UTF_8);
		ResponseEntity<byte[]> named = upload(PLAN + "/enterprises", "n".repeat(600) + ".csv", firms);
		assertThat(named.getStatusCode().value()).as(body(named)).isEqualTo(400);
		assertThat(json(named).at("/problems/0/en").asText()).startsWith("the file name is too long: 604 characters");
		assertThat(json(named).at("/problems/0/zh").asText()).startsWith("文件名过长");
		ResponseEntity<byte[]> huge = upload(PLAN + "/enterprises", "n".repeat(20_000) + ".csv", firms);
		assertThat(huge.getStatusCode().value()).as(body(huge)).isEqualTo(400);
		assertThat(json(huge).path("detail").asText())
			.contains("the uploaded file's name (or a form field) is too long");

		Map<String, Object> before = snapshot();
		ResponseEntity<byte[]> source = upload(PLAN + "/zones/boundaries?source=" + "s".repeat(501), "zones.geojson",
				boundary(circle(120.0, 30.40, 0.02, 100)));
		assertThat(source.getStatusCode().value()).as(body(source)).isEqualTo(400);
		assertThat(json(source).at("/problems/0/field").asText()).isEqualTo("source");
		assertThat(json(source).at("/problems/0/en").asText())
			.isEqualTo("the source is too long: 501 characters, at most 500");
		ResponseEntity<byte[]> longName = upload(PLAN + "/zones/boundaries?source=official",
				"名".repeat(600) + ".geojson", boundary(circle(120.0, 30.40, 0.02, 100)));
		assertThat(longName.getStatusCode().value()).as(body(longName)).isEqualTo(400);
		assertThat(json(longName).at("/problems/0/zh").asText()).startsWith("文件名过长：608 个字符");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aPointsFileThatIsNoWorkbookIsRefusedWithAReason() {
		for (String name : List.of("points.xlsx", "points.csv", "points")) {
			ResponseEntity<byte[]> answer = upload(PLAN + "/places/firm", name,
					"PK\u0003\u0004 not a workbook at all".getBytes(StandardCharsets.UTF_8));
			assertThat(answer.getStatusCode().value()).as(name + ": " + body(answer)).isEqualTo(400);
			assertThat(json(answer).at("/problems/0/en").asText()).as(name).isNotBlank();
		}
	}

	@Test
	void storesAnOfficialBoundaryOfSeventyThousandVertices() {
		byte[] detailed = boundary(circle(120.0, 30.40, 0.02, 70_000));
		assertThat(detailed.length).isGreaterThan(1_700_000);
		ResponseEntity<byte[]> answer = upload(PLAN + "/zones/boundaries?source=official", "detailed.geojson",
				detailed);
		assertThat(answer.getStatusCode().value()).as(body(answer)).isEqualTo(200);
		String stored = this.jdbc.sql("select geojson from zone_boundary where zone_code = 'COORDINATION_ZONE'")
			.query(String.class)
			.single();
		assertThat(stored.length()).isGreaterThan(1_000_000);
		assertThat(this.http.getForObject("/ogc/collections/zones/items/COORDINATION_ZONE", JsonNode.class)
			.at("/properties/method")
			.asText()).isEqualTo("imported");
	}

	@Test
	void refusesEightZipBombsAndTwoSharedStringBombsAtOnce() throws Exception {
		byte[] bomb = HostileFiles.zipBomb("bomb.shp", 2048);
		byte[] workbook = HostileFiles.sharedStringsBomb(300);
		Map<String, Object> before = snapshot();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<ResponseEntity<byte[]>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> upload(PLAN + "/zones/boundaries?source=bomb", "bomb.zip", bomb)));
			}
			for (int i = 0; i < 2; i++) {
				answers.add(pool.submit(() -> upload(PLAN + "/enterprises", "strings.xlsx", workbook)));
			}
			for (Future<ResponseEntity<byte[]>> answer : answers) {
				ResponseEntity<byte[]> refused = answer.get();
				assertThat(refused.getStatusCode().value()).as(body(refused)).isEqualTo(400);
				assertThat(json(refused).at("/problems/0/en").asText()).containsAnyOf("unpacks to more than 64 MB",
						"shared strings (the text of its cells) take more than 128 MB");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private static String circle(double lon, double lat, double radius, int vertices) {
		StringBuilder ring = new StringBuilder("[[");
		for (int i = 0; i <= vertices; i++) {
			double angle = 2 * Math.PI * (i % vertices) / vertices;
			ring.append((i > 0) ? "," : "")
				.append('[')
				.append(String.format(Locale.ROOT, "%.8f", lon + radius * Math.cos(angle)))
				.append(',')
				.append(String.format(Locale.ROOT, "%.8f", lat + radius * Math.sin(angle)))
				.append(']');
		}
		return ring.append("]]").toString();
	}

	private static byte[] boundary(String coordinates) {
		return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
				+ "{\"zone_code\":\"COORDINATION_ZONE\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
				+ coordinates + "}}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode json(ResponseEntity<byte[]> answer) {
		try {
			return JSON.readTree(answer.getBody());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JsonNode finished(ResponseEntity<byte[]> submitted) {
		try {
			JsonNode job = JSON.readTree(submitted.getBody());
			if (!job.has("id")) {
				return job;
			}
			for (int i = 0; i < 2000 && List.of("QUEUED", "RUNNING").contains(job.path("state").asText()); i++) {
				Thread.sleep(10);
				job = this.http.getForObject(PLAN + "/enterprises/jobs/" + job.get("id").asText(), JsonNode.class);
			}
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> snapshot() {
		Map<String, Object> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("audit_head", this.jdbc.sql("select last_hash from audit_head").query(String.class).list());
		return counts;
	}

	private ResponseEntity<byte[]> upload(String path, String fileName, byte[] content) {
		return this.http.postForEntity(path, Uploads.form(fileName, content, MediaType.APPLICATION_JSON,
				MediaType.APPLICATION_PROBLEM_JSON, MediaType.TEXT_HTML), byte[].class);
	}

	private static boolean shows(ResponseEntity<byte[]> page, String cssClass) {
		return body(page).contains("class=\"data " + cssClass + "\"");
	}

	private static String body(ResponseEntity<byte[]> answer) {
		byte[] body = answer.getBody();
		String text = (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
		return (text.length() > 2000) ? text.substring(0, 2000) : text;
	}

	private static String abbreviated(String name) {
		return (name.length() > 40) ? name.substring(0, 40) + "…(" + name.length() + ")" : name;
	}

	/** An endpoint taking a tabular file: the CSV given, and the same rows as XLSX. */
	/** A workbook the platform offers, as the base of uploads back. */
	private Map<String, byte[]> download(String path, String name) {
		ResponseEntity<byte[]> file = this.http.getForEntity(path, byte[].class);
		assertThat(file.getStatusCode().value()).as(path).isEqualTo(200);
		return Map.of(name, file.getBody());
	}

	private static Target tabular(String path, String csv, boolean page) {
		Map<String, byte[]> bases = new LinkedHashMap<>();
		bases.put("data.csv", csv.getBytes(StandardCharsets.UTF_8));
		bases.put("data.xlsx", xlsx(csv));
		return new Target(path, page, bases);
	}

	/** In a fixed order, so that the seed decides every case. */
	private static Map<String, byte[]> boundaries(byte[] geojson, byte[] kml, byte[] shapefile) {
		Map<String, byte[]> bases = new LinkedHashMap<>();
		bases.put("zones.geojson", geojson);
		bases.put("zones.kml", kml);
		bases.put("zones.zip", shapefile);
		return bases;
	}

	private static byte[] xlsx(String csv) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("data");
			for (SheetRow row : CsvParser.parse(csv, new ArrayList<>())) {
				var cells = sheet.createRow(row.number() - 1);
				for (int i = 0; i < row.cells().size(); i++) {
					cells.createCell(i).setCellValue(row.cells().get(i));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The base file changed one of nine ways, or left as it is, under a name that may not
	 * fit.
	 */
	private static Case mutate(Random random, String name, byte[] base) {
		int how = random.nextInt(10);
		byte[] content = switch (how) {
			case 0 -> bytes(random, random.nextInt(4000));
			case 1 -> flip(random, base);
			case 2 -> Arrays.copyOf(base, random.nextInt(base.length + 1));
			case 3 -> splice(base, random.nextInt(base.length + 1), bytes(random, 1 + random.nextInt(64)));
			case 4 -> repeat(random, base);
			case 5 -> longCell(random, base);
			case 6 -> zipped(name, base);
			case 7 -> splice(base, random.nextInt(base.length + 1),
					"\",\"\r\n\uFEFF\u0000<>&;、,,\"".getBytes(StandardCharsets.UTF_8));
			case 8 -> new byte[0];
			default -> base;
		};
		String fileName = name;
		int naming = random.nextInt(8);
		if (naming == 0) {
			String[] extensions = { ".csv", ".xlsx", ".geojson", ".json", ".kml", ".zip", ".txt", "", ".XLSX" };
			fileName = "f" + extensions[random.nextInt(extensions.length)];
		}
		else if (naming == 1) {
			fileName = (random.nextBoolean() ? "名" : "n").repeat(600) + name.substring(name.lastIndexOf('.'));
		}
		return new Case(fileName, content, "mutation " + how);
	}

	private static byte[] bytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] flip(Random random, byte[] base) {
		byte[] copy = base.clone();
		for (int i = 1 + random.nextInt(20); i > 0 && copy.length > 0; i--) {
			copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return copy;
	}

	private static byte[] splice(byte[] base, int at, byte[] inserted) {
		byte[] joined = new byte[base.length + inserted.length];
		System.arraycopy(base, 0, joined, 0, at);
		System.arraycopy(inserted, 0, joined, at, inserted.length);
		System.arraycopy(base, at, joined, at + inserted.length, base.length - at);
		return joined;
	}

	private static byte[] repeat(Random random, byte[] base) {
		if (base.length == 0) {
			return base;
		}
		int from = random.nextInt(base.length);
		int to = from + random.nextInt(base.length - from) + 1;
		byte[] slice = Arrays.copyOfRange(base, from, to);
		byte[] result = base;
		for (int i = 1 + random.nextInt(50); i > 0; i--) {
			result = splice(result, to, slice);
		}
		return result;
	}

	/**
	 * A text file with one field of its data row made 501 to 5000 characters long; other
	 * files with such a text put in the middle.
	 */
	private static byte[] longCell(Random random, byte[] base) {
		String filler = (random.nextBoolean() ? "长" : "L").repeat(501 + random.nextInt(4500));
		String text = new String(base, StandardCharsets.UTF_8);
		int start = text.indexOf('\n') + 1;
		int end = text.indexOf('\r', start);
		if (start == 0 || end < 0 || text.indexOf(',', start) < 0) {
			return splice(base, base.length / 2, filler.getBytes(StandardCharsets.UTF_8));
		}
		List<String> fields = new ArrayList<>(List.of(text.substring(start, end).split(",", -1)));
		fields.set(random.nextInt(fields.size()), filler);
		return (text.substring(0, start) + String.join(",", fields) + text.substring(end))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zipped(String name, byte[] base) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(base);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	record Target(String path, boolean page, Map<String, byte[]> bases) {
	}

	record Case(String name, byte[] content, String how) {
	}

}
