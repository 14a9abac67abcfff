package org.corridor.observatory.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

class GeodesicAreaTest {

	private static final WKTReader WKT = new WKTReader();

	/**
	 * On a sphere a cell between two meridians and two parallels has exactly R²·Δλ·(sin
	 * φ₂ − sin φ₁); turf's ring formula must give that. The WGS84 ellipsoid gives about
	 * 12 308 km² for the 1° × 1° cell at the equator; the mean-radius sphere is within
	 * 0.5% of it (12 363.7 km²).
	 */
	@Test
	void measuresAOneDegreeCellAtTheEquatorAsTheSphereDoes() throws ParseException {
		Geometry cell = WKT.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
		double r = GeodesicArea.TURF_RADIUS_M;
		double exact = r * r * Math.toRadians(1) * Math.sin(Math.toRadians(1)) / 1e6;
		assertThat(GeodesicArea.km2(cell)).isCloseTo(exact, offset(1e-6)).isCloseTo(12363.7, offset(0.1));
		assertThat(GeodesicArea.km2(cell)).isCloseTo(12308, withinPercentage(0.5));
	}

	/**
	 * Turfjs/turf, packages/turf-area/test/in/polygon.geojson, whose expected result
	 * (test/out/polygon.json, 7 766 240 997 209 m²) dates from turf 6 and its radius of 6
	 * 378 137 m.
	 */
	@Test
	void reproducesTurfsOwnFixture() throws ParseException {
		Geometry polygon = WKT
			.read("POLYGON ((125 -15, 113 -22, 117 -37, 130 -33, 148 -39, 154 -27, 144 -15, 125 -15))");
		assertThat(Math.round(GeodesicArea.squareMetres(polygon, GeodesicArea.WGS84_SEMI_MAJOR_AXIS_M)))
			.isEqualTo(7766240997209L);
		assertThat(GeodesicArea.km2(polygon) * 1e6).isCloseTo(7766240997209.0 * Math.pow(6371008.8 / 6378137, 2),
				withinPercentage(1e-9));
	}

	@Test
	void subtractsHolesAndAddsPartsWhateverTheirOrientation() throws ParseException {
		Geometry shell = WKT.read("POLYGON ((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30))");
		Geometry clockwise = WKT.read("POLYGON ((120 30, 120 30.1, 120.1 30.1, 120.1 30, 120 30))");
		Geometry holed = WKT.read("POLYGON ((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30),"
				+ " (120.02 30.02, 120.02 30.04, 120.04 30.04, 120.04 30.02, 120.02 30.02))");
		Geometry hole = WKT.read("POLYGON ((120.02 30.02, 120.02 30.04, 120.04 30.04, 120.04 30.02, 120.02 30.02))");
		Geometry two = WKT.read("MULTIPOLYGON (((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30)),"
				+ " ((121 30, 121.1 30, 121.1 30.1, 121 30.1, 121 30)))");
		assertThat(GeodesicArea.km2(clockwise)).isEqualTo(GeodesicArea.km2(shell));
		assertThat(GeodesicArea.km2(holed)).isCloseTo(GeodesicArea.km2(shell) - GeodesicArea.km2(hole), offset(1e-9));
		assertThat(GeodesicArea.km2(two)).isCloseTo(2 * GeodesicArea.km2(shell), withinPercentage(1e-9));
		assertThat(GeodesicArea.km2(WKT.read("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1), POINT (2 2))"))).isZero();
	}

}
