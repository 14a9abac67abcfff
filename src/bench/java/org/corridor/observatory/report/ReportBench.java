package org.corridor.observatory.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.bench.BenchH2;
import org.corridor.observatory.monitor.EvaluationService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the corridor's annual report on the demo figures (bench/report.sh): the
 * application started without its web server on an in-memory H2 with the demo data, then
 * the report made as a report job makes it — the figures gathered from the evaluation
 * (every year, every district, platforms, chains), composed with a chart per lagging
 * indicator, written as Word and as PDF — timed end to end and by part. With
 * {@code --all-charts} a chart is drawn for every indicator with figures too, the worst
 * case of the charts. Prints operation | min / median / max s.
 * <p>
 * Arguments: [REPETITIONS [WARM-UPS]] [--all-charts] (default 7 2).
 */
public final class ReportBench {

	private ReportBench() {
	}

	public static void main(String[] args) {
		int repetitions = 7;
		int warmups = 2;
		boolean allCharts = false;
		List<Integer> numbers = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--all-charts")) {
				allCharts = true;
			}
			else {
				numbers.add(Integer.parseInt(arg));
			}
		}
		if (numbers.size() > 0) {
			repetitions = numbers.get(0);
		}
		if (numbers.size() > 1) {
			warmups = numbers.get(1);
		}
		Path folder;
		try {
			folder = Files.createTempDirectory("report-bench");
			Path created = folder;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(created)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + BenchH2.url(folder.resolve("h2/report")),
					"--observatory.demo.enabled=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			ReportBuilder builder = context.getBean(ReportBuilder.class);
			String plan = "chengxi-2021";
			int year = context.getBean(EvaluationService.class).defaultYear(plan);
			LocalDate today = LocalDate.now();
			List<Double> build = new ArrayList<>();
			List<Double> compose = new ArrayList<>();
			List<Double> docx = new ArrayList<>();
			List<Double> pdf = new ArrayList<>();
			List<Double> total = new ArrayList<>();
			int charts = 0;
			for (int i = 0; i < warmups + repetitions; i++) {
				long t0 = System.nanoTime();
				AnnualReport report = builder.build(plan, year, null, today, ReportBuilder.Progress.NONE);
				long t1 = System.nanoTime();
				ReportDocument document = ReportComposer.compose(report, Locale.SIMPLIFIED_CHINESE,
						ReportComposer.ChartProgress.NONE);
				if (allCharts) {
					for (AnnualReport.IndicatorRow row : report.indicators()) {
						if (!row.series().isEmpty()) {
							ReportCharts.chart(row, Locale.SIMPLIFIED_CHINESE, ReportComposer.DEMO_NOTICE);
						}
					}
				}
				long t2 = System.nanoTime();
				byte[] word = DocxWriter.write(document);
				long t3 = System.nanoTime();
				byte[] printed = PdfWriter.write(document);
				long t4 = System.nanoTime();
				charts = (int) document.blocks().stream().filter((b) -> b instanceof ReportDocument.Image).count()
						+ (allCharts ? (int) report.indicators().stream().filter((r) -> !r.series().isEmpty()).count()
								: 0);
				if (i >= warmups) {
					build.add((t1 - t0) / 1e9);
					compose.add((t2 - t1) / 1e9);
					docx.add((t3 - t2) / 1e9);
					pdf.add((t4 - t3) / 1e9);
					total.add((t4 - t0) / 1e9);
				}
				if (i == 0) {
					System.out.printf(
							"corridor report %d: %d indicators, %d districts, %d charts, DOCX %,d bytes,"
									+ " PDF %,d bytes%n",
							year, report.indicators().size(), report.districts().size(), charts, word.length,
							printed.length);
				}
			}
			System.out
				.println("operation | min / median / max s (" + repetitions + " runs after " + warmups + " warm-ups)");
			print("figures (evaluation, districts, platforms, chains)", build);
			print("compose + charts", compose);
			print("docx", docx);
			print("pdf", pdf);
			print("total", total);
			double median = median(total);
			System.out.printf("goal < 10 s: %s (median %.2f s)%n", (median < 10) ? "met" : "NOT met", median);
		}
	}

	private static void deleteTree(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not delete " + folder + ": " + ex.getMessage());
		}
	}

	private static void print(String operation, List<Double> seconds) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		System.out.printf("%s | %.3f / %.3f / %.3f%n", operation, sorted.get(0), median(sorted),
				sorted.get(sorted.size() - 1));
	}

	private static double median(List<Double> seconds) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
