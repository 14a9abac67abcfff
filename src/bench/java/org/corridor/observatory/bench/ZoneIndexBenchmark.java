package org.corridor.observatory.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.corridor.observatory.geo.IndexedZone;
import org.corridor.observatory.geo.ZoneIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link ZoneIndex} lookup kernel on one thread: every benchmark invocation looks up
 * the same 1 000 000 seeded points, so the score is points per second per thread. The
 * zone set comes from {@link BenchZones#load()} (property {@code bench.zones}), the
 * points from {@link BenchPoints} ({@code uniform} over the zones' box or
 * {@code clustered} around the zones). {@code jtsPreparedCovers} is the usual JTS way (an
 * STR-tree over the zones' boxes, then {@code PreparedGeometry.covers}) on the same
 * points, for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ZoneIndexBenchmark {

	static final int POINTS = 1_000_000;

	static final long SEED = 20251124L;

	@Param({ "uniform", "clustered" })
	public String distribution;

	private ZoneIndex index;

	private double[] lons;

	private double[] lats;

	private PreparedGeometry[] prepared;

	private STRtree tree;

	private final GeometryFactory factory = new GeometryFactory();

	private final Counter counter = new Counter();

	@Setup(Level.Trial)
	public void setUp() {
		List<IndexedZone> zones = BenchZones.load();
		this.index = ZoneIndex.build(zones);
		BenchPoints points = BenchPoints.of(this.distribution, zones, POINTS, SEED);
		this.lons = points.lons();
		this.lats = points.lats();
		this.prepared = new PreparedGeometry[zones.size()];
		this.tree = new STRtree();
		for (int z = 0; z < zones.size(); z++) {
			this.prepared[z] = PreparedGeometryFactory.prepare(zones.get(z).geometry());
			Envelope box = zones.get(z).geometry().getEnvelopeInternal();
			if (!box.isNull()) {
				this.tree.insert(box, z);
			}
		}
		this.tree.build();
		System.out.println();
		System.out.println("zones: " + BenchZones.source() + " → " + this.index);
	}

	/** The fast path for at most 64 zones: one bit mask per point. */
	@Benchmark
	@OperationsPerInvocation(POINTS)
	public long maskAt() {
		long sum = 0;
		for (int i = 0; i < POINTS; i++) {
			sum += this.index.maskAt(this.lons[i], this.lats[i]);
		}
		return sum;
	}

	/** The general path, any number of zones: each zone id through a callback. */
	@Benchmark
	@OperationsPerInvocation(POINTS)
	public long zonesAt() {
		Counter counter = this.counter;
		counter.sum = 0;
		for (int i = 0; i < POINTS; i++) {
			this.index.zonesAt(this.lons[i], this.lats[i], counter);
		}
		return counter.sum;
	}

	@Benchmark
	@OperationsPerInvocation(POINTS)
	public long jtsPreparedCovers() {
		long pairs = 0;
		for (int i = 0; i < POINTS; i++) {
			Point point = this.factory.createPoint(new Coordinate(this.lons[i], this.lats[i]));
			List<?> candidates = this.tree.query(point.getEnvelopeInternal());
			for (Object candidate : candidates) {
				if (this.prepared[(Integer) candidate].covers(point)) {
					pairs++;
				}
			}
		}
		return pairs;
	}

	/** Sums the zone ids it receives, so that the JIT cannot drop the lookups. */
	static final class Counter implements IntConsumer {

		long sum;

		@Override
		public void accept(int zone) {
			this.sum += zone + 1;
		}

	}

}
