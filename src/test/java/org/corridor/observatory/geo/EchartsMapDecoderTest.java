package org.corridor.observatory.geo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EchartsMapDecoderTest {

	/**
	 * A right triangle with legs of 10 units from its offset: deltas 0, +10, −10 encode
	 * as '@', 'T', 'S' (zigzag 0, 20, 19, plus 64).
	 */
	private static final String TRIANGLE = "@@T@@TSS";

	@Test
	void decodesDeltasFromTheOffsetInUnitsOf1024thDegree() {
		String script = "echarts.registerMap('t', {\"type\":\"FeatureCollection\",\"UTF8Encoding\":true,\"features\":["
				+ "{\"type\":\"Feature\",\"id\":\"1\",\"properties\":{\"name\":\"甲区\",\"cp\":[120.1,29.3]},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\"" + TRIANGLE
				+ "\"],\"encodeOffsets\":[[123000,30000]]}}]});";
		MapFeature feature = EchartsMapDecoder.decode(script).get(0);
		assertThat(feature.id()).isEqualTo("1");
		assertThat(feature.adcode()).isEqualTo("1");
		assertThat(feature.name()).isEqualTo("甲区");
		assertThat(feature.properties()).containsEntry("cp", List.of(120.1, 29.3));
		assertThat(feature.geometry().getCoordinates()).containsExactly(new Coordinate(123000 / 1024.0, 30000 / 1024.0),
				new Coordinate(123010 / 1024.0, 30000 / 1024.0), new Coordinate(123010 / 1024.0, 30010 / 1024.0),
				new Coordinate(123000 / 1024.0, 30000 / 1024.0));
	}

	@Test
	void decodesMultiPolygonsWithAnOffsetPerRing() {
		String script = "registerMap('t', {\"UTF8Encoding\":true,\"features\":[{\"properties\":{\"name\":\"乙\","
				+ "\"adcode\":330000},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[\"" + TRIANGLE
				+ "\"],[\"" + TRIANGLE + "\"]],\"encodeOffsets\":[[[0,0]],[[2048,1024]]]}}]})";
		MapFeature feature = EchartsMapDecoder.decode(script).get(0);
		assertThat(feature.adcode()).isEqualTo("330000");
		assertThat(feature.geometry()).isInstanceOf(MultiPolygon.class);
		assertThat(feature.geometry().getGeometryN(1).getCoordinates()[0]).isEqualTo(new Coordinate(2, 1));
		assertThat(feature.geometry().getArea()).isEqualTo(2 * 50 / (1024.0 * 1024.0));
	}

	@Test
	void readsUnencodedGeoJsonAsIs() {
		String script = "echarts.registerMap('t', {\"features\":[{\"properties\":{\"name\":\"丙\"},\"geometry\":"
				+ "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]});";
		assertThat(EchartsMapDecoder.decode(script).get(0).geometry().getArea()).isEqualTo(0.5);
	}

	@Test
	void rejectsScriptsWithoutAMap() {
		assertThatIllegalArgumentException().isThrownBy(() -> EchartsMapDecoder.decode("console.log('no map');"));
	}

	/**
	 * Hangzhou as packaged: 13 county-level units of 2014–2017. The vertex count and the
	 * exact coordinate sums were taken from the package's own decoded copy,
	 * geojson/shape-with-internal-borders/zhe4_jiang1_hang2_zhou1.geojson; all values are
	 * multiples of 1/1024, so the sums are exact and any decoding slip shows.
	 */
	@Test
	void decodesHangzhouBitForBitAsThePackagesOwnGeoJson() {
		List<MapFeature> features = EchartsMapDecoder.decodeResource("geo/boundaries/hangzhou.js");
		assertThat(features).extracting(MapFeature::adcode)
			.containsExactly("330102", "330108", "330103", "330104", "330105", "330106", "330109", "330111", "330110",
					"330127", "330122", "330182", "330185");
		assertThat(features).extracting(MapFeature::name).contains("西湖区", "临安市", "余杭区");
		assertThat(features.get(5).properties()).containsEntry("cp", List.of(120.130194, 30.259463));
		assertSums(features, 39459, 4720832.3037109375, 1180740.5263671875);
		Polygon xihu = (Polygon) features.get(5).geometry();
		assertThat(xihu.getExteriorRing().getNumPoints()).isEqualTo(1344);
		assertThat(xihu.getExteriorRing().getCoordinateN(1)).isEqualTo(new Coordinate(120.0771484375, 30.0830078125));
	}

	/** As above, from zhe4_jiang1_hu2_zhou1.geojson: Huzhou's 5 units. */
	@Test
	void decodesHuzhouBitForBitAsThePackagesOwnGeoJson() {
		List<MapFeature> features = EchartsMapDecoder.decodeResource("geo/boundaries/huzhou.js");
		assertThat(features).extracting(MapFeature::adcode)
			.containsExactly("330502", "330503", "330521", "330522", "330523");
		assertSums(features, 12894, 1546825.517578125, 395692.8291015625);
	}

	private static void assertSums(List<MapFeature> features, int vertices, double lonSum, double latSum) {
		int count = 0;
		double lon = 0;
		double lat = 0;
		for (MapFeature feature : features) {
			Geometry geometry = feature.geometry();
			for (Coordinate coordinate : geometry.getCoordinates()) {
				count++;
				lon += coordinate.x;
				lat += coordinate.y;
			}
		}
		assertThat(count).isEqualTo(vertices);
		assertThat(lon).isEqualTo(lonSum);
		assertThat(lat).isEqualTo(latSum);
	}

}
