package org.corridor.observatory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.EnterpriseImportService;
import org.corridor.observatory.registry.ImportResult;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The enterprise import end to end through the real service, on a fresh embedded H2 file
 * database with default settings and demo data off: generates the seeded CSV (argument 1,
 * rows; argument 2, folder), imports it once and prints rows, firms, seconds, rows per
 * second and the peak heap seen. Timing covers reading, checking and storing, not the
 * application's start.
 */
public final class EnterpriseImportBench {

	private EnterpriseImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path folder = Files.createDirectories(Path.of((args.length > 1) ? args[1] : "target/bench/enterprise"));
		Path csv = folder.resolve("enterprises-" + rows + ".csv");
		if (!Files.exists(csv)) {
			EnterpriseFileGenerator.write(csv, rows, 20251124L);
		}
		Path database = Files.createTempDirectory(folder, "h2-");
		byte[] content = Files.readAllBytes(csv);
		System.out.printf("file %s: %,d bytes%n", csv, content.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			// arguments, not default properties: application.properties would override
			// those
			.run("--observatory.demo.enabled=false",
					"--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath().resolve("bench"))) {
			EnterpriseImportService service = context.getBean(EnterpriseImportService.class);
			AtomicLong peak = new AtomicLong();
			Thread sampler = new Thread(() -> {
				Runtime runtime = Runtime.getRuntime();
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			long[] phaseStart = { System.nanoTime() };
			String[] phase = { "" };
			long started = System.nanoTime();
			ImportResult result = service.importFile("chengxi-2021", csv.getFileName().toString(), content, Crs.WGS84,
					(name, done, total) -> {
						if (!name.equals(phase[0])) {
							long now = System.nanoTime();
							System.out.printf("  %-10s from %6.1f s%n", name, (now - started) / 1e9);
							phase[0] = name;
							phaseStart[0] = now;
						}
					});
			double seconds = (System.nanoTime() - started) / 1e9;
			sampler.interrupt();
			System.out.println();
			System.out.println("| rows | firms | seconds | rows/s | peak heap |");
			System.out.println("|---:|---:|---:|---:|---:|");
			System.out.printf("| %,d | %,d | %.1f | %,.0f | %,d MiB |%n", result.rows(), result.firms(), seconds,
					result.rows() / seconds, peak.get() >> 20);
			System.out.println(result);
		}
	}

}
