package org.corridor.observatory.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.ImportResult;
import org.corridor.observatory.registry.enterprise.ProgressListener;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The enterprise import end to end through the real service, on a fresh embedded H2 file
 * database with default settings and demo data off.
 * <ul>
 * <li>{@code EnterpriseImportBench generate ROWS FOLDER}: writes the seeded CSV and the
 * same rows as an XLSX, unless they are there, and prints how long each took;</li>
 * <li>{@code EnterpriseImportBench import csv|xlsx ROWS FOLDER}: imports one of them
 * once, from the file on disk as an import job reads its spool file (a stream), and
 * prints one table row: format, rows, firms, the file's size, the time to read and check
 * the rows, to fold them into firms and find their zones, to store them, the whole
 * import, and the heap (see {@link HeapWatch}).</li>
 * <li>{@code EnterpriseImportBench rawcopy|rawh2 ROWS FOLDER}: the floors, the CSV loaded
 * raw into a plain PostgreSQL or H2 table with two indexes.</li>
 * </ul>
 * Timing covers the import, not the application's start. Run each import in a fresh JVM
 * so that one's garbage does not count against the other.
 */
public final class EnterpriseImportBench {

	private static final long SEED = 20251124L;

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String SCHEMA = "enterprise_import_bench";

	private EnterpriseImportBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && args[0].equals("generate")) {
			generate(Integer.parseInt(args[1]), Files.createDirectories(Path.of(args[2])));
		}
		else if ((args.length == 4 || args.length == 5) && args[0].equals("import")) {
			run(args[1], Integer.parseInt(args[2]), Files.createDirectories(Path.of(args[3])),
					(args.length == 5) ? args[4] : "h2");
		}
		else if (args.length == 3 && args[0].equals("rawcopy")) {
			rawCopy(Integer.parseInt(args[1]), Path.of(args[2]));
		}
		else if (args.length == 3 && args[0].equals("rawh2")) {
			rawH2(Integer.parseInt(args[1]), Path.of(args[2]));
		}
		else {
			System.err
				.println("usage: EnterpriseImportBench generate ROWS FOLDER | import csv|xlsx ROWS FOLDER [h2|postgres]"
						+ " | rawcopy ROWS FOLDER | rawh2 ROWS FOLDER");
			System.exit(2);
		}
	}

	static Path file(Path folder, int rows, String format) {
		return folder.resolve("enterprises-" + rows + "." + format);
	}

	private static void generate(int rows, Path folder) throws Exception {
		Path csv = file(folder, rows, "csv");
		Path xlsx = file(folder, rows, "xlsx");
		if (!Files.exists(csv)) {
			long started = System.nanoTime();
			EnterpriseFileGenerator.write(csv, rows, SEED);
			System.out.printf("wrote %s: %,d bytes in %.1f s%n", csv, Files.size(csv),
					(System.nanoTime() - started) / 1e9);
		}
		else {
			System.out.printf("kept %s: %,d bytes%n", csv, Files.size(csv));
		}
		if (!Files.exists(xlsx)) {
			long started = System.nanoTime();
			Path partial = folder.resolve(xlsx.getFileName() + ".part");
			EnterpriseFileGenerator.writeXlsx(csv, partial);
			Files.move(partial, xlsx);
			System.out.printf("wrote %s: %,d bytes in %.1f s (SXSSFWorkbook, shared strings)%n", xlsx, Files.size(xlsx),
					(System.nanoTime() - started) / 1e9);
		}
		else {
			System.out.printf("kept %s: %,d bytes%n", xlsx, Files.size(xlsx));
		}
	}

	private static void run(String format, int rows, Path folder, String engine) throws Exception {
		Path file = file(folder, rows, format);
		Path database = Files.createTempDirectory(folder, "h2-");
		Path h2 = database.toAbsolutePath().resolve("bench");
		long length = Files.size(file);
		boolean postgres = engine.equals("postgres");
		List<String> arguments = new ArrayList<>(List.of("--observatory.demo.enabled=false"));
		if (postgres) {
			try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
			}
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + POSTGRES + "?currentSchema=" + SCHEMA,
					"--spring.datasource.username=postgres", "--spring.flyway.schemas=" + SCHEMA));
		}
		else {
			arguments.add("--spring.datasource.url=" + BenchH2.url(h2));
		}
		ImportResult result;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			// arguments, not default properties: application.properties would override
			// those
			.run(arguments.toArray(String[]::new))) {
			EnterpriseImportService service = context.getBean(EnterpriseImportService.class);
			warmUp(context, service, file, folder);
			System.gc();
			long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long[] checked = { 0 };
			long[] storing = { 0 };
			// when compaction started, and the file's size then
			long[] compacting = { 0, 0 };
			long sizeBefore = size(h2);
			try (HeapWatch heap = new HeapWatch()) {
				long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				long started = System.nanoTime();
				result = service.importFile("chengxi-2021", file.getFileName().toString(), file, Crs.WGS84,
						(phase, done, total) -> {
							if (phase.equals("validating") && done > 0 && checked[0] == 0) {
								checked[0] = System.nanoTime();
							}
							else if (phase.equals("storing") && storing[0] == 0) {
								storing[0] = System.nanoTime();
							}
							else if (phase.equals("compacting") && compacting[0] == 0) {
								compacting[0] = System.nanoTime();
								compacting[1] = size(h2);
							}
						});
				long ended = System.nanoTime();
				long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted;
				heap.stop();
				long stored = (compacting[0] != 0) ? compacting[0] : ended;
				String compaction = (compacting[0] != 0) ? String.format("%.1f", (ended - compacting[0]) / 1e9) : "–";
				String sizes = postgres ? "– | –"
						: String.format("%,d MB | %,d MB", compacting[1] / 1_000_000, size(h2) / 1_000_000);
				System.out.printf(
						"| %s | %s | %,d | %,d | %,.1f MB | %.1f | %.1f | %.1f | **%.1f** | %s | %.1f | %.1f | %,d MiB | %,d MiB | %s |%n",
						(postgres ? "PostgreSQL (COPY)" : "H2") + (Integer.getInteger("bench.warmup", 0) > 0
								? String.format(", warm (after %,d rows)", Integer.getInteger("bench.warmup")) : ""),
						format.toUpperCase(), result.rows(), result.firms(), length / 1e6, (checked[0] - started) / 1e9,
						(storing[0] - checked[0]) / 1e9, (stored - storing[0]) / 1e9, (stored - started) / 1e9,
						compaction, (ended - started) / 1e9, cpu / 1e9, heap.peakUsed() >> 20, heap.peakAfterGc() >> 20,
						sizes);
			}
			System.out.printf("  %s; heap before the import %,d MiB (application and file bytes)%s%n", result,
					before >> 20, postgres ? "" : String.format("; H2 file before it %,d MB", sizeBefore / 1_000_000));
		}
		if (!postgres) {
			System.out.printf("  H2 file after the platform closed: %,d MB%n", size(h2) / 1_000_000);
			try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + h2, "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown compact");
			}
			System.out.printf("  H2 file after SHUTDOWN COMPACT (the live data): %,d MB%n", size(h2) / 1_000_000);
		}
	}

	/**
	 * With {@code -Dbench.warmup=ROWS}, first imports the file's first ROWS rows, as a
	 * platform that has imported a file since it started would have, then empties the
	 * registry: the measured import then runs compiled code (the JIT compiling it took a
	 * core for the first seconds of a cold import) into an empty registry, as a cold one
	 * does.
	 */
	private static void warmUp(ConfigurableApplicationContext context, EnterpriseImportService service, Path file,
			Path folder) throws Exception {
		int rows = Integer.getInteger("bench.warmup", 0);
		if (rows <= 0) {
			return;
		}
		String name = file.getFileName().toString();
		Path part = folder.resolve("warmup-" + name);
		if (name.endsWith(".csv")) {
			try (var lines = Files.lines(file)) {
				Files.write(part, (Iterable<String>) lines.limit(rows + 1L)::iterator);
			}
		}
		else {
			part = file;
		}
		long started = System.nanoTime();
		ImportResult warm = service.importFile("chengxi-2021", part.getFileName().toString(), part, Crs.WGS84,
				ProgressListener.NONE);
		var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		for (String table : List.of("enterprise_revision", "enterprise_tier", "enterprise_year", "enterprise")) {
			jdbc.execute("truncate table " + table);
		}
		System.out.printf("  warm-up: %,d rows imported in %.1f s, then the registry emptied%n", warm.rows(),
				(System.nanoTime() - started) / 1e9);
		if (!part.equals(file)) {
			Files.delete(part);
		}
	}

	/**
	 * The floor: the same CSV copied with {@code COPY} into a plain table of text columns
	 * (no checks, no types), then two indexes built on it, in a scratch schema.
	 */
	/**
	 * H2's floor, as {@link #rawCopy} is PostgreSQL's: the CSV read by H2's own
	 * {@code CSVREAD} into a plain table of text columns in a fresh file database with
	 * the platform's settings, in one statement (one transaction), then the same two
	 * indexes. No check, no fold, no keys: what H2 takes to hold the file's rows at all.
	 */
	private static void rawH2(int rows, Path folder) throws Exception {
		Path file = file(folder, rows, "csv");
		Path h2 = folder.toAbsolutePath().resolve("h2-raw");
		try (Connection connection = DriverManager.getConnection(BenchH2.url(h2.resolve("raw")), "sa", "");
				Statement statement = connection.createStatement()) {
			long started = System.nanoTime();
			statement.execute("create table firms (uscc, name, industry, chains, segments, lon, lat,"
					+ " crs, tiers, fig_year, revenue, rd_spending, employees, patents) as select * from csvread('"
					+ file.toAbsolutePath() + "', null, 'charset=UTF-8')");
			long loaded = System.nanoTime();
			long copied;
			try (var count = statement.executeQuery("select count(*) from firms")) {
				count.next();
				copied = count.getLong(1);
			}
			statement.execute("create index firms_by_year on firms (uscc, fig_year)");
			statement.execute("create index firms_by_name on firms (name)");
			long indexed = System.nanoTime();
			printFloor("raw CSVREAD into a plain H2 table", copied, file, started, loaded, indexed);
		}
		finally {
			FileSystemUtils.deleteRecursively(h2);
		}
	}

	/** A floor's table row: rows loaded, the load's time and the two indexes'. */
	private static void printFloor(String engine, long copied, Path file, long started, long loaded, long indexed)
			throws IOException {
		System.out.printf("| %s | CSV | %,d | | %,.1f MB | | | %.1f + %.1f (two indexes) | **%.1f** | | | | | | |%n",
				engine, copied, Files.size(file) / 1e6, (loaded - started) / 1e9, (indexed - loaded) / 1e9,
				(indexed - started) / 1e9);
	}

	private static void rawCopy(int rows, Path folder) throws Exception {
		Path file = file(folder, rows, "csv");
		try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + "_raw cascade");
			statement.execute("create schema " + SCHEMA + "_raw");
			statement.execute("create table " + SCHEMA + "_raw.firms (uscc text, name text, industry text, chains text,"
					+ " segments text, lon text, lat text, crs text, tiers text, fig_year text, revenue text,"
					+ " rd_spending text, employees text, patents text)");
			long started = System.nanoTime();
			long copied;
			try (java.io.InputStream in = Files.newInputStream(file)) {
				copied = connection.unwrap(org.postgresql.PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + SCHEMA + "_raw.firms from stdin (format csv, header true)", in);
			}
			long loaded = System.nanoTime();
			statement.execute("create index on " + SCHEMA + "_raw.firms (uscc, fig_year)");
			statement.execute("create index on " + SCHEMA + "_raw.firms (name)");
			long indexed = System.nanoTime();
			printFloor("raw COPY into a plain table", copied, file, started, loaded, indexed);
			statement.execute("drop schema " + SCHEMA + "_raw cascade");
		}
	}

	/** The size of H2's file, 0 when there is none. */
	private static long size(Path h2) {
		Path file = h2.resolveSibling(h2.getFileName() + ".mv.db");
		try {
			return Files.exists(file) ? Files.size(file) : 0;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The heap during the import, two ways. <b>Peak used</b> is the most the heap held at
	 * any moment, garbage included: the larger of the used heap sampled every 20 ms and
	 * the used heap just before each collection, from the collectors' notifications.
	 * <b>Peak after GC</b> is the most the heap still held right after a collection: what
	 * the import kept reachable, plus old garbage a young collection did not reach, so an
	 * upper bound of the live data.
	 */
	static final class HeapWatch implements AutoCloseable {

		private final AtomicLong peakUsed = new AtomicLong();

		private final AtomicLong peakAfterGc = new AtomicLong();

		private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());

		private final NotificationListener listener = this::collected;

		private final Thread sampler;

		HeapWatch() {
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener(this.listener, null, null);
			}
			this.sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					this.peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		private void collected(Notification notification, Object handback) {
			if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			this.peakUsed.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
			this.peakAfterGc.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
		}

		private long heap(Map<String, MemoryUsage> pools) {
			return pools.entrySet()
				.stream()
				.filter((pool) -> this.heapPools.contains(pool.getKey()))
				.mapToLong((pool) -> pool.getValue().getUsed())
				.sum();
		}

		/** Stops watching, once the notifications already sent have arrived. */
		void stop() throws InterruptedException {
			this.peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
					Math::max);
			this.sampler.interrupt();
			Thread.sleep(200);
			close();
		}

		long peakUsed() {
			return this.peakUsed.get();
		}

		long peakAfterGc() {
			return this.peakAfterGc.get();
		}

		@Override
		public void close() {
			this.sampler.interrupt();
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				try {
					((NotificationEmitter) collector).removeNotificationListener(this.listener);
				}
				catch (javax.management.ListenerNotFoundException ex) {
					// already removed
				}
			}
		}

	}

}
