package org.corridor.observatory.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.corridor.observatory.geo.IndexedZone;
import org.locationtech.jts.geom.Envelope;

/**
 * Seeded test points for the benchmarks, as two parallel coordinate arrays (WGS84
 * longitude, latitude). The same name, count and seed always give the same points, so
 * that the Java index and PostGIS are measured on the same ones.
 *
 * @param lons the longitudes
 * @param lats the latitudes, as many
 */
public record BenchPoints(double[] lons, double[] lats) {

	/**
	 * Points by distribution name: {@code uniform} over the zones' bounding box, or
	 * {@code clustered} around the zones.
	 * @param distribution the name
	 * @param zones the zone set
	 * @param count how many points
	 * @param seed the seed
	 * @return the points
	 */
	public static BenchPoints of(String distribution, List<IndexedZone> zones, int count, long seed) {
		return switch (distribution.toLowerCase(Locale.ROOT)) {
			case "uniform" -> uniform(extent(zones), count, seed);
			case "clustered" -> clustered(zones, count, seed);
			default -> throw new IllegalArgumentException("Unknown distribution: " + distribution);
		};
	}

	/** The bounding box of the zones. */
	public static Envelope extent(List<IndexedZone> zones) {
		Envelope extent = new Envelope();
		for (IndexedZone zone : zones) {
			extent.expandToInclude(zone.geometry().getEnvelopeInternal());
		}
		return extent;
	}

	/**
	 * Points spread evenly over a box: most lookups then land in cells no edge crosses.
	 */
	public static BenchPoints uniform(Envelope box, int count, long seed) {
		Random random = new Random(seed);
		double[] lons = new double[count];
		double[] lats = new double[count];
		for (int i = 0; i < count; i++) {
			lons[i] = box.getMinX() + random.nextDouble() * box.getWidth();
			lats[i] = box.getMinY() + random.nextDouble() * box.getHeight();
		}
		return new BenchPoints(lons, lats);
	}

	/**
	 * Points the way firms sit: a normal cloud around each zone, every zone drawing the
	 * same share, so that small zones (towns, parks) get dense points and many lookups
	 * land near a boundary. The harder case for the grid.
	 */
	public static BenchPoints clustered(List<IndexedZone> zones, int count, long seed) {
		Random random = new Random(seed);
		double[] lons = new double[count];
		double[] lats = new double[count];
		Envelope[] boxes = zones.stream()
			.map((zone) -> zone.geometry().getEnvelopeInternal())
			.filter((box) -> !box.isNull())
			.toArray(Envelope[]::new);
		for (int i = 0; i < count; i++) {
			Envelope box = boxes[random.nextInt(boxes.length)];
			lons[i] = box.centre().x + random.nextGaussian() * 0.35 * box.getWidth();
			lats[i] = box.centre().y + random.nextGaussian() * 0.35 * box.getHeight();
		}
		return new BenchPoints(lons, lats);
	}

	public int size() {
		return this.lons.length;
	}

}
