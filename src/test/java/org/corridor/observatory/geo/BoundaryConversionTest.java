package org.corridor.observatory.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;

class BoundaryConversionTest {

	private static final WKTReader WKT = new WKTReader();

	@Test
	void recentresEachVertexInItsCellBeforeLeavingGcj02() throws ParseException {
		Geometry decoded = WKT.read("POLYGON ((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30))");
		Geometry converted = BoundaryConversion.toWgs84(decoded).geometry();
		LonLat expected = ChinaCoordinates.gcj02ToWgs84(120 - 0.5 / 1024, 30 - 0.5 / 1024);
		assertThat(converted.getCoordinates()).contains(new Coordinate(expected.lon(), expected.lat()));
		assertThat(converted.getNumPoints()).isEqualTo(5);
	}

	@Test
	void repairsSelfIntersectionsAndDropsDuplicateVertices() throws ParseException {
		Geometry bowTie = WKT.read("POLYGON ((120 30, 120.1 30.1, 120.1 30.1, 120.1 30, 120 30.1, 120 30))");
		BoundaryConversion.Result result = BoundaryConversion.toWgs84(bowTie);
		assertThat(result.validAsDecoded()).isFalse();
		assertThat(result.geometry().isValid()).isTrue();
		assertThat(result.geometry().getNumGeometries()).isEqualTo(2);
		assertThat(GeodesicArea.km2(result.geometry())).isGreaterThan(40);
	}

	@Test
	void dropsHolesAndPartsOfLessThanTwoHundredthsOfASquareKilometre() throws ParseException {
		// A 0.001° square is ≈0.0107 km² here, a 0.002° one ≈0.043 km².
		Geometry decoded = WKT.read("MULTIPOLYGON (((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30),"
				+ " (120.01 30.01, 120.011 30.01, 120.011 30.011, 120.01 30.011, 120.01 30.01),"
				+ " (120.05 30.05, 120.052 30.05, 120.052 30.052, 120.05 30.052, 120.05 30.05)),"
				+ " ((120.2 30, 120.201 30, 120.201 30.001, 120.2 30.001, 120.2 30)),"
				+ " ((120.3 30, 120.302 30, 120.302 30.002, 120.3 30.002, 120.3 30)))");
		BoundaryConversion.Result result = BoundaryConversion.toWgs84(decoded);
		assertThat(result.droppedHoles()).isEqualTo(1);
		assertThat(result.droppedParts()).isEqualTo(1);
		Geometry kept = result.geometry();
		assertThat(kept.getNumGeometries()).isEqualTo(2);
		Polygon main = (Polygon) ((GeodesicArea.km2(kept.getGeometryN(0)) > 1) ? kept.getGeometryN(0)
				: kept.getGeometryN(1));
		assertThat(main.getNumInteriorRing()).isEqualTo(1);
		assertThat(Orientation.isCCW(main.getExteriorRing().getCoordinateSequence())).isTrue();
		assertThat(Orientation.isCCW(main.getInteriorRingN(0).getCoordinateSequence())).isFalse();
	}

}
