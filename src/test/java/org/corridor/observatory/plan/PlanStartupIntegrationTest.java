package org.corridor.observatory.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The application starts on whichever valid pack it is given, and refuses an invalid one.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlanStartupIntegrationTest {

	@TempDir
	Path folder;

	@Test
	void servesAnotherPlanWithoutCodeChanges() {
		try (ConfigurableApplicationContext context = start("classpath:packs/riverside-2026")) {
			assertThat(context.getBean(PlanCatalog.class).current().id()).isEqualTo("riverside-2026");
			String csv = """
					indicator_code,zone_code,period,value
					RENEWABLE_SHARE,VALLEY,2025,40
					RENEWABLE_SHARE,VALLEY,2026,45
					ENERGY_INTENSITY,VALLEY,2026,0.41
					""";
			long batch = context.getBean(ObservationImportService.class)
				.importFile("riverside-2026", "valley.csv", csv.getBytes(StandardCharsets.UTF_8))
				.id();
			context.getBean(ObservationStore.class).publish("riverside-2026", batch);

			PlanEvaluation evaluation = context.getBean(EvaluationService.class)
				.evaluatePlan("riverside-2026", 2026, null);

			Map<String, IndicatorEvaluation> byCode = new HashMap<>();
			evaluation.indicators().forEach((e) -> byCode.put(e.indicatorCode(), e));
			// renewables: B = 40 observed in 2025, C = (45 − 40)/(60 − 40) = 0.25, τ =
			// 1/5, R = 1.25
			assertThat(byCode.get("RENEWABLE_SHARE").performanceRatio()).isCloseTo(1.25, within(1e-9));
			assertThat(byCode.get("RENEWABLE_SHARE").status()).isEqualTo(Status.ON_TRACK);
			// intensity, lower is better: B = 0.42 stated, C = (0.41 − 0.42)/(0.35 −
			// 0.42) = 0.1429, R = 0.714
			assertThat(byCode.get("ENERGY_INTENSITY").completion()).isCloseTo(1.0 / 7, within(1e-9));
			assertThat(byCode.get("ENERGY_INTENSITY").status()).isEqualTo(Status.OFF_TRACK);
			assertThat(byCode.get("RENEWABLE_SHARE").bindingShortfall()).isFalse();
		}
	}

	@Test
	void startsWithDemoDataOnAPlanWhosePeriodHasJustBegun() {
		// riverside-2026 runs 2026–2030: no complete year yet, so no demo firm-years, but
		// the platform registry and the demo loaders must still let it start
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.run("--observatory.plan.location=classpath:packs/riverside-2026", "--observatory.demo.enabled=true",
					"--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
			assertThat(context.getBean(PlanCatalog.class).current().id()).isEqualTo("riverside-2026");
			assertThat(context.getBean(EnterpriseFinder.class).count("riverside-2026")).isZero();
		}
	}

	@Test
	void refusesToStartOnAnInvalidPackWithTheWholeReport() {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		SamplePacks.replace(pack, "indicators.yaml", "comparator: le", "comparator: below");
		SamplePacks.replace(pack, "zones.yaml", "code: SOUTH_TOWN", "code: south town");

		assertThatThrownBy(() -> start(pack.toString()).close()).isInstanceOf(InvalidPlanPackException.class)
			.hasMessageContaining("indicators.yaml : indicators[1].targets[0].comparator")
			.hasMessageContaining("zones.yaml : zones[2].code");
	}

	@Test
	void refusesAnInvalidPackBeforeCreatingADatabaseFileAndSaysWhyWithoutAStackTrace(CapturedOutput output)
			throws IOException {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, Files.createDirectories(this.folder.resolve("pack")));
		SamplePacks.replace(pack, "indicators.yaml", "comparator: le", "comparator: below");
		Path data = Files.createDirectories(this.folder.resolve("data"));

		assertThatThrownBy(() -> new SpringApplicationBuilder(ObservatoryApplication.class).web(WebApplicationType.NONE)
			.run("--observatory.plan.location=" + pack, "--observatory.demo.enabled=false",
					"--spring.datasource.url=jdbc:h2:file:" + data.resolve("observatory"))
			.close()).isInstanceOf(InvalidPlanPackException.class);

		try (Stream<Path> files = Files.list(data)) {
			assertThat(files).isEmpty();
		}
		assertThat(output.getAll())
			.contains("APPLICATION FAILED TO START", "indicators[1].targets[0].comparator", "validate <pack>")
			.doesNotContain("\tat ");
	}

	private static ConfigurableApplicationContext start(String location) {
		// Command-line arguments, as a user would give them, take precedence over
		// application.properties.
		return new SpringApplicationBuilder(ObservatoryApplication.class).web(WebApplicationType.NONE)
			.run("--observatory.plan.location=" + location, "--observatory.demo.enabled=false",
					"--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

}
