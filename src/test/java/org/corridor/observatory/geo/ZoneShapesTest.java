package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.plan.Zone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The corridor's zones drawn from boundaries and the pack's rules, measured. */
class ZoneShapesTest {

	private static Plan plan;

	private static Map<String, ZoneShape> shapes;

	@BeforeAll
	static void derive() {
		plan = SamplePacks.corridor();
		shapes = ZoneShapes.derive(plan, DistrictBoundaries.load(), Map.of())
			.stream()
			.collect(Collectors.toMap(ZoneShape::zoneCode, Function.identity()));
	}

	@Test
	void everyShapeIsAValidPolygonInTheCorridorRegion() {
		assertThat(shapes.values()).allSatisfy((shape) -> {
			assertThat(shape.geometry().isValid()).as(shape.zoneCode()).isTrue();
			assertThat(shape.geometry().getGeometryType()).as(shape.zoneCode()).isIn("Polygon", "MultiPolygon");
			assertThat(shape.geometry().getEnvelopeInternal().getMinX()).isGreaterThan(118.5);
			assertThat(shape.geometry().getEnvelopeInternal().getMaxY()).isLessThan(31.0);
		});
	}

	@Test
	void coreAreaFromItsLandmarksComesOutNearItsDeclaredArea() {
		ZoneShape core = shapes.get("CORE_AREA");

		assertThat(core.method()).isEqualTo("landmark_ring");
		assertThat(core.declaredAreaKm2()).isEqualByComparingTo("398");
		// drawn from ten hand-placed landmarks (±2 km): within 15% of the plan's figure,
		// difference shown
		assertThat(core.areaDifference()).isBetween(-0.15, 0.15);
		System.out.printf("CORE_AREA declared 398 km², measured %.1f km² (%+.1f%%)%n", core.measuredAreaKm2(),
				core.areaDifference() * 100);
	}

	@Test
	void theCoreAreaContainsEveryLandmarkItIsDrawnFromTheWesternUniversityIncluded() {
		ZoneShape core = shapes.get("CORE_AREA");
		ZoneIndex index = ZoneIndex.build(shapes.values()
			.stream()
			.map((shape) -> new IndexedZone(shape.zoneCode(), shape.level().key(), shape.geometry()))
			.toList());
		List<String> landmarks = plan.geometry()
			.rules()
			.stream()
			.filter((rule) -> rule.zone().equals("CORE_AREA"))
			.findFirst()
			.orElseThrow()
			.anchors();

		assertThat(landmarks).contains("ZAFU_DONGHU").hasSize(10);
		assertThat(landmarks).allSatisfy((code) -> {
			Anchor anchor = plan.geometry().getAnchor(code);
			LonLat point = ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat());
			assertThat(core.geometry().contains(Wgs84.FACTORY.createPoint(new Coordinate(point.lon(), point.lat()))))
				.as(code)
				.isTrue();
			List<String> zones = new ArrayList<>();
			index.zonesAt(point.lon(), point.lat(), (id) -> zones.add(index.code(id)));
			assertThat(zones).as(code).contains("CORE_AREA", "CORRIDOR");
		});
	}

	@Test
	void districtsComeFromAdministrativeBoundariesAndYuhangCoversLinping() {
		assertThat(shapes.get("XIHU").method()).isEqualTo("boundary");
		assertThat(shapes.get("XIHU").measuredAreaKm2()).isCloseTo(312, within(312 * 0.005));
		assertThat(shapes.get("LINAN").measuredAreaKm2()).isCloseTo(3119, within(3119 * 0.005));
		assertThat(shapes.get("YUHANG").note().en()).contains("330110+330113");
		assertThat(shapes).doesNotContainKey("LINPING");
	}

	@Test
	void circlesAndTownsAreDiscsOfTheirRadius() {
		// a 3 km disc: π·3² = 28.27 km², its 64-gon 32·3²·sin(2π/64) = 28.23 km²
		assertThat(shapes.get("NANHU_CIRCLE").measuredAreaKm2()).isCloseTo(disc64(3), within(0.001));
		assertThat(shapes.get("AI_TOWN").measuredAreaKm2()).isCloseTo(disc64(1), within(0.001));
		assertThat(shapes.get("ZIJINGANG_CITY").measuredAreaKm2()).isCloseTo(disc64(4), within(0.001));
		assertThat(disc64(3)).isCloseTo(28.23, within(0.005));
	}

	@Test
	void wingsAndTheLinkedAreaAreUpperBoundsLeavingOutTheCoreArea() {
		ZoneShape linked = shapes.get("LINKED_AREA");

		assertThat(linked.method()).isEqualTo("districts");
		assertThat(linked.measuredAreaKm2()).isGreaterThan(643);
		assertThat(linked.geometry().intersection(shapes.get("CORE_AREA").geometry()).getArea()).isLessThan(1e-9);
		// union noding moves vertices by rounding error only: what is left of the core
		// area is dust
		assertThat(shapes.get("CORE_AREA").geometry().difference(shapes.get("CORRIDOR").geometry()).getArea())
			.isLessThan(1e-9);
	}

	@Test
	void zonesThePlanGivesNothingToDrawFromHaveNoShape() {
		List<String> missing = plan.listZones()
			.stream()
			.map(Zone::code)
			.filter((code) -> !shapes.containsKey(code))
			.toList();

		assertThat(missing).contains("COORDINATION_ZONE", "HANGZHOU_AI_PILOT_ZONE", "LINPING", "GAOQIAO_ISLAND")
			.doesNotContain("CORE_AREA", "CORRIDOR", "XIHU", "DEQING_AI_PILOT_ZONE");
	}

	/** The area of a regular 64-gon inscribed in a circle of radius r, in the plane. */
	private static double disc64(double radiusKm) {
		return 32 * radiusKm * radiusKm * Math.sin(2 * Math.PI / 64);
	}

}
