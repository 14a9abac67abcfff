package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

class GeodesicAreaTest {

	private static final WKTReader WKT = new WKTReader();

	private static final GeometryFactory FACTORY = new GeometryFactory();

	/** WGS84's defining constants. */
	private static final double A = 6378137.0;

	private static final double F = 1 / 298.257223563;

	private static final double E2 = F * (2 - F);

	/**
	 * The area between the equator and latitude φ, per radian of longitude, on the
	 * ellipsoid: a²/2 · q(φ) with the authalic q(φ) = (1 − e²) · (sin φ / (1 − e² sin²φ)
	 * − 1/(2e) · ln((1 − e sin φ) / (1 + e sin φ))) (Snyder, Map Projections — A Working
	 * Manual, eq. 3-12).
	 */
	private static double zoneM2PerRadian(double latitudeDeg) {
		double e = Math.sqrt(E2);
		double sin = Math.sin(Math.toRadians(latitudeDeg));
		double q = (1 - E2) * (sin / (1 - E2 * sin * sin) - Math.log((1 - e * sin) / (1 + e * sin)) / (2 * e));
		return A * A / 2 * q;
	}

	/** The cell between two parallels and two meridians, in km², in closed form. */
	private static double cellKm2(double south, double north, double west, double east) {
		return Math.toRadians(east - west) * (zoneM2PerRadian(north) - zoneM2PerRadian(south)) / 1e6;
	}

	/**
	 * The cell as a polygon whose parallel edges are split into {@code steps} pieces, so
	 * that its geodesic edges follow the parallels.
	 */
	private static Geometry cell(double south, double north, double west, double east, int steps) {
		List<Coordinate> ring = new ArrayList<>();
		for (int i = 0; i <= steps; i++) {
			ring.add(new Coordinate(west + (east - west) * i / steps, south));
		}
		for (int i = steps; i >= 0; i--) {
			ring.add(new Coordinate(west + (east - west) * i / steps, north));
		}
		ring.add(ring.get(0));
		return FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
	}

	/**
	 * The 1° × 1° cell at the equator: 12 308.46 km² on WGS84 (the mean-radius sphere
	 * gave 12 363.72, +0.45 %). GeographicLib draws edges as geodesics: with the northern
	 * edge split into 1 000 pieces, they follow the parallel to well under a square
	 * metre.
	 */
	@Test
	void measuresAOneDegreeCellAtTheEquatorAsTheEllipsoidHasIt() {
		double expected = cellKm2(0, 1, 0, 1);
		assertThat(expected).isCloseTo(12308.46, offset(0.01));
		assertThat(GeodesicArea.km2(cell(0, 1, 0, 1, 1000))).isCloseTo(expected, offset(1e-5));
		// Four vertices: the geodesic from (0°, 1°N) to (1°E, 1°N) bulges north of the
		// parallel, by 0.31 km² in all.
		assertThat(GeodesicArea.km2(cell(0, 1, 0, 1, 1)) - expected).isCloseTo(0.31, offset(0.01));
	}

	/**
	 * The 1° × 1° cell at 30°N, the corridor's latitude: 10 642.39 km² on WGS84 (the
	 * mean-radius sphere gave 10 653.35, +0.10 %, which is what every district measured
	 * too much).
	 */
	@Test
	void measuresAOneDegreeCellAtThirtyNorthAsTheEllipsoidHasIt() {
		double expected = cellKm2(30, 31, 120, 121);
		assertThat(expected).isCloseTo(10642.39, offset(0.01));
		assertThat(GeodesicArea.km2(cell(30, 31, 120, 121, 1000))).isCloseTo(expected, offset(1e-5));
		assertThat(GeodesicArea.km2(cell(30, 31, 120, 121, 1))).isCloseTo(expected, withinPercentage(0.001));
	}

	/**
	 * The triangle from (0°, 0°) along the equator to (90°E, 0°), up the meridian to the
	 * pole and down the prime meridian has geodesics for edges and is an eighth of the
	 * ellipsoid: 2πa²·q(90°) / 8 = 510 065 621.72 km² / 8.
	 */
	@Test
	void measuresAnOctantAsAnEighthOfTheEllipsoid() throws ParseException {
		double ellipsoid = 4 * Math.PI * zoneM2PerRadian(90) / 1e6;
		assertThat(ellipsoid).isCloseTo(510065621.72, offset(0.01));
		Geometry octant = WKT.read("POLYGON ((0 0, 90 0, 0 90, 0 0))");
		assertThat(GeodesicArea.km2(octant)).isCloseTo(ellipsoid / 8, withinPercentage(1e-9));
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
		assertThat(GeodesicArea.km2(shell)).isCloseTo(cellKm2(30, 30.1, 120, 120.1), withinPercentage(1e-5));
		assertThat(GeodesicArea.km2(clockwise)).isCloseTo(GeodesicArea.km2(shell), offset(1e-9));
		assertThat(GeodesicArea.km2(hole)).isCloseTo(cellKm2(30.02, 30.04, 120.02, 120.04), withinPercentage(1e-5));
		assertThat(GeodesicArea.km2(holed)).isCloseTo(GeodesicArea.km2(shell) - GeodesicArea.km2(hole), offset(1e-9));
		assertThat(GeodesicArea.km2(two)).isCloseTo(2 * GeodesicArea.km2(shell), withinPercentage(1e-9));
		assertThat(GeodesicArea.km2(WKT.read("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1), POINT (2 2))"))).isZero();
		assertThat(GeodesicArea.km2(WKT.read("POLYGON EMPTY"))).isZero();
	}

}
