package org.corridor.observatory.registry.enterprise;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.bench.BenchH2;
import org.corridor.observatory.bench.EnterpriseFileGenerator;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search by part of a name at a million firms, through the real {@link EnterpriseFinder}:
 * {@code NameSearchBench FIRMS FOLDER h2|postgres} opens (or fills, once, with the seeded
 * CSV of {@code bench/load.sh}: FIRMS firms × 2 years) an H2 file database in FOLDER or
 * the PostgreSQL schema {@code name_search_bench}, builds the {@link NameIndex} and
 * prints its build time and size, then times each query on both paths: the index, and the
 * SQL path ({@code like}, asked inside a transaction that may write, where the index is
 * not used). A search page's work is a first page of 50 and the count; a deep page is the
 * 20th, reached by cursors; the export reads every match. Each line carries the load
 * average, as the machine is shared.
 */
public final class NameSearchBench {

	private static final long SEED = 20261204L;

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String SCHEMA = "name_search_bench";

	private NameSearchBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: NameSearchBench FIRMS FOLDER h2|postgres");
			System.exit(2);
		}
		int firms = Integer.parseInt(args[0]);
		Path folder = Files.createDirectories(Path.of(args[1])).toAbsolutePath();
		List<String> arguments = new ArrayList<>(List.of("--observatory.demo.enabled=false"));
		if (args[2].equals("postgres")) {
			try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create schema if not exists " + SCHEMA);
			}
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + POSTGRES + "?currentSchema=" + SCHEMA,
					"--spring.datasource.username=postgres", "--spring.flyway.schemas=" + SCHEMA));
		}
		else {
			arguments.add("--spring.datasource.url=" + BenchH2.url(folder.resolve("h2/names")));
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(arguments.toArray(String[]::new))) {
			run(context, firms, folder, args[2]);
		}
	}

	private static void run(ConfigurableApplicationContext context, int firms, Path folder, String engine)
			throws Exception {
		String plan = context.getBean(PlanCatalog.class).current().id();
		EnterpriseFinder finder = context.getBean(EnterpriseFinder.class);
		NameIndexes names = context.getBean(NameIndexes.class);
		TransactionTemplate writing = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		if (finder.count(plan) < firms) {
			Path csv = folder.resolve("firms-" + firms + ".csv");
			if (!Files.exists(csv)) {
				EnterpriseFileGenerator.write(csv, firms * 2, SEED);
			}
			long started = System.nanoTime();
			ImportResult result = context.getBean(EnterpriseImportService.class)
				.importFile(plan, csv.getFileName().toString(), Files.readAllBytes(csv), Crs.WGS84,
						ProgressListener.NONE);
			System.out.printf("imported %s in %.1f s%n", result, (System.nanoTime() - started) / 1e9);
		}
		System.gc();
		long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long started = System.nanoTime();
		NameIndex index = names.await(plan, Duration.ofMinutes(10)).orElseThrow();
		double built = (System.nanoTime() - started) / 1e9;
		System.gc();
		long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf(
				"%s: index of %,d firms built in %.1f s; arrays %,d bytes (%.1f per firm); heap %+,d bytes"
						+ " after GC (%.1f per firm); load %s%n",
				engine, index.size(), built, index.bytes(), (double) index.bytes() / index.size(),
				heapAfter - heapBefore, (double) (heapAfter - heapBefore) / index.size(), load());
		System.out.println();
		System.out.println("| query | order | matches | index: page + count, median (max) | index: 20 pages by cursor"
				+ " | like: page + count, median of 3 | load |");
		System.out.println("|---|---|---:|---:|---:|---:|---|");
		String[][] queries = { { "科技" }, { "微电子" }, { "西溪未来" }, { "科" }, { "有限公司" }, { "12345" }, { "913301" },
				{ "没有的词" }, { "科技", "AI_CHAIN", "CORE_AREA" }, { "12345", "IC_CHAIN", null } };
		for (String[] q : queries) {
			for (EnterpriseOrder order : EnterpriseOrder.values()) {
				EnterpriseQuery query = new EnterpriseQuery(q[0], null, (q.length > 1) ? q[1] : null, null,
						(q.length > 2) ? q[2] : null, order);
				Supplier<EnterpriseFinder.Total> page = () -> {
					finder.search(plan, query, null, 50);
					return finder.count(plan, query);
				};
				EnterpriseFinder.Total total = page.get();
				double[] indexed = times(30, 300, page);
				double[] deep = times(3, 30, () -> deepPage(finder, plan, query));
				double[] like = times(0, 3, () -> writing.execute((status) -> page.get()));
				System.out.printf("| %s%s | %s | %s%,d | %.2f ms (%.2f) | %.2f ms | %.0f ms | %s |%n", q[0],
						(q.length > 1) ? " + chain " + q[1] + ((q[2] != null) ? ", zone " + q[2] : "") : "",
						order.parameter(), total.atLeast() ? "≥ " : "", total.value(), median(indexed), max(indexed),
						median(deep), median(like), load());
			}
		}
		EnterpriseQuery export = new EnterpriseQuery("科技", null, null, null, null, EnterpriseOrder.NAME);
		long[] rows = { 0 };
		double[] indexed = times(0, 3, () -> {
			finder.forEach(plan, export, Integer.MAX_VALUE, (firm) -> rows[0]++);
			return null;
		});
		double[] like = times(0, 1, () -> writing.execute((status) -> {
			finder.forEach(plan, export, Integer.MAX_VALUE, (firm) -> rows[0]++);
			return null;
		}));
		System.out.printf("%nexport of 科技 by name (%,d firms read per run): index %.0f ms, like %.0f ms; load %s%n",
				rows[0] / 4, median(indexed), median(like), load());
	}

	private static Object deepPage(EnterpriseFinder finder, String plan, EnterpriseQuery query) {
		String cursor = null;
		for (int i = 0; i < 20; i++) {
			EnterpriseFinder.Page page = finder.search(plan, query, cursor, 50);
			cursor = page.next();
			if (cursor == null) {
				break;
			}
		}
		return cursor;
	}

	private static double[] times(int warm, int runs, Supplier<?> work) {
		for (int i = 0; i < warm; i++) {
			work.get();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	private static double median(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static double max(double[] sorted) {
		return sorted[sorted.length - 1];
	}

	private static String load() throws RuntimeException {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

}
