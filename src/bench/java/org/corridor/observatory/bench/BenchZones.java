package org.corridor.observatory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.observatory.geo.DistrictBoundaries;
import org.corridor.observatory.geo.IndexedZone;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanPackLoader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The zone set the benchmarks run on: by default the corridor plan's own zones, drawn as
 * the platform draws them. With the system property {@code bench.zones} it is the GeoJSON
 * FeatureCollection at that path (code from the feature property {@code code}, else
 * {@code adcode}, else the feature id; level from {@code level}, else "zone"), or, with
 * {@code synthetic}, the corridor's six districts (as {@link DistrictBoundaries} converts
 * them) plus 44 synthetic corridor-like zones (a corridor band, its three areas, four
 * cities, two wings, seven innovation circles and 27 towns with holes and multi-part ones
 * among them) placed around the corridor's real anchors: 50 zones that overlap and nest
 * like the plan's. The synthetic zones are made from fixed numbers and a fixed seed, so
 * every run measures the same set.
 */
public final class BenchZones {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private BenchZones() {
	}

	/**
	 * The zone set named by {@code bench.zones}: a GeoJSON file, {@code synthetic} for
	 * the corridor's districts plus the synthetic zones, or by default the corridor
	 * plan's own zones as the application draws them.
	 */
	public static List<IndexedZone> load() {
		String path = System.getProperty("bench.zones");
		if ("synthetic".equals(path)) {
			return districtsAndSynthetic();
		}
		if (path != null && !path.isBlank()) {
			return read(Path.of(path), "zone");
		}
		return corridor();
	}

	/**
	 * The zones of the default plan pack, drawn exactly as the running platform draws
	 * them.
	 */
	public static List<IndexedZone> corridor() {
		Plan plan = PlanPackLoader.load(PackFiles.classpath("packs/chengxi-2021"));
		return ZoneShapes.derive(plan, DistrictBoundaries.load(), Map.of())
			.stream()
			.map((shape) -> new IndexedZone(shape.zoneCode(), shape.level().key(), shape.geometry()))
			.toList();
	}

	/** A short description of where {@link #load()} takes its zones from. */
	public static String source() {
		String path = System.getProperty("bench.zones");
		if ("synthetic".equals(path)) {
			return "the corridor's 6 districts (boundary package, converted) + 44 synthetic zones";
		}
		if (path != null && !path.isBlank()) {
			return path;
		}
		return "the corridor plan's zones (packs/chengxi-2021, drawn as the platform draws them)";
	}

	/** The corridor's six districts plus the synthetic corridor-like zones. */
	public static List<IndexedZone> districtsAndSynthetic() {
		List<IndexedZone> zones = new ArrayList<>();
		DistrictBoundaries.load()
			.districts()
			.forEach((district) -> zones.add(new IndexedZone(district.adcode(), "district", district.geometry())));
		zones.addAll(synthetic());
		return zones;
	}

	/**
	 * Reads a GeoJSON FeatureCollection.
	 * @param path the file
	 * @param defaultLevel the level of features without a {@code level} property
	 * @return the zones, in file order
	 */
	public static List<IndexedZone> read(Path path, String defaultLevel) {
		try {
			JsonNode root = new ObjectMapper().readTree(Files.readString(path));
			GeoJsonReader reader = new GeoJsonReader(FACTORY);
			List<IndexedZone> zones = new ArrayList<>();
			int i = 0;
			for (JsonNode feature : root.path("features")) {
				JsonNode properties = feature.path("properties");
				String code = text(properties, "code", text(properties, "adcode", text(feature, "id", "F" + i)));
				String level = text(properties, "level", defaultLevel);
				Geometry geometry = reader.read(feature.get("geometry").toString());
				zones.add(new IndexedZone(code, level, geometry));
				i++;
			}
			return zones;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Bad geometry in " + path, ex);
		}
	}

	private static String text(JsonNode node, String field, String fallback) {
		JsonNode value = node.get(field);
		return (value != null && !value.isNull()) ? value.asText() : fallback;
	}

	/**
	 * Zones shaped and placed like the plan's, around approximate anchor places; not the
	 * plan's real zones.
	 */
	public static List<IndexedZone> synthetic() {
		List<IndexedZone> zones = new ArrayList<>();
		Geometry corridor = FACTORY
			.createLineString(new Coordinate[] { new Coordinate(119.70, 30.23), new Coordinate(119.80, 30.25),
					new Coordinate(119.90, 30.28), new Coordinate(120.00, 30.29), new Coordinate(120.08, 30.30),
					new Coordinate(120.14, 30.28) })
			.buffer(0.035, 16);
		zones.add(new IndexedZone("CORRIDOR", "corridor", corridor));
		double[] cuts = { 119.6, 119.86, 120.03, 120.25 };
		for (int a = 0; a < 3; a++) {
			Geometry box = FACTORY.toGeometry(new Envelope(cuts[a], cuts[a + 1], 30.0, 30.6));
			zones.add(new IndexedZone("AREA_" + (a + 1), "area", corridor.intersection(box)));
		}
		double[][] cities = { { 120.08, 30.30, 0.045 }, { 119.99, 30.285, 0.055 }, { 119.80, 30.25, 0.05 },
				{ 119.93, 30.34, 0.04 } };
		for (int c = 0; c < cities.length; c++) {
			zones.add(new IndexedZone("CITY_" + (c + 1), "city", blob(cities[c][0], cities[c][1], cities[c][2], c)));
		}
		zones.add(new IndexedZone("WING_DEQING", "wing", blob(119.98, 30.54, 0.09, 11)));
		zones.add(new IndexedZone("WING_FUYANG", "wing", blob(119.96, 30.05, 0.11, 12)));
		double[][] circles = { { 120.125, 30.261 }, { 120.033, 30.330 }, { 120.10, 30.14 }, { 119.97, 30.35 },
				{ 119.90, 30.28 }, { 119.98, 30.55 }, { 120.03, 30.22 } };
		for (int c = 0; c < circles.length; c++) {
			zones.add(new IndexedZone("CIRCLE_" + (c + 1), "circle", circle(circles[c][0], circles[c][1], 0.03)));
		}
		Random random = new Random(20251124L);
		for (int t = 0; t < 27; t++) {
			double[] near = (t % 3 == 0) ? circles[t % circles.length] : cities[t % cities.length];
			double x = near[0] + (random.nextDouble() - 0.5) * 0.08;
			double y = near[1] + (random.nextDouble() - 0.5) * 0.06;
			double r = 0.006 + random.nextDouble() * 0.012;
			Geometry town;
			if (t % 5 == 1) {
				// A park around a lake: a hole.
				town = circle(x, y, r).difference(circle(x + r * 0.2, y, r * 0.45));
			}
			else if (t % 5 == 3) {
				// A town in two parts.
				town = circle(x, y, r).union(circle(x + 3 * r, y + r, r * 0.6));
			}
			else if (t % 5 == 4) {
				town = rotatedBox(x, y, r * 1.6, r, random.nextDouble() * Math.PI);
			}
			else {
				town = blob(x, y, r, 100 + t);
			}
			zones.add(new IndexedZone("TOWN_" + (t + 1), "town", town));
		}
		return zones;
	}

	private static Geometry circle(double x, double y, double r) {
		return FACTORY.createPoint(new Coordinate(x, y)).buffer(r, 32);
	}

	/** An irregular round zone: a star-shaped polygon with a seeded, smooth radius. */
	private static Geometry blob(double x, double y, double r, long seed) {
		Random random = new Random(seed);
		double[] phase = { random.nextDouble() * 6.3, random.nextDouble() * 6.3, random.nextDouble() * 6.3 };
		int n = 160;
		Coordinate[] ring = new Coordinate[n + 1];
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n;
			double radius = r * (1 + 0.18 * Math.sin(2 * angle + phase[0]) + 0.1 * Math.sin(3 * angle + phase[1])
					+ 0.05 * Math.sin(7 * angle + phase[2]));
			ring[i] = new Coordinate(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
		}
		ring[n] = ring[0].copy();
		return FACTORY.createPolygon(ring);
	}

	private static Polygon rotatedBox(double x, double y, double halfWidth, double halfHeight, double angle) {
		Polygon box = (Polygon) FACTORY
			.toGeometry(new Envelope(x - halfWidth, x + halfWidth, y - halfHeight, y + halfHeight));
		return (Polygon) AffineTransformation.rotationInstance(angle, x, y).transform(box);
	}

}
