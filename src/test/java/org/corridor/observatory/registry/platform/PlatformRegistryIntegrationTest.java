package org.corridor.observatory.registry.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The platform registry end to end: seeded from the plan, updated by a file with the old
 * record kept, a bad file changing nothing, served by the API and counted by a computed
 * indicator.
 */
class PlatformRegistryIntegrationTest {

	static final String PLAN = "chengxi-2021";

	static final String HEADER = "平台代码,平台名称,平台类型,级别,建成运行日期,获批认定日期,经度,纬度,坐标系";

	@TempDir
	Path folder;

	@Test
	void seedsImportsServesAndCounts() throws IOException {
		// the sample indicator is re-used with a platform query: national technology
		// innovation centres accredited, the plan's own example of a computed indicator
		Path pack = SamplePacks.withComputed(this.folder,
				"subject: platforms, measure: count, types: [NATIONAL_TECH_INNOVATION_CENTRE], status: accredited");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--observatory.plan.location=" + pack, "--observatory.demo.enabled=false", "--server.port=0",
					"--spring.datasource.url=jdbc:h2:mem:platforms-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
			PlatformRegistry registry = context.getBean(PlatformRegistry.class);
			int named = SamplePacks.corridor().listItems(ItemKind.PLATFORM).size();
			List<Platform> seeded = registry.search(PLAN, PlatformFilter.ALL);
			assertThat(seeded).hasSize(named).allSatisfy((platform) -> assertThat(platform.inPlan()).isTrue());
			Platform facility = registry.findPlatform(PLAN, "ZJU_HYPERGRAVITY_FACILITY").orElseThrow();
			assertThat(facility.level()).isEqualTo("national");
			assertThat(facility.statusOn(LocalDate.of(2021, 1, 1))).isEqualTo(PlatformStatus.UNDER_CONSTRUCTION);
			Platform lab = registry.findPlatform(PLAN, "ZHIJIANG_LAB").orElseThrow();
			assertThat(lab.location()).isNotNull();
			assertThat(lab.zones()).contains("CORE_AREA");
			assertThat(lab.stages()).isEmpty();
			// seeding again adds nothing
			assertThat(registry.seed(SamplePacks.corridor()).added()).isZero();

			String csv = HEADER + "\r\n" + "ZHIJIANG_LAB,之江实验室,PROVINCIAL_LAB,,2018-09-01,,,,\r\n"
					+ "TIC_A,甲技术创新中心,NATIONAL_TECH_INNOVATION_CENTRE,,2021-05-01,2022-06-30,120.08,30.28,wgs84\r\n"
					+ "TIC_B,乙技术创新中心,国家技术创新中心,,2022-01-01,2024-03-01,,,\r\n"
					+ "TIC_C,丙技术创新中心,NATIONAL_TECH_INNOVATION_CENTRE,,2023-01-01,,,,\r\n";
			PlatformImportResult result = registry.importFile(PLAN, "平台.csv", csv.getBytes(StandardCharsets.UTF_8),
					Crs.WGS84);
			assertThat(result).isEqualTo(new PlatformImportResult(4, 3, 1, 0, false));
			Platform updated = registry.findPlatform(PLAN, "ZHIJIANG_LAB").orElseThrow();
			assertThat(updated.reached(PlatformStatus.OPERATING)).isEqualTo(LocalDate.of(2018, 9, 1));
			assertThat(updated.location()).isEqualTo(lab.location());
			assertThat(updated.domains()).isEqualTo(lab.domains());
			assertThat(updated.inPlan()).isTrue();
			assertThat(registry.listRevisions(PLAN, "ZHIJIANG_LAB")).singleElement().satisfies((revision) -> {
				assertThat(revision.source()).isEqualTo(PlatformRegistry.PLAN_TEXT);
				assertThat(revision.replacedBy()).isEqualTo("平台.csv");
				assertThat(revision.record()).contains("name=之江实验室").doesNotContain("operating=");
			});
			assertThat(registry.findPlatform(PLAN, "TIC_B").orElseThrow().level()).isEqualTo("national");

			String bad = HEADER + "\r\n" + "TIC_A,甲技术创新中心,NATIONAL_TECH_INNOVATION_CENTRE,,2021-05-01,2020-01-01,,,\r\n"
					+ "TIC_D,丁,NATIONAL_TECH_INNOVATION_CENTRE,,,,,,\r\n";
			assertThat(catchThrowableOfType(ImportRejectedException.class,
					() -> registry.importFile(PLAN, "bad.csv", bad.getBytes(StandardCharsets.UTF_8), Crs.WGS84))
				.problems()).singleElement().satisfies((problem) -> assertThat(problem.row()).isEqualTo(2));
			assertThat(registry.findPlatform(PLAN, "TIC_D")).isEmpty();
			assertThat(registry.search(PLAN, PlatformFilter.ALL)).hasSize(named + 3);

			EvaluationService evaluations = context.getBean(EvaluationService.class);
			IndicatorEvaluation in2023 = evaluations.evaluateIndicator(PLAN, "AI_CHAIN_REVENUE", 2023, null);
			assertThat(in2023.actual()).isEqualTo(1.0);
			assertThat(in2023.working().get(0).formula())
				.isEqualTo("count platforms where type=NATIONAL_TECH_INNOVATION_CENTRE and status=accredited");
			assertThat(evaluations.evaluateIndicator(PLAN, "AI_CHAIN_REVENUE", 2024, null).actual()).isEqualTo(2.0);
			// TIC_A stands in the core area; TIC_B has no position, so no zone holds it
			assertThat(registry.findPlatform(PLAN, "TIC_A").orElseThrow().zones()).contains("CORE_AREA");
			assertThat(evaluations.evaluateIndicator(PLAN, "AI_CHAIN_REVENUE", 2024, "CORE_AREA").actual())
				.isEqualTo(1.0);

			RestClient http = RestClient.create("http://localhost" + ":"
					+ context.getEnvironment().getProperty("local.server.port") + "/api/v1/plans/" + PLAN);
			JsonNode records = http.get()
				.uri("/evaluations/AI_CHAIN_REVENUE/records?year=2024")
				.headers((headers) -> headers.setBearerAuth(context.getBean(TestAccounts.class).token()))
				.retrieve()
				.body(JsonNode.class);
			assertThat(records.path("data").path("total").asLong()).isEqualTo(2);
			assertThat(records.path("data").path("records").findValuesAsText("code")).containsExactly("TIC_A", "TIC_B");

			JsonNode found = http.get().uri("/platforms?q=之江實驗室").retrieve().body(JsonNode.class);
			assertThat(found.path("demo").asBoolean()).isFalse();
			assertThat(found.path("data").findValuesAsText("code")).containsExactly("ZHIJIANG_LAB");
			JsonNode operating = http.get()
				.uri("/platforms?type=NATIONAL_TECH_INNOVATION_CENTRE&status=accredited")
				.retrieve()
				.body(JsonNode.class);
			assertThat(operating.path("data").findValuesAsText("code")).containsExactly("TIC_A", "TIC_B");
			JsonNode detail = http.get().uri("/platforms/ZHIJIANG_LAB").retrieve().body(JsonNode.class);
			assertThat(detail.path("data").path("platform").path("status").asText()).isEqualTo("OPERATING");
			assertThat(detail.path("data").path("revisions")).hasSize(1);

			byte[] export = http.get()
				.uri("/platforms/export.xlsx?type=NATIONAL_TECH_INNOVATION_CENTRE")
				.retrieve()
				.body(byte[].class);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
				assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("平台代码");
				assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
				// the type by its name, not its code
				assertThat(workbook.getSheetAt(0).getRow(1).getCell(PlatformColumn.TYPE.ordinal()).getStringCellValue())
					.isEqualTo("国家技术创新中心");
			}
			// an export goes back in unchanged, in either language
			assertThat(registry.importFile(PLAN, "export.xlsx", export, Crs.WGS84))
				.isEqualTo(new PlatformImportResult(3, 0, 0, 3, false));
			byte[] english = http.get()
				.uri("/platforms/export.xlsx?type=NATIONAL_TECH_INNOVATION_CENTRE&lang=en")
				.retrieve()
				.body(byte[].class);
			assertThat(registry.importFile(PLAN, "export-en.xlsx", english, Crs.WGS84))
				.isEqualTo(new PlatformImportResult(3, 0, 0, 3, false));
		}
	}

}
