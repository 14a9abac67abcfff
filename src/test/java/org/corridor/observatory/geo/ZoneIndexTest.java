package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ZoneIndex}: its answers against JTS {@code PreparedGeometry.covers} on
 * the corridor's six districts (as {@link DistrictBoundaries} converts them from the
 * boundary package the build fetches) plus overlapping synthetic zones, where only points
 * within 1e-9° of an edge may differ, and its edge cases and boundary rule.
 */
class ZoneIndexTest {

	/** Points this close to a zone's boundary may go either way (the boundary rule). */
	private static final double EDGE_TOLERANCE = 1e-9;

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private static List<IndexedZone> corridor;

	@BeforeAll
	static void drawZones() {
		List<IndexedZone> zones = new ArrayList<>();
		for (DistrictBoundary district : DistrictBoundaries.load().districts()) {
			zones.add(new IndexedZone(district.adcode(), "district", district.geometry()));
		}
		assertThat(zones).hasSize(6);
		Geometry all = FACTORY.buildGeometry(zones.stream().map(IndexedZone::geometry).toList());
		Random random = new Random(42);
		// Circles around points inside the districts, large enough to spill over borders.
		for (int i = 0; i < 8; i++) {
			IndexedZone district = zones.get(i % 6);
			Coordinate centre = randomPointIn(district.geometry(), random);
			double radius = 0.01 + random.nextDouble() * 0.12;
			zones.add(new IndexedZone("CIRCLE_" + i, "circle", circle(centre.x, centre.y, radius)));
		}
		// A band across several districts, west to east through the corridor.
		Envelope box = all.getEnvelopeInternal();
		Geometry band = FACTORY
			.createLineString(new Coordinate[] { new Coordinate(box.getMinX() + 0.1, 30.15),
					new Coordinate(119.9, 30.3), new Coordinate(120.2, 30.25) })
			.buffer(0.05);
		zones.add(new IndexedZone("BAND", "corridor", band));
		// A park with a lake (a hole) and a town in two parts.
		Coordinate c = zones.get(2).geometry().getInteriorPoint().getCoordinate();
		zones.add(new IndexedZone("PARK", "town", circle(c.x, c.y, 0.05).difference(circle(c.x, c.y, 0.02))));
		zones.add(new IndexedZone("TWIN", "town", circle(c.x - 0.1, c.y, 0.03).union(circle(c.x + 0.1, c.y, 0.03))));
		corridor = List.copyOf(zones);
	}

	@Test
	void agreesWithJtsCoversOnAMillionRandomPoints() {
		ZoneIndex index = ZoneIndex.build(corridor);
		Envelope box = new Envelope(extent(corridor));
		box.expandBy(0.05);
		Random random = new Random(7);
		int n = 1_000_000;
		double[] lons = new double[n];
		double[] lats = new double[n];
		for (int i = 0; i < n; i++) {
			lons[i] = box.getMinX() + random.nextDouble() * box.getWidth();
			lats[i] = box.getMinY() + random.nextDouble() * box.getHeight();
		}
		Comparison comparison = compare(index, corridor, lons, lats);
		assertThat(comparison.mismatches).as(comparison.firstMismatch).isZero();
		assertThat(comparison.pairs).isGreaterThan(n / 2);
		long[] masks = index.masks(lons, lats);
		ZoneIndex.Assignment assignment = index.assign(lons, lats);
		assertThat(assignment.pairs()).isEqualTo(comparison.pairs);
		for (int i = 0; i < n; i += 997) {
			assertThat(assignment.zoneIds(i)).isEqualTo(index.zoneIdsAt(lons[i], lats[i]));
			assertThat(masks[i]).isEqualTo(index.maskAt(lons[i], lats[i]));
		}
	}

	@Test
	void agreesWithJtsCoversNearEdgesAndOnVertices() {
		List<Coordinate[]> edges = new ArrayList<>();
		for (IndexedZone zone : corridor) {
			Coordinate[] coordinates = zone.geometry().getCoordinates();
			for (int i = 0; i + 1 < coordinates.length; i++) {
				if (!coordinates[i].equals2D(coordinates[i + 1])) {
					edges.add(new Coordinate[] { coordinates[i], coordinates[i + 1] });
				}
			}
		}
		Random random = new Random(11);
		int n = 200_000;
		double[] lons = new double[n];
		double[] lats = new double[n];
		for (int i = 0; i < n; i++) {
			Coordinate[] edge = edges.get(random.nextInt(edges.size()));
			double dx = edge[1].x - edge[0].x;
			double dy = edge[1].y - edge[0].y;
			double length = Math.hypot(dx, dy);
			double t = (i % 10 == 0) ? 0 : random.nextDouble();
			// Every tenth point on a vertex, the others 1e-8° to 1e-3° off the edge.
			double offset = (i % 10 == 0) ? 0
					: Math.pow(10, -8 + 5 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
			lons[i] = edge[0].x + t * dx - offset * dy / length;
			lats[i] = edge[0].y + t * dy + offset * dx / length;
		}
		for (int cells : new int[] { 1, 1_000, ZoneIndexBuilder.DEFAULT_TARGET_CELLS, 1 << 20 }) {
			Comparison comparison = compare(ZoneIndex.build(corridor, cells), corridor, lons, lats);
			assertThat(comparison.mismatches).as(cells + " cells: " + comparison.firstMismatch).isZero();
			assertThat(comparison.onEdge).as("points on vertices that only covers counts in").isPositive();
		}
	}

	@Test
	void reportsEveryLevelAtOnce() {
		ZoneIndex index = ZoneIndex.build(corridor);
		int band = index.idOf("BAND");
		Coordinate inside = FACTORY.createPoint(new Coordinate(119.9, 30.3)).getCoordinate();
		List<String> codes = index.codesAt(inside.x, inside.y);
		assertThat(codes).contains("BAND");
		assertThat(codes.stream().filter((code) -> code.startsWith("33"))).hasSize(1);
		long mask = index.maskAt(inside.x, inside.y);
		assertThat(mask & index.levelMask("corridor")).isEqualTo(1L << band);
		assertThat(Long.bitCount(mask & index.levelMask("district"))).isEqualTo(1);
		assertThat(index.levelMask("nothing")).isZero();
		assertThat(index.codes()).hasSize(corridor.size());
		assertThat(index.level(band)).isEqualTo("corridor");
		assertThat(index.idOf("NONE")).isEqualTo(-1);
	}

	@Test
	void placesNothingOutsideTheZonesBox() {
		ZoneIndex index = ZoneIndex.build(corridor);
		Envelope box = extent(corridor);
		double[][] outside = { { box.getMinX() - 1e-9, box.centre().y }, { box.getMaxX() + 1e-6, box.centre().y },
				{ box.centre().x, box.getMaxY() + 0.5 }, { 0, 0 }, { -180, -90 }, { Double.NaN, 30.2 },
				{ 120.1, Double.NaN }, { Double.POSITIVE_INFINITY, 30.2 }, { Double.NEGATIVE_INFINITY, 30.2 } };
		for (double[] point : outside) {
			assertThat(index.maskAt(point[0], point[1])).isZero();
			assertThat(index.zoneIdsAt(point[0], point[1])).isEmpty();
			assertThat(index.codesAt(point[0], point[1])).isEmpty();
		}
		assertThat(index.maskAt(box.getMaxX(), box.getMaxY())).isZero();
	}

	@Test
	void excludesHolesAndIncludesEveryPartOfAMultipolygon() {
		Geometry donut = circle(120, 30, 0.1).difference(circle(120.02, 30, 0.03));
		Geometry twin = circle(120.3, 30, 0.05).union(circle(120.6, 30.1, 0.05));
		assertThat(twin.getGeometryType()).isEqualTo("MultiPolygon");
		Geometry nested = FACTORY.createGeometryCollection(new Geometry[] { circle(121, 30, 0.02) });
		List<IndexedZone> zones = List.of(new IndexedZone("DONUT", "town", donut),
				new IndexedZone("TWIN", "town", twin), new IndexedZone("COLLECTION", "town", nested),
				new IndexedZone("EMPTY", "town", FACTORY.createPolygon()));
		ZoneIndex index = ZoneIndex.build(zones);
		assertThat(index.codesAt(120.02, 30)).isEmpty();
		assertThat(index.codesAt(120.02, 30.04)).containsExactly("DONUT");
		assertThat(index.codesAt(120.08, 30)).containsExactly("DONUT");
		assertThat(index.codesAt(120.3, 30)).containsExactly("TWIN");
		assertThat(index.codesAt(120.6, 30.1)).containsExactly("TWIN");
		assertThat(index.codesAt(120.45, 30.05)).isEmpty();
		assertThat(index.codesAt(121, 30)).containsExactly("COLLECTION");
		Random random = new Random(5);
		int n = 200_000;
		double[] lons = new double[n];
		double[] lats = new double[n];
		for (int i = 0; i < n; i++) {
			lons[i] = 119.85 + random.nextDouble() * 1.2;
			lats[i] = 29.85 + random.nextDouble() * 0.35;
		}
		Comparison comparison = compare(index, zones, lons, lats);
		assertThat(comparison.mismatches).as(comparison.firstMismatch).isZero();
	}

	/**
	 * The boundary rule: in a tessellation whose zones share vertices exactly, every
	 * point on a shared edge or vertex (even on grid lines) is in exactly one zone. Two
	 * hundred zones, so the multi-word path is covered too.
	 */
	@Test
	void zonesSharingEdgesPartitionTheirBoundaries() {
		int k = 10;
		double[] xs = new double[k + 1];
		double[] ys = new double[k + 1];
		for (int i = 0; i <= k; i++) {
			xs[i] = 120 + i * 0.01;
			ys[i] = 30 + i * 0.01;
		}
		List<IndexedZone> zones = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				Coordinate p00 = new Coordinate(xs[i], ys[j]);
				Coordinate p10 = new Coordinate(xs[i + 1], ys[j]);
				Coordinate p01 = new Coordinate(xs[i], ys[j + 1]);
				Coordinate p11 = new Coordinate(xs[i + 1], ys[j + 1]);
				zones.add(new IndexedZone(i + "/" + j + "a", "triangle",
						FACTORY.createPolygon(new Coordinate[] { p00, p10, p11, p00 })));
				zones.add(new IndexedZone(i + "/" + j + "b", "triangle",
						FACTORY.createPolygon(new Coordinate[] { p00, p11, p01, p00 })));
			}
		}
		for (int cells : new int[] { 1, 100, 400, 10_000, ZoneIndexBuilder.DEFAULT_TARGET_CELLS }) {
			ZoneIndex index = ZoneIndex.build(zones, cells);
			assertThatIllegalStateException().isThrownBy(() -> index.maskAt(120.05, 30.05));
			Random random = new Random(3);
			for (int t = 0; t < 40_000; t++) {
				int i = 1 + random.nextInt(k - 1);
				int j = 1 + random.nextInt(k - 1);
				double u = 0.01 + 0.98 * random.nextDouble();
				double x = switch (t % 4) {
					case 0 -> xs[i];
					case 1 -> xs[i];
					case 2 -> xs[i] + u * (xs[i + 1] - xs[i]);
					default -> xs[i] + u * (xs[i + 1] - xs[i]);
				};
				double y = switch (t % 4) {
					case 0 -> ys[j];
					case 1 -> ys[j] + u * (ys[j + 1] - ys[j]);
					case 2 -> ys[j];
					default -> ys[j] + u * (ys[j + 1] - ys[j]);
				};
				assertThat(index.zoneIdsAt(x, y)).as("%d cells, point %s %s", cells, x, y).hasSize(1);
			}
		}
	}

	@Test
	void answersTheSameThroughEveryMethod() {
		List<IndexedZone> zones = new ArrayList<>(corridor);
		// Past 64 zones: the general path must agree with the fast one it replaces.
		for (int i = 0; zones.size() <= 64; i++) {
			zones.add(new IndexedZone("EXTRA_" + i, "extra", circle(119.5 + i * 0.02, 30.1 + (i % 7) * 0.05, 0.04)));
		}
		ZoneIndex large = ZoneIndex.build(zones);
		ZoneIndex small = ZoneIndex.build(corridor);
		Random random = new Random(9);
		for (int t = 0; t < 100_000; t++) {
			double x = 119.0 + random.nextDouble() * 1.6;
			double y = 29.7 + random.nextDouble() * 1.0;
			int[] ids = large.zoneIdsAt(x, y);
			long mask = small.maskAt(x, y);
			int fromSmall = 0;
			for (int id : ids) {
				if (id < corridor.size()) {
					assertThat(mask & (1L << id)).isNotZero();
					fromSmall++;
				}
			}
			assertThat(fromSmall).isEqualTo(Long.bitCount(mask));
			for (int i = 1; i < ids.length; i++) {
				assertThat(ids[i]).isGreaterThan(ids[i - 1]);
			}
		}
		double[] lons = { 119.9, 0, 120.1 };
		double[] lats = { 30.3, 0, 30.25 };
		ZoneIndex.Assignment assignment = large.assign(lons, lats);
		assertThat(assignment.points()).isEqualTo(3);
		assertThat(assignment.count(1)).isZero();
		assertThat(assignment.zoneIds(0)).isEqualTo(large.zoneIdsAt(119.9, 30.3));
		assertThat(assignment.zoneId(2, 0)).isEqualTo(large.zoneIdsAt(120.1, 30.25)[0]);
		assertThatIllegalStateException().isThrownBy(() -> large.masks(lons, lats));
	}

	@Test
	void anEmptyZoneListContainsNothing() {
		ZoneIndex index = ZoneIndex.build(List.of());
		assertThat(index.size()).isZero();
		assertThat(index.codes()).isEmpty();
		assertThat(index.maskAt(120, 30)).isZero();
		assertThat(index.codesAt(120, 30)).isEmpty();
		assertThat(index.assign(new double[] { 120, 1 }, new double[] { 30, 2 }).pairs()).isZero();
		ZoneIndex onlyEmpty = ZoneIndex.build(List.of(new IndexedZone("E", "town", FACTORY.createPolygon())));
		assertThat(onlyEmpty.maskAt(0, 0)).isZero();
		assertThat(onlyEmpty.codes()).containsExactly("E");
	}

	@Test
	void rejectsDuplicateCodesAndLines() {
		Polygon square = (Polygon) FACTORY.toGeometry(new Envelope(0, 1, 0, 1));
		assertThatIllegalArgumentException().isThrownBy(
				() -> ZoneIndex.build(List.of(new IndexedZone("A", "x", square), new IndexedZone("A", "x", square))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZoneIndex.build(List.of(new IndexedZone("L", "x", square.getExteriorRing()))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZoneIndex.build(List.of(new IndexedZone("A", "x", square)), 0));
		ZoneIndex index = ZoneIndex.build(List.of(new IndexedZone("A", "x", square)));
		assertThatIllegalArgumentException().isThrownBy(() -> index.assign(new double[2], new double[1]));
	}

	private static Comparison compare(ZoneIndex index, List<IndexedZone> zones, double[] lons, double[] lats) {
		PreparedGeometry[] prepared = zones.stream()
			.map((zone) -> PreparedGeometryFactory.prepare(zone.geometry()))
			.toArray(PreparedGeometry[]::new);
		Comparison comparison = new Comparison();
		for (int i = 0; i < lons.length; i++) {
			long mask = index.maskAt(lons[i], lats[i]);
			Point point = FACTORY.createPoint(new Coordinate(lons[i], lats[i]));
			for (int z = 0; z < prepared.length; z++) {
				boolean covered = prepared[z].covers(point);
				if (covered) {
					comparison.pairs++;
				}
				if (covered != ((mask & (1L << z)) != 0)) {
					double distance = zones.get(z).geometry().getBoundary().distance(point);
					if (distance <= EDGE_TOLERANCE) {
						comparison.onEdge++;
					}
					else if (comparison.mismatches++ == 0) {
						comparison.firstMismatch = zones.get(z).code() + " at " + point + ": covers " + covered + ", "
								+ distance + "° from its boundary";
					}
				}
			}
		}
		return comparison;
	}

	private static Envelope extent(List<IndexedZone> zones) {
		Envelope extent = new Envelope();
		zones.forEach((zone) -> extent.expandToInclude(zone.geometry().getEnvelopeInternal()));
		return extent;
	}

	private static Coordinate randomPointIn(Geometry geometry, Random random) {
		Envelope box = geometry.getEnvelopeInternal();
		while (true) {
			Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
					box.getMinY() + random.nextDouble() * box.getHeight());
			if (geometry.covers(FACTORY.createPoint(c))) {
				return c;
			}
		}
	}

	private static Geometry circle(double x, double y, double radius) {
		return FACTORY.createPoint(new Coordinate(x, y)).buffer(radius, 32);
	}

	/** How the index and JTS compare over a set of points. */
	private static final class Comparison {

		long pairs;

		long mismatches;

		long onEdge;

		String firstMismatch = "";

	}

}
