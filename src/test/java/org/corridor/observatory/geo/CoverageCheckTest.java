package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

class CoverageCheckTest {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	/** Four zones near Hangzhou around a 0.001° × 0.001° (≈96 m × 111 m) hole. */
	private static Map<String, Geometry> ringOfZonesAroundAHole() {
		Map<String, Geometry> zones = new LinkedHashMap<>();
		zones.put("south", box(0, 0, 30, 14.5, 14.5, 15.5));
		zones.put("north", box(0, 15.5, 30, 30, 14.5, 15.5));
		zones.put("west", box(0, 14.5, 14.5, 15.5));
		zones.put("east", box(15.5, 14.5, 30, 15.5));
		return zones;
	}

	@Test
	void findsNothingWrongWithZonesThatShareTheirEdges() {
		Map<String, Geometry> zones = new LinkedHashMap<>();
		zones.put("a", box(0, 0, 10, 10));
		zones.put("b", box(10, 0, 20, 10));
		CoverageReport report = CoverageCheck.check(zones, 200);
		assertThat(report.isClean()).isTrue();
		assertThat(report.gapAreaKm2()).isZero();
		assertThat(report.largestOverlapM2()).isZero();
	}

	@Test
	void reportsAHoleNarrowerThanTheGapWidthAsAGap() {
		CoverageReport report = CoverageCheck.check(ringOfZonesAroundAHole(), 200);
		assertThat(report.gaps()).hasSize(1);
		assertThat(report.gapAreaKm2()).isCloseTo(GeodesicArea.km2(box(14.5, 14.5, 15.5, 15.5)),
				withinPercentage(1e-6));
		assertThat(report.gapAreaKm2()).isBetween(0.0100, 0.0112);
		assertThat(report.isClean()).isFalse();
	}

	@Test
	void acceptsAHoleWiderThanTheGapWidthAsReal() {
		CoverageReport report = CoverageCheck.check(ringOfZonesAroundAHole(), 50);
		assertThat(report.gaps()).isEmpty();
		assertThat(report.isClean()).isTrue();
	}

	@Test
	void measuresOverlapsPairByPair() {
		Map<String, Geometry> zones = new LinkedHashMap<>();
		zones.put("a", box(0, 0, 10, 10));
		zones.put("b", box(9, 0, 20, 10));
		zones.put("c", box(20, 0, 30, 10));
		CoverageReport report = CoverageCheck.check(zones, 200);
		assertThat(report.overlaps()).singleElement().satisfies((overlap) -> {
			assertThat(overlap.zone()).isEqualTo("a");
			assertThat(overlap.otherZone()).isEqualTo("b");
		});
		// 0.001° of longitude × 0.01° of latitude at 30° N: ≈96 m × 1 109 m.
		assertThat(report.largestOverlapM2()).isCloseTo(1.07e5, withinPercentage(1));
		assertThat(report.invalidEdges()).containsKeys("a", "b");
		assertThat(report.summary()).contains("1 overlap(s)");
	}

	@Test
	void findsGapsEvenBetweenZonesWhoseEdgesDoNotMatch() {
		Map<String, Geometry> zones = ringOfZonesAroundAHole();
		zones.put("west", box(0, 14.4, 14.6, 15.5));
		CoverageReport report = CoverageCheck.check(zones, 200);
		assertThat(report.overlaps()).isNotEmpty();
		assertThat(report.gaps()).hasSize(1);
		assertThat(report.gapAreaKm2()).isCloseTo(GeodesicArea.km2(box(14.6, 14.5, 15.5, 15.5)),
				withinPercentage(1e-6));
	}

	/**
	 * A rectangle at 120° E, 30° N from (x0, y0) to (x1, y1) in thousandths of a degree,
	 * with extra vertices at {@code xs} along its bottom and top edges so neighbours'
	 * vertices match.
	 */
	private static Geometry box(double x0, double y0, double x1, double y1, double... xs) {
		List<Coordinate> ring = new ArrayList<>();
		ring.add(at(x0, y0));
		for (double x : xs) {
			ring.add(at(x, y0));
		}
		ring.add(at(x1, y0));
		ring.add(at(x1, y1));
		for (int i = xs.length - 1; i >= 0; i--) {
			ring.add(at(xs[i], y1));
		}
		ring.add(at(x0, y1));
		ring.add(at(x0, y0));
		return FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
	}

	private static Coordinate at(double x, double y) {
		return new Coordinate(120 + x / 1000, 30 + y / 1000);
	}

}
