package org.corridor.observatory.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.geo.IndexedZone;
import org.corridor.observatory.geo.ZoneIndex;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link ZoneIndex} against PostGIS on the same points and zones, in one run: N seeded
 * points and the benchmark zone set are loaded into PostGIS (COPY, GiST indexes on both
 * tables, ANALYZE), then {@code SELECT count(*) FROM points p JOIN zones z ON
 * ST_Contains(z.geom, p.geom)} is timed, on one worker and with PostgreSQL's default
 * parallelism, against {@link ZoneIndex#assign} on one thread. Each engine's time is the
 * best of its runs after a warm-up, so caches and the JIT are warm for both. Both must
 * find the same number of (point, zone) pairs, else the exit status is 1. Everything
 * lives in a scratch schema that is dropped at the end, with the PostGIS extension if
 * this run created it.
 *
 * <p>
 * System properties: {@code bench.points} (2 000 000), {@code bench.seed},
 * {@code bench.distribution} (uniform), {@code bench.runs} (3), {@code bench.zones} (see
 * {@link BenchZones}), {@code bench.jdbc} (jdbc:postgresql://127.0.0.1:5432/test),
 * {@code bench.user} (postgres), {@code bench.password}, {@code bench.keep} (keep the
 * scratch schema).
 */
public final class PostgisComparison {

	private static final String SCHEMA = "zone_index_bench";

	private static final String JOIN = "SELECT count(*) FROM points p JOIN zones z ON ST_Contains(z.geom, p.geom)";

	private PostgisComparison() {
	}

	public static void main(String[] args) throws SQLException {
		int count = Integer.getInteger("bench.points", 2_000_000);
		long seed = Long.getLong("bench.seed", 20251124L);
		String distribution = System.getProperty("bench.distribution", "uniform");
		int runs = Integer.getInteger("bench.runs", 3);
		List<IndexedZone> zones = BenchZones.load();
		BenchPoints points = BenchPoints.of(distribution, zones, count, seed);
		System.out.printf(Locale.ROOT, "zones: %s (%d)%npoints: %,d %s, seed %d%n", BenchZones.source(), zones.size(),
				count, distribution, seed);

		long start = System.nanoTime();
		ZoneIndex index = ZoneIndex.build(zones);
		double buildSeconds = seconds(start);
		System.out.printf(Locale.ROOT, "ZoneIndex built in %.3f s: %s%n", buildSeconds, index);
		// Warm-up: let the JIT compile the lookup before it is timed.
		for (int i = 0; i < 5; i++) {
			index.assign(points.lons(), points.lats());
		}
		double javaSeconds = Double.POSITIVE_INFINITY;
		long javaPairs = -1;
		for (int run = 0; run < Math.max(runs, 5); run++) {
			start = System.nanoTime();
			ZoneIndex.Assignment assignment = index.assign(points.lons(), points.lats());
			javaSeconds = Math.min(javaSeconds, seconds(start));
			javaPairs = assignment.pairs();
		}

		String url = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/test");
		try (Connection connection = DriverManager.getConnection(url, System.getProperty("bench.user", "postgres"),
				System.getProperty("bench.password", ""))) {
			Postgis postgis = new Postgis(connection);
			try {
				postgis.load(zones, points);
				System.out.println("PostGIS " + postgis.version());
				System.out.println("plan (1 worker):");
				postgis.execute("SET max_parallel_workers_per_gather = 0");
				postgis.printPlan();
				Timing serial = postgis.time(runs);
				postgis.execute("RESET max_parallel_workers_per_gather");
				String allowed = postgis.show("max_parallel_workers_per_gather");
				int planned = postgis.plannedWorkers();
				Timing parallel = postgis.time(Math.max(1, runs - 1));

				List<String[]> rows = new ArrayList<>();
				rows.add(row("ZoneIndex.assign, 1 thread", count, javaPairs, javaSeconds, javaSeconds));
				rows.add(row("PostGIS ST_Contains, 1 worker", count, serial.pairs, serial.seconds, javaSeconds));
				rows.add(row("PostGIS ST_Contains, default (" + allowed + " workers allowed, " + planned + " planned)",
						count, parallel.pairs, parallel.seconds, javaSeconds));
				System.out.println();
				printTable(rows);
				System.out.printf(Locale.ROOT,
						"%nSetup (not in the times above): ZoneIndex build %.3f s; PostGIS load %.1f s, GiST indexes %.1f s%n",
						buildSeconds, postgis.loadSeconds, postgis.indexSeconds);
				double ratio = serial.seconds / javaSeconds;
				boolean same = serial.pairs == javaPairs && parallel.pairs == javaPairs;
				if (!same) {
					System.out.println("MISMATCH: pair counts differ; per zone (ZoneIndex vs PostGIS):");
					postgis.printZoneDifferences(index, points);
				}
				System.out.printf(Locale.ROOT,
						"RESULT: pairs %s (%,d); ZoneIndex %.1fx PostGIS on one core (target 10x: %s)%n",
						same ? "match" : "DIFFER", javaPairs, ratio, (ratio >= 10) ? "met" : "NOT met");
				if (!same) {
					System.exit(1);
				}
			}
			finally {
				postgis.cleanUp();
			}
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String[] row(String engine, int points, long pairs, double seconds, double javaSeconds) {
		return new String[] { engine, String.format(Locale.ROOT, "%,d", points),
				String.format(Locale.ROOT, "%,d", pairs), String.format(Locale.ROOT, "%.3f", seconds),
				String.format(Locale.ROOT, "%,.0f", points / seconds),
				String.format(Locale.ROOT, "%.1f", seconds / javaSeconds) };
	}

	private static void printTable(List<String[]> rows) {
		String[] header = { "engine", "points", "pairs", "seconds", "points/s", "ratio" };
		int[] widths = new int[header.length];
		for (int c = 0; c < header.length; c++) {
			widths[c] = header[c].length();
			for (String[] row : rows) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		printRow(header, widths);
		StringBuilder rule = new StringBuilder("|");
		for (int c = 0; c < header.length; c++) {
			// Left-aligned text first, then right-aligned numbers.
			rule.append(' ').append((c == 0) ? "-".repeat(widths[c] + 1) : "-".repeat(widths[c]) + ":").append(" |");
		}
		System.out.println(rule);
		for (String[] row : rows) {
			printRow(row, widths);
		}
		System.out.println("(ratio = engine seconds / ZoneIndex seconds; a markdown table)");
	}

	private static void printRow(String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder("|");
		for (int c = 0; c < cells.length; c++) {
			String cell = cells[c];
			String padding = " ".repeat(Math.max(0, widths[c] + 1 - cell.length()));
			line.append(' ').append((c == 0) ? cell + padding : padding + cell).append(" |");
		}
		System.out.println(line);
	}

	/** The best time of a query's runs and its result. */
	private record Timing(double seconds, long pairs) {
	}

	/** The scratch schema and the SQL run in it. */
	private static final class Postgis {

		private final Connection connection;

		private boolean createdExtension;

		double loadSeconds;

		double indexSeconds;

		Postgis(Connection connection) {
			this.connection = connection;
		}

		void load(List<IndexedZone> zones, BenchPoints points) throws SQLException {
			this.connection.setAutoCommit(true);
			// Leftovers of an interrupted run go first, an extension made there included.
			execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			String extensionSchema = queryString(
					"SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'");
			execute("CREATE SCHEMA " + SCHEMA);
			if (extensionSchema == null) {
				execute("CREATE EXTENSION postgis SCHEMA " + SCHEMA);
				this.createdExtension = true;
				extensionSchema = SCHEMA;
			}
			execute("SET search_path = " + SCHEMA + ", " + extensionSchema);

			long start = System.nanoTime();
			execute("CREATE UNLOGGED TABLE points_raw (id int, lon float8, lat float8)");
			CopyIn copy = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY points_raw FROM STDIN");
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
			for (int i = 0; i < points.size(); i++) {
				// Double.toString round-trips exactly, and so does float8 input.
				String line = i + "\t" + points.lons()[i] + "\t" + points.lats()[i] + "\n";
				buffer.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
				if (buffer.size() > (1 << 20)) {
					copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
					buffer.reset();
				}
			}
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
			copy.endCopy();
			execute("CREATE UNLOGGED TABLE points AS SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geometry(Point, 4326) AS geom FROM points_raw");
			execute("DROP TABLE points_raw");
			execute("CREATE UNLOGGED TABLE zones (id int PRIMARY KEY, code text, geom geometry(Geometry, 4326))");
			copy = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY zones FROM STDIN");
			WKBWriter writer = new WKBWriter(2, true);
			for (int z = 0; z < zones.size(); z++) {
				Geometry geometry = zones.get(z).geometry().copy();
				geometry.setSRID(4326);
				String line = z + "\t" + zones.get(z).code().replaceAll("[\\\\\t\n\r]", "_") + "\t"
						+ WKBWriter.toHex(writer.write(geometry)) + "\n";
				byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
			}
			copy.endCopy();
			this.loadSeconds = seconds(start);
			start = System.nanoTime();
			execute("CREATE INDEX ON zones USING gist (geom)");
			execute("CREATE INDEX ON points USING gist (geom)");
			this.indexSeconds = seconds(start);
			execute("VACUUM ANALYZE points");
			execute("VACUUM ANALYZE zones");
		}

		String version() throws SQLException {
			return queryString("SELECT postgis_full_version()").replaceAll("\\s+\\[.*", "");
		}

		void printPlan() throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery("EXPLAIN " + JOIN)) {
				while (result.next()) {
					System.out.println("  " + result.getString(1));
				}
			}
		}

		/**
		 * The parallel workers the planner plans for the join under the current settings.
		 */
		int plannedWorkers() throws SQLException {
			int workers = 0;
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery("EXPLAIN " + JOIN)) {
				while (result.next()) {
					String line = result.getString(1).trim();
					if (line.startsWith("Workers Planned:")) {
						workers = Integer.parseInt(line.substring("Workers Planned:".length()).trim());
					}
				}
			}
			return workers;
		}

		/** Runs the join once to warm the caches, then {@code runs} timed times. */
		Timing time(int runs) throws SQLException {
			queryLong(JOIN);
			double best = Double.POSITIVE_INFINITY;
			long pairs = -1;
			for (int run = 0; run < runs; run++) {
				long start = System.nanoTime();
				pairs = queryLong(JOIN);
				best = Math.min(best, seconds(start));
			}
			return new Timing(best, pairs);
		}

		void printZoneDifferences(ZoneIndex index, BenchPoints points) throws SQLException {
			long[] java = new long[index.size()];
			ZoneIndex.Assignment assignment = index.assign(points.lons(), points.lats());
			for (int p = 0; p < assignment.points(); p++) {
				for (int k = 0; k < assignment.count(p); k++) {
					java[assignment.zoneId(p, k)]++;
				}
			}
			long[] sql = new long[index.size()];
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery(
							"SELECT z.id, count(*) FROM points p JOIN zones z ON ST_Contains(z.geom, p.geom) GROUP BY z.id")) {
				while (result.next()) {
					sql[result.getInt(1)] = result.getLong(2);
				}
			}
			for (int z = 0; z < java.length; z++) {
				if (java[z] != sql[z]) {
					System.out.printf(Locale.ROOT, "  %s: %d vs %d%n", index.code(z), java[z], sql[z]);
				}
			}
			System.out.println("  other zones agree: " + Arrays.equals(java, sql));
		}

		String show(String setting) throws SQLException {
			return queryString("SHOW " + setting);
		}

		void execute(String sql) throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(sql);
			}
		}

		private long queryLong(String sql) throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				result.next();
				return result.getLong(1);
			}
		}

		private String queryString(String sql) throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				return result.next() ? result.getString(1) : null;
			}
		}

		void cleanUp() throws SQLException {
			if (Boolean.getBoolean("bench.keep")) {
				System.out.println("kept schema " + SCHEMA);
				return;
			}
			execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			if (this.createdExtension) {
				System.out.println("dropped the scratch schema and the PostGIS extension it held");
			}
		}

	}

}
