package org.corridor.observatory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.ImportResult;
import org.corridor.observatory.registry.enterprise.ProgressListener;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform for {@code bench/load.sh}: {@code LoadBenchServer FIRMS FOLDER PORT}
 * starts the whole web application on 127.0.0.1:PORT with demo data on and an H2 file
 * database in FOLDER, and, when the registry holds fewer than FIRMS firms, imports a
 * seeded CSV of FIRMS firms × 2 years ({@link EnterpriseFileGenerator}, generated once
 * into FOLDER) through the normal enterprise import. It prints {@code READY} when it
 * serves, and runs until it is stopped. The database is kept, so a second run starts at
 * once with the same million firms (and the migrations of the code being measured).
 */
public final class LoadBenchServer {

	private static final long SEED = 20261204L;

	private LoadBenchServer() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: LoadBenchServer FIRMS FOLDER PORT");
			System.exit(2);
		}
		int firms = Integer.parseInt(args[0]);
		Path folder = Files.createDirectories(Path.of(args[1])).toAbsolutePath();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run("--server.address=127.0.0.1", "--server.port=" + args[2], "--observatory.demo.enabled=true",
					"--spring.datasource.url=" + BenchH2.url(folder.resolve("h2/load")));
		String plan = context.getBean(PlanCatalog.class).current().id();
		EnterpriseFinder finder = context.getBean(EnterpriseFinder.class);
		long stored = finder.count(plan);
		if (stored < firms) {
			Path csv = folder.resolve("firms-" + firms + ".csv");
			if (!Files.exists(csv)) {
				long started = System.nanoTime();
				EnterpriseFileGenerator.write(csv, firms * 2, SEED);
				System.out.printf("wrote %s (%,d bytes) in %.1f s%n", csv, Files.size(csv),
						(System.nanoTime() - started) / 1e9);
			}
			long started = System.nanoTime();
			ImportResult result = context.getBean(EnterpriseImportService.class)
				.importFile(plan, csv.getFileName().toString(), Files.readAllBytes(csv), Crs.WGS84,
						ProgressListener.NONE);
			System.out.printf("imported %s in %.1f s%n", result, (System.nanoTime() - started) / 1e9);
		}
		// READY means ready: the name index (built off the request threads after start
		// and after an import) is current, so that searches by name are measured on it,
		// not on the SQL that serves them while it is built.
		long waited = System.nanoTime();
		boolean indexed = finder.awaitNameIndex(plan, Duration.ofMinutes(10));
		System.out.printf("name index %s after %.1f s%n", indexed ? "built" : "NOT built",
				(System.nanoTime() - waited) / 1e9);
		System.out.printf("READY %,d firms%n", finder.count(plan));
	}

}
