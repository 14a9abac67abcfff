package org.corridor.observatory.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.TestAccounts;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An official boundary moves points into a zone, and everything that counts by zone sees
 * it: a firm and a platform are imported where the plan draws no 发展统筹区 (coordination
 * zone); an official boundary for that zone is imported through the API; then the
 * enterprise search, the chain analysis and a computed indicator over firms for the zone,
 * and the platform search and the plan's computed platform indicator, all count them in
 * it. A boundary file that is rejected changes nothing and publishes nothing; one that
 * moves the zone away takes them out again.
 */
class ZonesChangedIntegrationTest {

	static final String PLAN = "chengxi-2021";

	static final String API = "/api/v1/plans/" + PLAN;

	static final String ZONE = "COORDINATION_ZONE";

	/** Inside the official boundary below (lon 119.95–120.05, lat 30.38–30.42). */
	static final String FIRM = "91330100716105852F";

	/** In the core area, far from the boundary. */
	static final String ELSEWHERE = "9144030071526726XG";

	static final String CENTRE = "TIC_COORDINATION";

	static final String BOX = "[[[119.95,30.38],[120.05,30.38],[120.05,30.42],[119.95,30.42],[119.95,30.38]]]";

	static final String FAR_BOX = "[[[119.70,30.20],[119.75,30.20],[119.75,30.22],[119.70,30.22],[119.70,30.20]]]";

	@TempDir
	static Path folder;

	static ConfigurableApplicationContext context;

	static TestRestTemplate http;

	static final List<ZonesChanged> published = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() {
		Path pack = SamplePacks.withComputed(folder, "measure: sum, figure: revenue, chain: AI_CHAIN");
		context = new SpringApplicationBuilder(ObservatoryApplication.class).web(WebApplicationType.SERVLET)
			.run("--observatory.plan.location=" + pack, "--observatory.demo.enabled=false", "--server.port=0",
					"--spring.datasource.url=jdbc:h2:mem:zones-changed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ZonesChanged z) {
				published.add(z);
			}
		});
		http = TestAccounts.client(context);
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void anOfficialBoundaryReassignsFirmsAndPlatformsAndARejectedOneChangesNothing() {
		String firms = "统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,年度,营业收入\r\n" + FIRM
				+ ",统筹区智能计算有限公司,I6513,AI_CHAIN,AI_INTELLIGENT_COMPUTING,120.0,30.40,wgs84,2024,150\r\n" + ELSEWHERE
				+ ",核心区智能计算有限公司,I6513,AI_CHAIN,AI_INTELLIGENT_COMPUTING,120.08,30.29,wgs84,2024,70\r\n";
		assertThat(upload(API + "/enterprises", "firms.csv", firms).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String platforms = "平台代码,平台名称,平台类型,建成运行日期,获批认定日期,经度,纬度,坐标系\r\n" + CENTRE
				+ ",统筹区技术创新中心,NATIONAL_TECH_INNOVATION_CENTRE,2021-05-01,2022-06-30,120.01,30.39,wgs84\r\n";
		assertThat(upload(API + "/platforms", "platforms.csv", platforms).getStatusCode().is2xxSuccessful()).isTrue();

		// the plan draws no coordination zone: nothing is in it
		Counts before = counts();
		assertThat(before.firms()).isZero();
		assertThat(before.chainFirms()).isZero();
		assertThat(before.revenue()).isZero();
		assertThat(before.platforms()).doesNotContain(CENTRE);
		assertThat(storedZones(FIRM)).doesNotContain(ZONE);
		assertThat(platformZones(CENTRE)).doesNotContain(ZONE);

		published.clear();
		assertThat(upload(API + "/zones/boundaries?source=official", "official.geojson", boundary(BOX)).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertThat(published).containsExactly(new ZonesChanged(PLAN));
		Counts inside = counts();
		assertThat(inside.firms()).isEqualTo(1);
		assertThat(inside.chainFirms()).isEqualTo(1);
		assertThat(inside.revenue()).isCloseTo(150.0, within(1e-9));
		assertThat(inside.platforms()).contains(CENTRE);
		assertThat(inside.centres()).isEqualTo(before.centres() + 1);
		assertThat(storedZones(FIRM)).contains(ZONE);
		assertThat(storedZones(ELSEWHERE)).doesNotContain(ZONE).contains("CORE_AREA");
		assertThat(platformZones(CENTRE)).contains(ZONE);
		JsonNode firm = http.getForObject(API + "/enterprises?zone=" + ZONE, JsonNode.class);
		assertThat(firm.at("/items/0/uscc").asText()).isEqualTo(FIRM);

		// a file with one bad feature is rejected whole: the zone does not move, nothing
		// is reassigned and nothing is published
		String zonesBefore = storedZones(FIRM);
		ResponseEntity<JsonNode> rejected = upload(API + "/zones/boundaries?source=official", "bad.geojson",
				boundary(FAR_BOX, "{\"type\":\"Feature\",\"properties\":{\"zone_code\":\"ATLANTIS\"},"
						+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + BOX + "}}"));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rejected.getBody().get("problems").toString()).contains("ATLANTIS");
		assertThat(published).hasSize(1);
		assertThat(counts()).isEqualTo(inside);
		assertThat(storedZones(FIRM)).isEqualTo(zonesBefore);
		assertThat(platformZones(CENTRE)).contains(ZONE);

		// an accepted boundary that moves the zone away takes them out again
		assertThat(
				upload(API + "/zones/boundaries?source=official", "moved.geojson", boundary(FAR_BOX)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(published).hasSize(2);
		assertThat(counts()).isEqualTo(before);
		assertThat(storedZones(FIRM)).doesNotContain(ZONE);
		assertThat(platformZones(CENTRE)).doesNotContain(ZONE);
	}

	/** What counts by zone, for the coordination zone in 2024. */
	private static Counts counts() {
		JsonNode search = http.getForObject(API + "/enterprises?zone=" + ZONE, JsonNode.class);
		JsonNode chains = http.getForObject(API + "/chains?year=2024&zone=" + ZONE, JsonNode.class);
		int chainFirms = -1;
		for (JsonNode chain : chains.at("/data/chains")) {
			if (chain.get("code").asText().equals("AI_CHAIN")) {
				chainFirms = chain.get("firms").asInt();
			}
		}
		EvaluationService evaluations = context.getBean(EvaluationService.class);
		Double revenue = evaluations.evaluateIndicator(PLAN, "AI_CHAIN_REVENUE", 2024, ZONE).actual();
		Double centres = evaluations.evaluateIndicator(PLAN, "NATIONAL_INNOVATION_CENTRES", 2024, ZONE).actual();
		JsonNode platforms = http.getForObject(API + "/platforms?zone=" + ZONE, JsonNode.class);
		return new Counts(search.get("total").asInt(), chainFirms, revenue, centres,
				platforms.at("/data").findValuesAsText("code"));
	}

	private static String storedZones(String uscc) {
		return context.getBean(JdbcClient.class)
			.sql("select zones from enterprise where uscc = ?")
			.param(uscc)
			.query(String.class)
			.single();
	}

	private static String platformZones(String code) {
		return context.getBean(JdbcClient.class)
			.sql("select zones from platform where code = ?")
			.param(code)
			.query(String.class)
			.single();
	}

	private static byte[] boundary(String coordinates, String... more) {
		StringBuilder features = new StringBuilder("{\"type\":\"Feature\",\"properties\":{\"zone_code\":\"" + ZONE
				+ "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}");
		for (String feature : more) {
			features.append(',').append(feature);
		}
		return ("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}").getBytes(StandardCharsets.UTF_8);
	}

	private static ResponseEntity<JsonNode> upload(String path, String name, Object content) {
		byte[] bytes = (content instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) content;
		return Uploads.upload(http, path, name, bytes);
	}

	/**
	 * @param firms firms the enterprise search finds in the zone
	 * @param chainFirms the AI chain's firms in the zone, by the chain analysis
	 * @param revenue the computed indicator over AI-chain firms' revenue in the zone
	 * @param centres the plan's computed count of accredited innovation centres in the
	 * zone
	 * @param platforms codes of the platforms the platform search finds in the zone
	 */
	record Counts(int firms, int chainFirms, Double revenue, Double centres, List<String> platforms) {
	}

}
