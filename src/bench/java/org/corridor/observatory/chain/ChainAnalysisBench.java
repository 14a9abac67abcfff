package org.corridor.observatory.chain;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.corridor.observatory.geo.DistrictBoundaries;
import org.corridor.observatory.geo.ZoneIndex;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.registry.demo.DemoEnterprises;
import org.corridor.observatory.registry.enterprise.EnterpriseFigures;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;
import org.corridor.observatory.registry.enterprise.TierEvent;

/**
 * The industry-chain analysis over a corridor of DEMO firms, timed in memory:
 * {@code ChainAnalysisBench [firms] [repetitions] [warm-ups]} (default 10 000 000, 7, 3).
 * <p>
 * It builds a {@link ChainCube} straight from the seeded demo generator (2020–2025, seed
 * 1), streamed firm by firm, the way {@link ChainService} builds it from the registry:
 * segments by {@link ChainModel#segmentsOf}, zones from the plan's own zone shapes
 * through {@link ZoneIndex} (as the import assigns them), plus the root zone, the
 * chain-leader spells from the firms' tiers, and a cube over the service's years (the
 * plan's baseline to the later of its end year and this year). The database is left out:
 * what is timed is the analysis the service runs once the cube is built. It then times,
 * after warm-up, {@link ChainAnalyser#analyse} for the whole corridor and for the core
 * area in the latest year, and
 * {@link ChainService#matrix(Plan, ChainModel, ChainCube, int)}, checks the results
 * against each other and against a direct count over the cube, and prints a table.
 */
public final class ChainAnalysisBench {

	static final long SEED = 1;

	static final int FROM_YEAR = 2020;

	static final int TO_YEAR = 2025;

	static final String ZONE = "CORE_AREA";

	private ChainAnalysisBench() {
	}

	public static void main(String[] args) {
		int firms = (args.length > 0) ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
		int repetitions = (args.length > 1) ? Integer.parseInt(args[1]) : 7;
		int warmUps = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		Plan plan = PlanPackLoader.load(PackFiles.classpath("packs/chengxi-2021"));
		ChainModel model = new ChainModel(plan);
		ZoneIndex index = ZoneShapes.index(ZoneShapes.derive(plan, DistrictBoundaries.load(), Map.of()));
		int first = plan.header().baselineYear();
		int last = Math.max(plan.header().endYear(), LocalDate.now().getYear());
		System.out.printf("plan %s: %d chains, %d segments, %d zones (%d drawn); cube years %d-%d, demo years %d-%d%n",
				plan.id(), model.chains.size(), model.segments.size(), model.zones.size(), index.size(), first, last,
				FROM_YEAR, TO_YEAR);

		long started = System.nanoTime();
		Feed feed = new Feed(model, index, first, last);
		DemoEnterprises.generate(plan, SEED, firms, FROM_YEAR, TO_YEAR).forEachOrdered(feed::accept);
		ChainCube cube = feed.builder.build();
		feed.builder = null;
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		long cubeHeap = usedAfterGc();
		System.out.printf("built the cube of %,d firms (%,d firm-years, %,d located, %,d leader spells) in %.1f s%n",
				cube.firms, feed.rows, feed.located, feed.leaderSpells, buildSeconds);

		int year = TO_YEAR;
		int zone = model.zone(ZONE);
		List<Row> table = new ArrayList<>();
		table.add(new Row("build the cube (generate + segments + zones), once", cube.firms,
				new double[] { buildSeconds }, cubeHeap, -1));
		ChainReport corridor = ChainAnalyser.analyse(model, cube, year, model.rootZone, null, null);
		ChainReport core = ChainAnalyser.analyse(model, cube, year, zone, null, null);
		ChainMatrix matrix = ChainService.matrix(plan, model, cube, year);
		check(model, cube, year, zone, corridor, core, matrix);

		table.add(time("ChainAnalyser.analyse, whole corridor, " + year, cube.firms, warmUps, repetitions,
				() -> ChainAnalyser.analyse(model, cube, year, model.rootZone, null, null)));
		table.add(time("ChainAnalyser.analyse, " + ZONE + ", " + year, cube.firms, warmUps, repetitions,
				() -> ChainAnalyser.analyse(model, cube, year, zone, null, null)));
		table.add(time("ChainService.matrix, chains x zones, " + year, cube.firms, warmUps, repetitions,
				() -> ChainService.matrix(plan, model, cube, year)));

		System.out.println();
		System.out.printf("| operation | firms | runs | min s | median s | max s | heap used | allocated per run |%n");
		System.out.printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
		for (Row row : table) {
			double[] s = row.seconds.clone();
			Arrays.sort(s);
			System.out.printf("| %s | %,d | %d | %.3f | %.3f | %.3f | %,d MiB | %s |%n", row.operation, row.firms,
					s.length, s[0], s[s.length / 2], s[s.length - 1], row.heap >> 20,
					(row.allocated < 0) ? "" : String.format("%,d KiB", row.allocated >> 10));
		}
		double worst = table.stream()
			.skip(1)
			.mapToDouble((row) -> Arrays.stream(row.seconds).max().orElse(0))
			.max()
			.orElse(0);
		System.out.printf("%nslowest single analysis run: %.3f s (target: under 2 s) -> %s%n", worst,
				(worst < 2) ? "MET" : "NOT MET");
	}

	/**
	 * Checks the three results against each other and a direct count, and prints totals.
	 */
	private static void check(ChainModel model, ChainCube cube, int year, int zone, ChainReport corridor,
			ChainReport core, ChainMatrix matrix) {
		int y = cube.year(year);
		long reported = 0;
		long withSegments = 0;
		long memberships = 0;
		long inZone = 0;
		double revenue = 0;
		for (int f = 0; f < cube.firms; f++) {
			if (!cube.reported[y][f]) {
				continue;
			}
			reported++;
			int n = cube.segmentStart[f + 1] - cube.segmentStart[f];
			withSegments += (n > 0) ? 1 : 0;
			memberships += n;
			inZone += cube.inZone(f, zone) ? 1 : 0;
			revenue += Double.isNaN(cube.revenue[y][f]) ? 0 : cube.revenue[y][f];
		}
		long segmentFirms = 0;
		long chainFirms = 0;
		double chainRevenue = 0;
		for (ChainFigures chain : corridor.chains()) {
			chainFirms += chain.firms();
			chainRevenue += chain.revenue();
			for (SegmentFigures segment : chain.segments()) {
				segmentFirms += segment.firms();
			}
		}
		require(segmentFirms == memberships, "segment firms " + segmentFirms + " = memberships " + memberships);
		require(segmentFirms >= withSegments, "segment firms >= firms with segments");
		require(chainFirms >= withSegments && chainFirms <= segmentFirms, "chain firms between the two");
		int z = matrix.zones().stream().map(ChainMatrix.Column::code).toList().indexOf(ZONE);
		require(z >= 0, ZONE + " is a column of the matrix");
		for (int c = 0; c < model.chains.size(); c++) {
			ChainFigures whole = corridor.chains().get(c);
			ChainFigures here = core.chains().get(c);
			ChainMatrix.Row row = matrix.rows().get(c);
			require(row.firms() == whole.firms(), "matrix firms = report firms, " + whole.code());
			require(close(row.revenue(), whole.revenue()), "matrix revenue = report revenue, " + whole.code());
			require(row.cells().get(z).firms() == here.firms(), "matrix " + ZONE + " firms, " + whole.code());
			require(close(row.cells().get(z).revenue(), here.revenue()), "matrix " + ZONE + " revenue");
			require(here.firms() <= whole.firms(), "zone within corridor");
		}
		System.out.printf(
				"%d: %,d firms reported, %,d with segments, %,d in %s; %,d segment memberships; revenue %,.0f 万元 in all,"
						+ " %,.0f 万元 on chains (a firm on two chains counts twice)%n",
				year, reported, withSegments, inZone, ZONE, memberships, revenue, chainRevenue);
		ChainFigures biggest = corridor.chains()
			.stream()
			.max((a, b) -> Double.compare(a.revenue(), b.revenue()))
			.orElseThrow();
		SegmentFigures top = biggest.segments()
			.stream()
			.max((a, b) -> Double.compare(a.revenue(), b.revenue()))
			.orElse(null);
		System.out.printf(
				"largest chain %s: %,d firms, %,.0f 万元, growth %.1f %%; its largest segment %s: %,d firms,"
						+ " HHI %.1f, top firm %s (%s)%n",
				biggest.code(), biggest.firms(), biggest.revenue(),
				(biggest.growth() != null) ? 100 * biggest.growth() : Double.NaN, (top != null) ? top.code() : "-",
				(top != null) ? top.firms() : 0, (top != null && top.hhi() != null) ? top.hhi() : Double.NaN,
				(top != null) ? top.topFirm() : "-", (top != null) ? top.topFirmName() : "-");
		System.out.println("checks passed: segment firms = memberships of reported firms >= firms with segments;"
				+ " matrix rows = corridor report; matrix " + ZONE + " column = " + ZONE + " report");
	}

	private static boolean close(double a, double b) {
		return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	private static void require(boolean ok, String what) {
		if (!ok) {
			throw new IllegalStateException("check failed: " + what);
		}
	}

	private static Row time(String operation, int firms, int warmUps, int repetitions, Supplier<Object> run) {
		Object sink = null;
		for (int i = 0; i < warmUps; i++) {
			sink = run.get();
		}
		double[] seconds = new double[repetitions];
		long allocated = 0;
		for (int i = 0; i < repetitions; i++) {
			long bytes = allocatedBytes();
			long started = System.nanoTime();
			sink = run.get();
			seconds[i] = (System.nanoTime() - started) / 1e9;
			allocated = allocatedBytes() - bytes;
		}
		long heap = used();
		if (sink == null) {
			throw new IllegalStateException();
		}
		return new Row(operation, firms, seconds, heap, allocated);
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	private static long used() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return used();
	}

	private record Row(String operation, int firms, double[] seconds, long heap, long allocated) {
	}

	/**
	 * Feeds generated firm-years to a cube builder, as {@link ChainService} feeds the
	 * registry's firms, years and tier spells: a firm's rows come one after the other.
	 */
	private static final class Feed {

		final ChainModel model;

		final ZoneIndex index;

		ChainCube.Builder builder;

		/** Model zone number of each index zone, or -1. */
		final int[] zoneOf;

		String current;

		int firm = -1;

		long rows;

		long located;

		long leaderSpells;

		Feed(ChainModel model, ZoneIndex index, int first, int last) {
			this.model = model;
			this.index = index;
			this.builder = new ChainCube.Builder(first, last);
			this.zoneOf = new int[index.size()];
			for (int i = 0; i < index.size(); i++) {
				Integer z = model.zone(index.code(i));
				this.zoneOf[i] = (z != null) ? z : -1;
			}
		}

		void accept(EnterpriseRow row) {
			this.rows++;
			String uscc = row.uscc().value();
			if (!uscc.equals(this.current)) {
				this.current = uscc;
				int[] segments = this.model.segmentsOf(row.industry().qualified(), row.name(), row.segments(),
						row.chains());
				this.firm = this.builder.addFirm(uscc, row.name(), true, segments, zones(row));
				for (TierEvent tier : row.tiers()) {
					if (ChainService.LEADER_TIER.equals(tier.tier())) {
						this.builder.addLeaderSpell(this.firm, tier.gained(), tier.lost());
						this.leaderSpells++;
					}
				}
			}
			EnterpriseFigures figures = row.figures();
			if (figures != null) {
				this.builder.addYear(this.firm, figures.year(), number(figures.revenue()), number(figures.rdSpending()),
						(figures.employees() != null) ? figures.employees() : -1, true);
			}
		}

		private int[] zones(EnterpriseRow row) {
			int[] found = new int[0];
			if (row.hasLocation()) {
				this.located++;
				int[] ids = this.index.zoneIdsAt(row.location().lon(), row.location().lat());
				found = new int[ids.length];
				int n = 0;
				for (int id : ids) {
					if (this.zoneOf[id] >= 0) {
						found[n++] = this.zoneOf[id];
					}
				}
				found = Arrays.copyOf(found, n);
			}
			for (int z : found) {
				if (z == this.model.rootZone) {
					return found;
				}
			}
			int[] withRoot = Arrays.copyOf(found, found.length + 1);
			withRoot[found.length] = this.model.rootZone;
			return withRoot;
		}

		private static double number(BigDecimal value) {
			return (value != null) ? value.doubleValue() : Double.NaN;
		}

	}

}
