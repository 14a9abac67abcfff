package org.corridor.observatory.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ChinaCoordinatesTest {

	private static final double EARTH_RADIUS_M = 6371008.8;

	/**
	 * wandergis/coordtransform, test/app.js: WGS84 (116.404, 39.915) → GCJ-02, the vector
	 * most Chinese implementations (hutool, coordtransform-rs, …) test against.
	 */
	@Test
	void reproducesTheCoordtransformForwardVector() {
		assertLonLat(ChinaCoordinates.wgs84ToGcj02(116.404, 39.915), 116.41024449916938, 39.91640428150164, 1e-12);
		assertLonLat(ChinaCoordinates.gcj02ToWgs84(116.41024449916938, 39.91640428150164), 116.404, 39.915, 1e-9);
	}

	/**
	 * wandergis/coordtransform, test/app.js: gcj02towgs84(116.404, 39.915) there is the
	 * one-step approximation [116.39775550083061, 39.91359571849836]; the exact inverse
	 * lies within a few centimetres of it here and maps back onto the input exactly.
	 */
	@Test
	void invertsMoreExactlyThanTheOneStepApproximation() {
		LonLat wgs = ChinaCoordinates.gcj02ToWgs84(116.404, 39.915);
		assertThat(metres(wgs.lon(), wgs.lat(), 116.39775550083061, 39.91359571849836)).isLessThan(0.1);
		assertLonLat(ChinaCoordinates.wgs84ToGcj02(wgs.lon(), wgs.lat()), 116.404, 39.915, 1e-9);
	}

	/**
	 * wandergis/coordtransform, test/app.js: both Baidu formulas at (116.404, 39.915).
	 */
	@Test
	void reproducesTheCoordtransformBaiduVectors() {
		assertLonLat(ChinaCoordinates.bd09ToGcj02(116.404, 39.915), 116.39762729119315, 39.90865673957631, 1e-12);
		assertLonLat(ChinaCoordinates.gcj02ToBd09(116.404, 39.915), 116.41036949371029, 39.92133699351021, 1e-12);
	}

	/**
	 * googollee/eviltransform, python/test.py (also go/transform_test.go): WGS84 → GCJ-02
	 * for Shanghai, Shenzhen and Beijing; the exact inverse must come back within 0.5 m,
	 * the bound eviltransform sets for its own.
	 */
	@ParameterizedTest
	@CsvSource({ "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
			"22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
			"39.911954, 116.377817, 39.91334545536069, 116.38404722455657" })
	void reproducesTheEviltransformVectors(double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
		assertLonLat(ChinaCoordinates.wgs84ToGcj02(wgsLon, wgsLat), gcjLon, gcjLat, 1e-9);
		LonLat back = ChinaCoordinates.gcj02ToWgs84(gcjLon, gcjLat);
		assertThat(metres(back.lon(), back.lat(), wgsLon, wgsLat)).isLessThan(0.5);
	}

	@Test
	void roundTripsAcrossChinaWithinAMetre() {
		double worst = 0;
		for (double lon = 74; lon <= 135; lon += 1.5) {
			for (double lat = 4; lat <= 53; lat += 1.5) {
				LonLat gcj = ChinaCoordinates.wgs84ToGcj02(lon, lat);
				LonLat viaGcj = ChinaCoordinates.gcj02ToWgs84(gcj.lon(), gcj.lat());
				LonLat bd = ChinaCoordinates.wgs84ToBd09(lon, lat);
				LonLat viaBd = ChinaCoordinates.bd09ToWgs84(bd.lon(), bd.lat());
				assertThat(metres(gcj.lon(), gcj.lat(), lon, lat)).as("offset at %s, %s", lon, lat).isGreaterThan(1);
				worst = Math.max(worst, Math.max(metres(viaGcj.lon(), viaGcj.lat(), lon, lat),
						metres(viaBd.lon(), viaBd.lat(), lon, lat)));
			}
		}
		assertThat(worst).isLessThan(1);
	}

	@Test
	void convertsFromEverySystemToWgs84() {
		LonLat gcj = ChinaCoordinates.wgs84ToGcj02(120.1, 30.3);
		LonLat bd = ChinaCoordinates.wgs84ToBd09(120.1, 30.3);
		assertThat(ChinaCoordinates.toWgs84(Crs.WGS84, 120.1, 30.3)).isEqualTo(new LonLat(120.1, 30.3));
		assertThat(ChinaCoordinates.toWgs84(Crs.CGCS2000, 120.1, 30.3)).isEqualTo(new LonLat(120.1, 30.3));
		assertLonLat(ChinaCoordinates.toWgs84(Crs.GCJ02, gcj.lon(), gcj.lat()), 120.1, 30.3, 1e-8);
		assertLonLat(ChinaCoordinates.toWgs84(Crs.BD09, bd.lon(), bd.lat()), 120.1, 30.3, 1e-6);
	}

	@ParameterizedTest
	@CsvSource({ "2.35, 48.85", "-74.0, 40.7", "72.0, 30.0", "140.0, 35.0", "120.0, 0.5", "100.0, 56.0" })
	void leavesPositionsOutsideChinaUnchanged(double lon, double lat) {
		assertThat(ChinaCoordinates.isOutsideChina(lon, lat)).isTrue();
		assertThat(ChinaCoordinates.wgs84ToGcj02(lon, lat)).isEqualTo(new LonLat(lon, lat));
		assertThat(ChinaCoordinates.gcj02ToWgs84(lon, lat)).isEqualTo(new LonLat(lon, lat));
		assertThat(ChinaCoordinates.wgs84ToBd09(lon, lat)).isEqualTo(new LonLat(lon, lat));
		assertThat(ChinaCoordinates.bd09ToWgs84(lon, lat)).isEqualTo(new LonLat(lon, lat));
	}

	@ParameterizedTest
	@CsvSource({ "180.5, 30", "-181, 30", "120, 90.1", "120, -91", "NaN, 30", "120, NaN", "Infinity, 30" })
	void rejectsPositionsThatCannotExist(double lon, double lat) {
		assertThatIllegalArgumentException().isThrownBy(() -> ChinaCoordinates.gcj02ToWgs84(lon, lat));
		assertThatIllegalArgumentException().isThrownBy(() -> ChinaCoordinates.wgs84ToGcj02(lon, lat));
		assertThatIllegalArgumentException().isThrownBy(() -> ChinaCoordinates.bd09ToWgs84(lon, lat));
		assertThatIllegalArgumentException().isThrownBy(() -> ChinaCoordinates.toWgs84(Crs.WGS84, lon, lat));
	}

	private static void assertLonLat(LonLat actual, double lon, double lat, double tolerance) {
		assertThat(actual.lon()).isCloseTo(lon, within(tolerance));
		assertThat(actual.lat()).isCloseTo(lat, within(tolerance));
	}

	/** Haversine distance on the mean-radius sphere. */
	static double metres(double lon1, double lat1, double lon2, double lat2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
	}

}
