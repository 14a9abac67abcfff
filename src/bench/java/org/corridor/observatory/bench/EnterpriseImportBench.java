package org.corridor.observatory.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The enterprise import end to end through the real service, on a fresh embedded H2 file
 * database with default settings and demo data off.
 * <ul>
 * <li>{@code EnterpriseImportBench generate ROWS FOLDER}: writes the seeded CSV and the
 * same rows as an XLSX, unless they are there, and prints how long each took;</li>
 * <li>{@code EnterpriseImportBench import csv|xlsx ROWS FOLDER}: imports one of them once
 * and prints one table row: format, rows, firms, the file's size, the time to read and
 * check the rows, to fold them into firms and find their zones, to store them, the whole
 * import, and the heap (see {@link HeapWatch}).</li>
 * </ul>
 * Timing covers the import, not the application's start. Run each import in a fresh JVM
 * so that one's garbage does not count against the other.
 */
public final class EnterpriseImportBench {

	private static final long SEED = 20251124L;

	private EnterpriseImportBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && args[0].equals("generate")) {
			generate(Integer.parseInt(args[1]), Files.createDirectories(Path.of(args[2])));
		}
		else if (args.length == 4 && args[0].equals("import")) {
			run(args[1], Integer.parseInt(args[2]), Files.createDirectories(Path.of(args[3])));
		}
		else {
			System.err.println("usage: EnterpriseImportBench generate ROWS FOLDER | import csv|xlsx ROWS FOLDER");
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

	private static void run(String format, int rows, Path folder) throws Exception {
		Path file = file(folder, rows, format);
		Path database = Files.createTempDirectory(folder, "h2-");
		byte[] content = Files.readAllBytes(file);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			// arguments, not default properties: application.properties would override
			// those
			.run("--observatory.demo.enabled=false",
					"--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath().resolve("bench"))) {
			EnterpriseImportService service = context.getBean(EnterpriseImportService.class);
			System.gc();
			long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long[] checked = { 0 };
			long[] storing = { 0 };
			long started;
			ImportResult result;
			try (HeapWatch heap = new HeapWatch()) {
				long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				started = System.nanoTime();
				result = service.importFile("chengxi-2021", file.getFileName().toString(), content, Crs.WGS84,
						(phase, done, total) -> {
							if (phase.equals("validating") && done > 0 && checked[0] == 0) {
								checked[0] = System.nanoTime();
							}
							else if (phase.equals("storing") && storing[0] == 0) {
								storing[0] = System.nanoTime();
							}
						});
				long ended = System.nanoTime();
				long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted;
				heap.stop();
				System.out.printf(
						"| %s | %,d | %,d | %,.1f MB | %.1f | %.1f | %.1f | **%.1f** | %.1f | %,d MiB | %,d MiB |%n",
						format.toUpperCase(), result.rows(), result.firms(), content.length / 1e6,
						(checked[0] - started) / 1e9, (storing[0] - checked[0]) / 1e9, (ended - storing[0]) / 1e9,
						(ended - started) / 1e9, cpu / 1e9, heap.peakUsed() >> 20, heap.peakAfterGc() >> 20);
			}
			System.out.printf("  %s; heap before the import %,d MiB (application and file bytes)%n", result,
					before >> 20);
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
