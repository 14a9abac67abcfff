package org.corridor.observatory.geo.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The territory served end to end: zones with their declared and measured areas through
 * OGC API – Features, points located in every zone at once from Chinese web-map
 * coordinates, the districts' coverage, and district figures apportioned to the core
 * area.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TerritoryIntegrationTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	@Autowired
	TestRestTemplate http;

	@Test
	void servesZonesPlatformsAndFirmsAsOgcCollections() {
		JsonNode collections = this.http.getForObject("/ogc/collections", JsonNode.class);
		List<String> ids = new ArrayList<>();
		collections.get("collections").forEach((c) -> ids.add(c.get("id").asText()));
		assertThat(ids).contains("zones", "platforms", "firms");

		JsonNode core = this.http.getForObject("/ogc/collections/zones/items/CORE_AREA", JsonNode.class);
		assertThat(core.at("/properties/declared_area_km2").asDouble()).isEqualTo(398.0);
		assertThat(core.at("/properties/measured_area_km2").asDouble()).isBetween(398 * 0.85, 398 * 1.15);
		assertThat(core.at("/properties/method").asText()).isEqualTo("landmark_ring");
		assertThat(core.at("/geometry/type").asText()).isEqualTo("Polygon");

		JsonNode lab = this.http.getForObject("/ogc/collections/platforms/items/ZHIJIANG_LAB", JsonNode.class);
		assertThat(lab.at("/properties/name_zh").asText()).isEqualTo("之江实验室");
		assertThat(lab.at("/properties/zones").toString()).contains("NANHU_CIRCLE", "YUHANG");
	}

	@Test
	void locatesAPointGivenInGcj02InEveryZoneAtOnce() {
		// Alibaba's Xixi campus (the anchor of its circle), as an AMap user would give it
		// (GCJ-02, ~500 m off)
		LonLat gcj = ChinaCoordinates.wgs84ToGcj02(120.0260, 30.2800);

		JsonNode located = this.http
			.getForObject(PLAN + "/zones/locate?lon=" + gcj.lon() + "&lat=" + gcj.lat() + "&crs=gcj02", JsonNode.class);

		assertThat(located.get("lon").asDouble()).isCloseTo(120.0260, within(1e-7));
		assertThat(located.get("lat").asDouble()).isCloseTo(30.2800, within(1e-7));
		assertThat(located.get("zones").toString()).contains("CORRIDOR", "CORE_AREA", "FUTURE_SCI_TECH_CITY",
				"ALIBABA_CIRCLE");
	}

	@Test
	void movesRegisteredFirmsToBaiduCoordinatesAndRejectsBadRowsAndUnknownFirms() {
		String first = EnterpriseFixtures.uscc("PLACE001");
		String second = EnterpriseFixtures.uscc("PLACE002");
		String registry = "统一社会信用代码,企业名称,行业代码\n" + first + ",示例企业一,I6513\n" + second + ",示例企业二,I6513\n";
		assertThat(
				upload(PLAN + "/enterprises", "firms.csv", registry.getBytes(StandardCharsets.UTF_8)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.http.getForObject("/ogc/collections/firms/items", JsonNode.class).get("numberMatched").asInt())
			.isZero();

		String good = """
				代码,名称,经度,纬度,坐标系
				%s,别名一,120.0326,30.2863,bd09
				%s,示例企业二,119.8070,30.2452,wgs84
				""".formatted(first.toLowerCase(Locale.ROOT), second);
		ResponseEntity<JsonNode> accepted = upload(PLAN + "/places/firm?crs=wgs84", "positions.csv",
				good.getBytes(Charset.forName("GBK")));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getBody().get(0).get("inputCrs").asText()).isEqualTo("BD09");
		assertThat(accepted.getBody().get(0).get("lon").asDouble()).isLessThan(120.0326 - 0.005);
		// the registry owns the firm: its code and name, not the file's spelling
		assertThat(accepted.getBody().get(0).get("code").asText()).isEqualTo(first);
		assertThat(accepted.getBody().get(0).get("nameZh").asText()).isEqualTo("示例企业一");
		assertThat(accepted.getBody().get(1).get("zones").toString()).contains("LINAN", "QINGSHANHU_CIRCLE");
		JsonNode firm = this.http.getForObject(PLAN + "/enterprises/" + second, JsonNode.class);
		assertThat(firm.at("/data/summary/zones").toString()).contains("LINAN", "QINGSHANHU_CIRCLE");
		assertThat(this.http.getForObject(PLAN + "/enterprises?zone=QINGSHANHU_CIRCLE", JsonNode.class)
			.get("total")
			.asInt()).isEqualTo(1);

		String bad = """
				code,name,lon,lat,crs
				F003,Swapped,30.25,120.10,wgs84
				F004,Far away,2.35,48.85,wgs84
				F005,Unknown system,120.1,30.2,mars
				F006,Not a number,120.1x,30.2,wgs84
				""";
		ResponseEntity<JsonNode> rejected = upload(PLAN + "/places/firm", "bad.csv",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String problems = rejected.getBody().get("problems").toString();
		assertThat(problems).contains("swapped", "outside China", "unknown coordinate system", "is not a number");

		String unknown = """
				代码,名称,经度,纬度
				%s,示例企业一,120.10,30.30
				%s,未登记企业,120.11,30.31
				""".formatted(first, EnterpriseFixtures.uscc("PLACE003"));
		ResponseEntity<JsonNode> unregistered = upload(PLAN + "/places/firm", "unknown.csv",
				unknown.getBytes(StandardCharsets.UTF_8));
		assertThat(unregistered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unregistered.getBody().get("problems")).singleElement()
			.satisfies((problem) -> assertThat(problem.toString()).contains("\"row\":3", "no firm of the registry"));
		JsonNode firms = this.http.getForObject("/ogc/collections/firms/items", JsonNode.class);
		assertThat(firms.get("numberMatched").asInt()).isEqualTo(2);
		// the rejected file moved no firm
		assertThat(firms.get("features").get(0).at("/properties/source").asText()).isEqualTo("positions.csv");
		assertThat(firms.get("features").get(0).at("/properties/input_crs").asText()).isEqualTo("BD09");
	}

	@Test
	void listsTheDivisionCodesOfDistrictsAndTownships() {
		JsonNode divisions = this.http.getForObject(PLAN + "/divisions", JsonNode.class);

		assertThat(divisions.get("townships")).hasSize(90);
		assertThat(divisions.get("districts").toString()).contains("\"code\":\"330113\",\"name\":\"临平区\"");
		assertThat(divisions.get("source").asText()).contains("2023");
	}

	@Test
	void checksThatTheDistrictsTileWithoutOverlapOrGap() {
		JsonNode coverage = this.http.getForObject(PLAN + "/zones/coverage", JsonNode.class);

		assertThat(coverage.get("districts")).hasSize(6);
		assertThat(coverage.get("overlaps").asInt()).isZero();
		assertThat(coverage.get("gaps").asInt()).isZero();
	}

	@Test
	void apportionsDistrictFiguresToTheCoreAreaByArea() {
		String figures = """
				indicator_code,zone_code,period,value
				DIGITAL_CORE_REVENUE,XIHU,2024,1000
				DIGITAL_CORE_REVENUE,YUHANG,2024,2000
				DIGITAL_CORE_REVENUE,LINPING,2024,500
				DIGITAL_CORE_REVENUE,LINAN,2024,300
				""";
		ResponseEntity<JsonNode> staged = upload(PLAN + "/observations", "districts.csv",
				figures.getBytes(StandardCharsets.UTF_8));
		assertThat(staged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		this.http.postForObject(PLAN + "/observations/batches/" + staged.getBody().get("id").asLong() + "/publish",
				null, JsonNode.class);

		JsonNode estimate = this.http
			.getForObject(PLAN + "/apportion?indicator=DIGITAL_CORE_REVENUE&year=2024&zone=CORE_AREA", JsonNode.class)
			.get("data");

		double sum = 0;
		for (JsonNode share : estimate.at("/result/shares")) {
			double expected = share.get("districtValue").asDouble() * share.get("overlapKm2").asDouble()
					/ share.get("districtAreaKm2").asDouble();
			assertThat(share.get("contribution").asDouble()).isCloseTo(expected, within(1e-9));
			sum += expected;
		}
		assertThat(estimate.at("/result/value").asDouble()).isCloseTo(sum, within(1e-9));
		// 余杭 + 临平 together for the 2014–2017 余杭 polygon
		assertThat(estimate.at("/result/shares").toString())
			.contains("\"district\":\"YUHANG\",\"districtValue\":2500.0");
		assertThat(estimate.get("missingDistricts")).isEmpty();
	}

	@Test
	void importsAnOfficialBoundaryForAZoneThePlanGaveNoShapeAndRefusesABadFileWhole() {
		String coordination = "{\"type\":\"Feature\",\"properties\":{\"zone_code\":\"COORDINATION_ZONE\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
				+ "[[[119.95,30.38],[120.05,30.38],[120.05,30.42],[119.95,30.42],[119.95,30.38]]]}}";
		String unknown = "{\"type\":\"Feature\",\"properties\":{\"zone_code\":\"ATLANTIS\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
				+ "[[[119.9,30.3],[119.91,30.3],[119.91,30.31],[119.9,30.3]]]}}";
		String bad = "{\"type\":\"FeatureCollection\",\"features\":[" + coordination + "," + unknown + "]}";
		ResponseEntity<JsonNode> rejected = upload(PLAN + "/zones/boundaries?source=test", "bad.geojson",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rejected.getBody().get("problems").toString()).contains("ATLANTIS");
		assertThat(this.http.getForObject(PLAN + "/zones/shapes", JsonNode.class).get("withoutGeometry").toString())
			.contains("COORDINATION_ZONE");

		String good = "{\"type\":\"FeatureCollection\",\"features\":[" + coordination + "]}";
		ResponseEntity<JsonNode> accepted = upload(PLAN + "/zones/boundaries?source=测试边界", "official.geojson",
				good.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
		// 0.1° × 0.04° at 30.4°N: 9.61 km × 4.43 km = 42.61 km² on WGS84, against the
		// plan's ~139 km²
		assertThat(accepted.getBody().at("/zones/0/measuredAreaKm2").asDouble()).isCloseTo(42.61, within(0.01));
		JsonNode zone = this.http.getForObject("/ogc/collections/zones/items/COORDINATION_ZONE", JsonNode.class);
		assertThat(zone.at("/properties/method").asText()).isEqualTo("imported");
		assertThat(zone.at("/properties/declared_area_km2").asDouble()).isEqualTo(139.0);
		assertThat(
				this.http.getForObject(PLAN + "/zones/locate?lon=120&lat=30.4", JsonNode.class).get("zones").toString())
			.contains("COORDINATION_ZONE");
	}

	private ResponseEntity<JsonNode> upload(String path, String name, byte[] content) {
		return Uploads.upload(this.http, path, name, content);
	}

}
