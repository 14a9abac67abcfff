package org.corridor.observatory.geo.boundary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.GeodesicArea;
import org.corridor.observatory.geo.LonLat;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Official boundaries as GeoJSON and KML: accepted whole when every feature names a zone
 * and is a valid polygon in China, refused with every problem otherwise.
 */
class BoundaryFileReaderTest {

	static final Set<String> ZONES = Set.of("XIHU", "YUHANG", "LIANGZHU");

	static final Map<String, String> ADCODES = Map.of("330106", "XIHU", "330110", "YUHANG", "330110005", "LIANGZHU");

	static final String XIHU_SQUARE = polygon(
			"[120.10,30.20],[120.15,30.20],[120.15,30.25],[120.10,30.25],[120.10,30.20]");

	static final String YUHANG_SQUARE = polygon(
			"[119.90,30.30],[120.00,30.30],[120.00,30.40],[119.90,30.40],[119.90,30.30]");

	@Test
	void readsTwoZonesByZoneCodeAndNumericAdcode() {
		BoundaryFile file = read(collection(feature("{\"zone_code\":\"XIHU\",\"name\":\"西湖区\"}", XIHU_SQUARE),
				feature("{\"adcode\":330110}", YUHANG_SQUARE)));
		assertThat(file.format()).isEqualTo("geojson");
		assertThat(file.features()).extracting(BoundaryFeature::zoneCode).containsExactly("XIHU", "YUHANG");
		assertThat(file.features()).extracting(BoundaryFeature::sourceName).containsExactly("西湖区", "#2");
		BoundaryFeature xihu = file.features().get(0);
		assertThat(xihu.geometry().isValid()).isTrue();
		assertThat(GeodesicArea.km2(xihu.geometry())).isCloseTo(26.6, within(0.3));
		assertThat(Orientation.isCCW(((Polygon) xihu.geometry()).getExteriorRing().getCoordinateSequence())).isTrue();
		assertThat(file.repairs()).isEmpty();
	}

	@Test
	void matchesTwelveDigitStatisticsCodesAndLegacyCrs() {
		String crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4490\"}},";
		BoundaryFile file = read("{\"type\":\"FeatureCollection\"," + crs + "\"features\":["
				+ feature("{\"gb\":\"330110005000\"}", YUHANG_SQUARE) + "]}");
		assertThat(file.features().get(0).zoneCode()).isEqualTo("LIANGZHU");
	}

	@Test
	void shiftsDeclaredGcj02CoordinatesBackToWgs84() {
		BoundaryFile file = BoundaryFileReader.read("xihu.geojson",
				bytes(collection(feature("{\"code\":\"XIHU\"}", XIHU_SQUARE))), Crs.GCJ02, ZONES, ADCODES);
		Coordinate corner = file.features().get(0).geometry().getCoordinates()[0];
		LonLat expected = ChinaCoordinates.gcj02ToWgs84(120.10, 30.20);
		assertThat(corner.x).isCloseTo(expected.lon(), within(1e-9));
		assertThat(corner.y).isCloseTo(expected.lat(), within(1e-9));
		double eastM = (120.10 - corner.x) * 111320 * Math.cos(Math.toRadians(30.2));
		double northM = (30.20 - corner.y) * 110570;
		assertThat(Math.hypot(eastM, northM)).isBetween(300.0, 800.0);
	}

	@Test
	void repairsASpikeAndASelfTouchingRingKeepingTheirArea() {
		String spiked = polygon("[120.10,30.20],[120.15,30.20],[120.15,30.22],[120.17,30.22],[120.15,30.22],"
				+ "[120.15,30.25],[120.10,30.25],[120.10,30.20]");
		String selfTouching = polygon("[119.90,30.30],[120.00,30.30],[120.00,30.40],[119.95,30.35],[119.96,30.32],"
				+ "[119.94,30.32],[119.95,30.35],[119.90,30.40],[119.90,30.30]");
		BoundaryFile file = read(collection(feature("{\"zone_code\":\"XIHU\"}", spiked),
				feature("{\"zone_code\":\"YUHANG\"}", selfTouching)));
		assertThat(file.features()).allSatisfy((feature) -> assertThat(feature.geometry().isValid()).isTrue());
		assertThat(((Polygon) file.features().get(1).geometry()).getNumInteriorRing()).isEqualTo(1);
		assertThat(file.repairs()).extracting(BoundaryRepair::zoneCode).containsExactly("XIHU", "YUHANG");
		assertThat(file.repairs()).extracting(BoundaryRepair::reason)
			.containsExactly("Self-intersection at 120.170000,30.220000",
					"Ring Self-intersection at 119.950000,30.350000");
		assertThat(file.repairs())
			.allSatisfy((repair) -> assertThat(repair.areaAfterKm2()).isCloseTo(repair.areaBeforeKm2(), within(1e-6)));
	}

	@Test
	void refusesABowTieWhoseRepairWouldChangeTheArea() {
		String bowTie = polygon("[120.10,30.20],[120.15,30.25],[120.15,30.20],[120.10,30.25],[120.10,30.20]");
		assertThat(problems(collection(feature("{\"zone_code\":\"XIHU\"}", bowTie)))).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.feature()).isEqualTo("#1");
				assertThat(problem.en()).contains("Self-intersection").contains("more than 1%");
			});
	}

	@Test
	void reportsEveryProblemOfTheFile() {
		String swapped = polygon("[30.20,120.10],[30.20,120.15],[30.25,120.15],[30.25,120.10],[30.20,120.10]");
		List<BoundaryProblem> problems = problems(collection(feature("{\"name\":\"西湖\",\"code\":\"XIHU\"}", swapped),
				feature("{\"zone_code\":\"NOWHERE\"}", YUHANG_SQUARE), feature("{\"adcode\":\"999999\"}", XIHU_SQUARE),
				feature("{\"zone_code\":\"YUHANG\"}", "{\"type\":\"Point\",\"coordinates\":[120.1,30.2]}"),
				feature("{\"zone_code\":\"XIHU\",\"name\":\"西湖区 2\"}", XIHU_SQUARE)));
		assertThat(problems).extracting(BoundaryProblem::feature)
			.containsExactly("#1 西湖", "#2", "#3", "#4", "#5 西湖区 2");
		assertThat(problems).anySatisfy((problem) -> assertThat(problem.en()).contains("swapped lat/lon"));
		assertThat(problems).anySatisfy((problem) -> assertThat(problem.value()).isEqualTo("NOWHERE"));
		assertThat(problems).anySatisfy((problem) -> assertThat(problem.value()).isEqualTo("adcode=999999"));
		assertThat(problems).anySatisfy((problem) -> assertThat(problem.en()).contains("is a Point"));
		assertThat(problems).anySatisfy((problem) -> assertThat(problem.en()).contains("#1 西湖 and #5 西湖区 2"));
	}

	@Test
	void reportsWhereTheJsonIsMalformed() {
		String broken = "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"properties\": {}}]}";
		assertThat(problems(broken)).singleElement().satisfies((problem) -> {
			assertThat(problem.value()).startsWith("3:");
			assertThat(problem.en()).startsWith("malformed JSON at line 3, column");
		});
	}

	@Test
	void refusesANamedProjectedCrs() {
		String crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},";
		assertThat(problems("{\"type\":\"FeatureCollection\"," + crs + "\"features\":["
				+ feature("{\"code\":\"XIHU\"}",
						polygon("[13369000,3530000],[13370000,3530000],[13370000,3531000]," + "[13369000,3530000]"))
				+ "]}"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.value()).isEqualTo("EPSG:3857"));
	}

	@Test
	void readsKmlPlacemarksByNameAndExtendedData() {
		String ring = "<Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing>"
				+ "</outerBoundaryIs></Polygon>";
		String xihu = ring.formatted("120.10,30.20,0 120.15,30.20,0 120.15,30.25,0 120.10,30.25,0 120.10,30.20,0");
		String part = "119.90,30.30 120.00,30.30 120.00,30.40 119.90,30.40 119.90,30.30";
		String island = "119.80,30.30 119.85,30.30 119.85,30.35 119.80,30.30";
		String kml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
				+ "<Placemark><name>XIHU</name>" + xihu + "</Placemark>"
				+ "<Placemark><name>余杭区</name><ExtendedData><Data name=\"adcode\"><value>330110</value></Data>"
				+ "</ExtendedData><MultiGeometry>" + ring.formatted(part) + ring.formatted(island)
				+ "</MultiGeometry></Placemark></Document></kml>";
		BoundaryFile file = BoundaryFileReader.read("zones.kml", bytes(kml), Crs.WGS84, ZONES, ADCODES);
		assertThat(file.format()).isEqualTo("kml");
		assertThat(file.features()).extracting(BoundaryFeature::zoneCode).containsExactly("XIHU", "YUHANG");
		assertThat(file.features().get(1).geometry()).isInstanceOf(MultiPolygon.class);
		assertThat(file.features().get(1).sourceName()).isEqualTo("余杭区");
		assertThat(file.features().get(1).attributes()).containsEntry("adcode", "330110");
	}

	@Test
	void refusesKmlThatIsNotWellFormedOrDeclaresEntities() {
		assertThat(problems("zones.kml", "<kml><Document><Placemark></Document></kml>")).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).startsWith("malformed KML (XML) at line 1"));
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<kml><Placemark><name>&x;</name></Placemark></kml>";
		assertThat(problems("zones.kml", xxe)).singleElement()
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("xml"));
	}

	@Test
	void refusesUnknownFileTypes() {
		assertThat(problems("zones.csv", "zone_code\nXIHU")).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).startsWith("unsupported file type"));
	}

	static String polygon(String ring) {
		return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
	}

	static String feature(String properties, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static BoundaryFile read(String geojson) {
		return BoundaryFileReader.read("boundaries.geojson", bytes(geojson), Crs.WGS84, ZONES, ADCODES);
	}

	private static List<BoundaryProblem> problems(String geojson) {
		return problems("boundaries.geojson", geojson);
	}

	private static List<BoundaryProblem> problems(String fileName, String content) {
		return assertThatExceptionOfType(BoundaryRejectedException.class)
			.isThrownBy(() -> BoundaryFileReader.read(fileName, bytes(content), Crs.WGS84, ZONES, ADCODES))
			.actual()
			.problems();
	}

}
