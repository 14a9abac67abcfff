package org.corridor.observatory.foresight;

import java.util.Arrays;
import java.util.List;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times forecasts with probabilities for every indicator × zone of the plan: the platform
 * with its demo figures in an in-memory H2, then, with everything kept forgotten before
 * each run ({@link ForecastService#inputsChanged}), the backtest that picks the method
 * and {@link ForecastService#forecastEveryZone} (3 methods × 1000 simulated paths per
 * series). Prints min / median / max seconds. Usage: ForecastBench [REPETITIONS
 * [WARM-UPS]].
 */
public final class ForecastBench {

	private ForecastBench() {
	}

	public static void main(String[] args) {
		int repetitions = (args.length > 0) ? Integer.parseInt(args[0]) : 7;
		int warmups = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run("--observatory.demo.enabled=true",
					"--spring.datasource.url=jdbc:h2:mem:forecast-bench;DB_CLOSE_DELAY=-1")) {
			ForecastService forecasts = context.getBean(ForecastService.class);
			String planId = context.getBean(PlanCatalog.class).current().id();
			int asOf = forecasts.defaultYear(planId) - 2;
			double[] backtest = new double[repetitions];
			double[] all = new double[repetitions];
			int series = 0;
			int assessable = 0;
			for (int i = -warmups; i < repetitions; i++) {
				forecasts.inputsChanged();
				long start = System.nanoTime();
				forecasts.backtest(planId);
				long tested = System.nanoTime();
				List<PlanForecast> every = forecasts.forecastEveryZone(planId, asOf);
				long end = System.nanoTime();
				if (i >= 0) {
					backtest[i] = (tested - start) / 1e9;
					all[i] = (end - start) / 1e9;
				}
				series = every.stream().mapToInt((p) -> p.forecasts().size()).sum();
				assessable = (int) every.stream()
					.flatMap((p) -> p.forecasts().stream())
					.filter(SeriesForecast::assessable)
					.count();
			}
			System.out.printf(
					"plan %s, as of %d: %d indicator × zone series, %d forecast (the rest: too few figures or fixed)%n",
					planId, asOf, series, assessable);
			System.out.println("operation | min s | median s | max s");
			print("backtest (picks the method)", backtest);
			print("backtest + every indicator × zone forecast", all);
		}
	}

	private static void print(String name, double[] seconds) {
		double[] sorted = seconds.clone();
		Arrays.sort(sorted);
		System.out.printf("%s | %.3f | %.3f | %.3f%n", name, sorted[0], sorted[sorted.length / 2],
				sorted[sorted.length - 1]);
	}

}
