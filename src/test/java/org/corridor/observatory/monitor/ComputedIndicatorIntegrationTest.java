package org.corridor.observatory.monitor;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.ProgressListener;
import org.corridor.observatory.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A computed indicator is evaluated from the enterprise registry like a reported one, and
 * the records behind its figure are listed.
 */
class ComputedIndicatorIntegrationTest {

	static final String HEADER = "统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,梯队,年度,营业收入,研发费用,从业人员,发明专利";

	static final String A = "91330100716105852F";

	static final String B = "9144030071526726XG";

	static final String C = "91110108551385082Q";

	@TempDir
	Path folder;

	@Test
	void evaluatesTheSumOfTheMatchingFirmsAndListsThem() {
		Path pack = SamplePacks.withComputed(this.folder, "measure: sum, figure: revenue, chain: AI_CHAIN");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--observatory.plan.location=" + pack, "--observatory.demo.enabled=false", "--server.port=0",
					"--spring.datasource.url=jdbc:h2:mem:computed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
			String csv = HEADER + "\r\n" + A + ",甲公司,I6513,AI_CHAIN,,,,,,2023,100,,,\r\n" + A
					+ ",甲公司,I6513,AI_CHAIN,,,,,,2024,150.5,,,\r\n" + B
					+ ",乙公司,I6513,\"AI_CHAIN,CLOUD_BIG_DATA_CHAIN\",,,,,,2023,40,,,\r\n" + B
					+ ",乙公司,I6513,,,,,,,2024,60,,,\r\n" + C + ",丙公司,C3961,IC_CHAIN,,,,,,2023,1000,,,\r\n" + C
					+ ",丙公司,C3961,,,,,,,2024,1000,,,\r\n";
			context.getBean(EnterpriseImportService.class)
				.importFile("chengxi-2021", "firms.csv", csv.getBytes(Charset.forName("GBK")), Crs.WGS84,
						ProgressListener.NONE);

			EvaluationService evaluations = context.getBean(EvaluationService.class);
			IndicatorEvaluation in2024 = evaluations.evaluateIndicator("chengxi-2021", "AI_CHAIN_REVENUE", 2024, null);
			assertThat(in2024.actual()).isCloseTo(210.5, within(1e-9));
			assertThat(in2024.demo()).isFalse();
			assertThat(in2024.working().get(0).formula()).isEqualTo("sum revenue where chain=AI_CHAIN");
			assertThat(evaluations.evaluateIndicator("chengxi-2021", "AI_CHAIN_REVENUE", 2023, null).actual())
				.isCloseTo(140.0, within(1e-9));
			List<IndicatorEvaluation> history = evaluations.history("chengxi-2021", "AI_CHAIN_REVENUE", null);
			assertThat(history).filteredOn((evaluation) -> evaluation.year() == 2024)
				.singleElement()
				.satisfies((evaluation) -> assertThat(evaluation.actual()).isCloseTo(210.5, within(1e-9)));
			assertThat(evaluations.evaluatePlan("chengxi-2021", 2024, null).indicators())
				.filteredOn((evaluation) -> evaluation.indicatorCode().equals("AI_CHAIN_REVENUE"))
				.singleElement()
				.satisfies((evaluation) -> assertThat(evaluation.actual()).isCloseTo(210.5, within(1e-9)));

			String port = context.getEnvironment().getProperty("local.server.port");
			JsonNode records = RestClient.create("http://localhost:" + port)
				.get()
				.uri("/api/v1/plans/chengxi-2021/evaluations/AI_CHAIN_REVENUE/records?year=2024")
				.headers((headers) -> headers.setBearerAuth(context.getBean(TestAccounts.class).token()))
				.retrieve()
				.body(JsonNode.class);
			assertThat(records.path("demo").asBoolean()).isFalse();
			assertThat(records.path("data").path("total").asLong()).isEqualTo(2);
			JsonNode listed = records.path("data").path("records");
			assertThat(listed).hasSize(2);
			assertThat(listed.get(0).path("code").asText()).isEqualTo(A);
			assertThat(listed.get(0).path("name").asText()).isEqualTo("甲公司");
			assertThat(listed.get(0).path("value").decimalValue()).isEqualByComparingTo("150.5");
			assertThat(listed.get(1).path("code").asText()).isEqualTo(B);
			assertThat(listed.get(1).path("value").decimalValue()).isEqualByComparingTo("60");
		}
	}

}
