package org.corridor.observatory.geo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OGC API – Features endpoints as a client sees them: the documents a GIS client
 * navigates, GeoJSON pages it can walk, and problem details when it asks for too much or
 * for what is not there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCollections.class)
class OgcApiTest {

	private static final Pattern LONG_DECIMAL = Pattern.compile("\\d\\.\\d{8,}|\\d[eE][-+]?\\d");

	@Autowired
	TestRestTemplate http;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void landingPageLinksToEveryPartAndEachLinkResolves() throws Exception {
		JsonNode landing = getJson("/ogc");
		assertThat(landing.path("title").asText()).contains(" / ");
		assertThat(relations(landing)).contains("self", "service-desc", "conformance", "data");
		assertThat(link(landing, "service-desc").path("type").asText())
			.isEqualTo("application/vnd.oai.openapi+json;version=3.0");
		assertThat(link(landing, "data").path("href").asText()).endsWith("/ogc/collections");
		for (JsonNode link : landing.path("links")) {
			String href = link.path("href").asText();
			assertThat(href).startsWith("http://localhost:");
			assertThat(this.http.getForEntity(href, String.class).getStatusCode()).as(href).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void declaresCoreGeoJsonAndOpenApiConformance() throws Exception {
		List<String> classes = new ArrayList<>();
		getJson("/ogc/conformance").path("conformsTo").forEach((uri) -> classes.add(uri.asText()));
		assertThat(classes).containsExactlyInAnyOrder("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
				"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
				"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
	}

	@Test
	void listsTheCollectionsWithExtentCrsAndItemLinks() throws Exception {
		JsonNode collections = getJson("/ogc/collections");
		assertThat(relations(collections)).contains("self");
		// Looked up by id: the application's own collections may be listed too.
		JsonNode points = byId(collections.path("collections"), "test-points");
		assertThat(byId(collections.path("collections"), "test-zones").path("title").asText()).contains("test-zones");
		assertThat(points.path("title").asText()).isEqualTo("测试 test-points / Test test-points");
		assertThat(points.path("itemType").asText()).isEqualTo("feature");
		assertThat(points.path("crs").get(0).asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
		JsonNode spatial = points.path("extent").path("spatial");
		assertThat(spatial.path("crs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
		assertThat(spatial.path("bbox").get(0).get(0).asDouble()).isEqualTo(100.123456789);
		assertThat(spatial.path("bbox").get(0).get(3).asDouble()).isEqualTo(34.000000001);
		assertThat(link(points, "items").path("type").asText()).isEqualTo("application/geo+json");
		assertThat(link(points, "items").path("href").asText()).endsWith("/ogc/collections/test-points/items");
		assertThat(points.path("demo").asBoolean()).isTrue();
		assertThat(points.path("notice").asText()).startsWith("DEMO");
		JsonNode zones = getJson("/ogc/collections/test-zones");
		assertThat(zones.path("id").asText()).isEqualTo("test-zones");
		assertThat(zones.has("demo")).isFalse();
		assertThat(link(zones, "self").path("href").asText()).endsWith("/ogc/collections/test-zones");
	}

	@Test
	void pagesThroughTheItemsWithNextAndPrevLinks() throws Exception {
		ResponseEntity<String> response = this.http.getForEntity("/ogc/collections/test-points/items?limit=10",
				String.class);
		assertThat(response.getHeaders().getContentType()).hasToString("application/geo+json");
		JsonNode first = this.json.readTree(response.getBody());
		assertThat(first.path("type").asText()).isEqualTo("FeatureCollection");
		assertThat(first.path("numberMatched").asLong()).isEqualTo(25);
		assertThat(first.path("numberReturned").asInt()).isEqualTo(10);
		assertThat(first.path("features")).hasSize(10);
		assertThat(first.path("timeStamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(relations(first)).contains("self", "next").doesNotContain("prev");
		JsonNode second = getJson(link(first, "next").path("href").asText());
		assertThat(second.path("features").get(0).path("id").asText()).isEqualTo("p11");
		assertThat(relations(second)).contains("next", "prev");

		JsonNode last = getJson("/ogc/collections/test-points/items?offset=20&limit=10&f=json");
		assertThat(last.path("numberMatched").asLong()).isEqualTo(25);
		assertThat(last.path("numberReturned").asInt()).isEqualTo(5);
		assertThat(relations(last)).contains("prev").doesNotContain("next");
		assertThat(link(last, "prev").path("href").asText()).contains("cursor=10").doesNotContain("offset");
		JsonNode feature = last.path("features").get(4);
		assertThat(feature.path("id").asText()).isEqualTo("p25");
		assertThat(feature.path("properties").path("name").asText()).isEqualTo("平台 25");
		assertThat(feature.path("properties").path("demo").asBoolean()).isTrue();
		assertThat(last.path("demo").asBoolean()).isTrue();
	}

	@Test
	void defaultsToTenAndLowersTooLargeALimit() throws Exception {
		assertThat(getJson("/ogc/collections/test-points/items").path("numberReturned").asInt()).isEqualTo(10);
		JsonNode all = getJson("/ogc/collections/test-points/items?limit=50000");
		assertThat(all.path("numberReturned").asInt()).isEqualTo(25);
		assertThat(link(all, "self").path("href").asText()).contains("limit=50000");
	}

	@Test
	void filtersByBoundingBox() throws Exception {
		// Columns 0 and 1 of rows 0 and 1 of the grid: four points.
		JsonNode points = getJson("/ogc/collections/test-points/items?bbox=99.5,29.5,101.5,31.5");
		assertThat(points.path("numberMatched").asLong()).isEqualTo(4);
		// Six numbers: the heights are ignored.
		JsonNode zones = getJson("/ogc/collections/test-zones/items?bbox=0.5,0.5,-10,2.1,0.6,10");
		assertThat(ids(zones)).containsExactly("z1", "z2");
		JsonNode crs84 = getJson(
				"/ogc/collections/test-zones/items?bbox=9,9,12,12&bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84");
		assertThat(ids(crs84)).containsExactly("z3");
	}

	@Test
	void servesSingleFeaturesAsGeoJson() throws Exception {
		ResponseEntity<String> response = this.http.getForEntity("/ogc/collections/test-points/items/p7", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).hasToString("application/geo+json");
		JsonNode feature = this.json.readTree(response.getBody());
		assertThat(feature.path("type").asText()).isEqualTo("Feature");
		assertThat(feature.path("id").asText()).isEqualTo("p7");
		assertThat(feature.path("geometry").path("coordinates").toString()).isEqualTo("[101.1234568,31]");
		assertThat(relations(feature)).contains("self", "collection");
		assertThat(getJson("/ogc/collections/test-zones/items/z1").path("properties").has("demo")).isFalse();
	}

	@Test
	void writesValidRfc7946GeometryWithAtMostSevenDecimals() throws Exception {
		String body = this.http.getForObject("/ogc/collections/test-zones/items", String.class);
		assertThat(LONG_DECIMAL.matcher(body).find()).as(body).isFalse();
		for (JsonNode feature : this.json.readTree(body).path("features")) {
			Geometry geometry = new GeoJsonReader().read(feature.path("geometry").toString());
			Polygon polygon = (Polygon) geometry;
			assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinateSequence())).isTrue();
			for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
				assertThat(Orientation.isCCW(polygon.getInteriorRingN(i).getCoordinateSequence())).isFalse();
			}
		}
		Geometry all = new GeoJsonReader()
			.read(this.http.getForObject("/ogc/collections/test-points/items?limit=100", String.class));
		assertThat(all.getNumGeometries()).isEqualTo(25);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ogc/collections/nowhere", "/ogc/collections/nowhere/items",
			"/ogc/collections/test-points/items/p99", "/api/v1/geojson/nowhere" })
	void answersUnknownCollectionsAndFeaturesWith404(String path) throws Exception {
		assertProblem(path, HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "limit=0", "limit=-3", "limit=ten", "offset=-1", "bbox=1,2,3", "bbox=a,b,c,d",
			"bbox=3,0,1,1", "bbox=0,3,1,1", "bbox=1,2,3,4&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326",
			"filter=name='x'" })
	void answersBadQueriesWith400(String query) throws Exception {
		JsonNode problem = assertProblem("/ogc/collections/test-points/items?" + query, HttpStatus.BAD_REQUEST);
		assertThat(problem.path("detail").asText()).contains(" / ");
	}

	@Test
	void exportsAWholeCollectionAsADownload() throws Exception {
		ResponseEntity<String> response = this.http.getForEntity("/api/v1/geojson/test-points", String.class);
		assertThat(response.getHeaders().getContentType()).hasToString("application/geo+json");
		assertThat(response.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("test-points.geojson");
		JsonNode file = this.json.readTree(response.getBody());
		assertThat(file.path("name").asText()).isEqualTo("test-points");
		assertThat(file.path("features")).hasSize(25);
		assertThat(file.path("demo").asBoolean()).isTrue();
		assertThat(new GeoJsonReader().read(response.getBody()).getNumGeometries()).isEqualTo(25);
	}

	private JsonNode assertProblem(String path, HttpStatus status) throws Exception {
		ResponseEntity<String> response = this.http.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = this.json.readTree(response.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(status.value());
		assertThat(problem.path("detail").asText()).isNotBlank();
		return problem;
	}

	private JsonNode getJson(String path) throws Exception {
		ResponseEntity<String> response = this.http.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return this.json.readTree(response.getBody());
	}

	private static List<String> relations(JsonNode document) {
		List<String> relations = new ArrayList<>();
		document.path("links").forEach((link) -> relations.add(link.path("rel").asText()));
		return relations;
	}

	private static JsonNode link(JsonNode document, String rel) {
		for (JsonNode link : document.path("links")) {
			if (rel.equals(link.path("rel").asText())) {
				return link;
			}
		}
		throw new AssertionError("no link " + rel + " in " + document);
	}

	private static JsonNode byId(JsonNode list, String id) {
		for (JsonNode element : list) {
			if (id.equals(element.path("id").asText())) {
				return element;
			}
		}
		throw new AssertionError("no " + id + " in " + list);
	}

	private static List<String> ids(JsonNode collection) {
		List<String> ids = new ArrayList<>();
		collection.path("features").forEach((feature) -> ids.add(feature.path("id").asText()));
		return ids;
	}

}
