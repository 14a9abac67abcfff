package org.corridor.observatory.chain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.TestAccounts;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.chain.candidate.CandidateBatch;
import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateImportResult;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.chain.reference.ReferenceFigure;
import org.corridor.observatory.chain.reference.ReferenceImportResult;
import org.corridor.observatory.chain.reference.ReferenceRegion;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The two inputs of the chain analysis end to end: candidate lists imported whole, a new
 * list replacing the old one which is kept, reference figures replaced by year with the
 * old ones kept, rejected files changing nothing, the API with its templates and
 * problems, and DEMO labels when demo data is loaded.
 */
class ChainInputsIntegrationTest {

	static final String PLAN = "chengxi-2021";

	static final String CANDIDATES = "企业名称,统一社会信用代码,行业代码,环节,所在地区,营业收入,研发费用,从业人员\r\n";

	static final String REFERENCE = "参照区域,年度,环节,从业人员,营业收入,来源\r\n";

	static final String FIRST = EnterpriseFixtures.uscc("C1D2E3F4");

	static final String SECOND = EnterpriseFixtures.uscc("A7B8C9D0");

	@Test
	void importsReplacesKeepsAndServesTheCandidatesAndTheReference() throws IOException {
		try (ConfigurableApplicationContext context = start("--observatory.demo.enabled=false")) {
			CandidateList candidates = context.getBean(CandidateList.class);
			ReferenceRegion reference = context.getBean(ReferenceRegion.class);
			assertThat(candidates.listCandidates(PLAN)).isEmpty();
			assertThat(reference.listFigures(PLAN)).isEmpty();

			String list = CANDIDATES + "深圳示例芯片設計有限公司," + FIRST + ",I6520,IC_CHIP_DESIGN,深圳市南山区,350000,42000,1200\r\n"
					+ "上海示例软件有限公司,,6513,AI_APPLICATION_SCENARIOS、AI_SMART_TERMINALS,上海市浦东新区,,,\r\n";
			CandidateImportResult first = candidates.importFile(PLAN, "候选一.csv", list.getBytes(Charset.forName("GBK")));
			assertThat(first.candidates()).isEqualTo(2);
			assertThat(first.replaced()).isZero();
			assertThat(first.demo()).isFalse();
			assertThat(candidates.listCandidates(PLAN)).extracting(CandidateFirm::name)
				.containsExactly("深圳示例芯片設計有限公司", "上海示例软件有限公司");
			CandidateFirm chip = candidates.listCandidates(PLAN).get(0);
			assertThat(chip.industryCode()).isEqualTo("I6520");
			assertThat(chip.uscc()).isEqualTo(FIRST);
			assertThat(chip.revenue()).isEqualByComparingTo("350000");
			assertThat(chip.source()).isEqualTo("候选一.csv");
			assertThat(candidates.listCandidates(PLAN).get(1).segments()).containsExactly("AI_APPLICATION_SCENARIOS",
					"AI_SMART_TERMINALS");

			// a new list replaces the whole list; the old one is kept
			String second = CANDIDATES + "北京示例智能科技有限公司," + SECOND
					+ ",C3983,AI_SENSING_BIG_DATA_INTELLIGENCE,北京市海淀区,,,\r\n";
			CandidateImportResult replacing = candidates.importFile(PLAN, "候选二.csv",
					second.getBytes(StandardCharsets.UTF_8));
			assertThat(replacing.candidates()).isEqualTo(1);
			assertThat(replacing.replaced()).isEqualTo(2);
			assertThat(candidates.listCandidates(PLAN)).extracting(CandidateFirm::uscc).containsExactly(SECOND);
			List<CandidateBatch> lists = candidates.listBatches(PLAN);
			assertThat(lists).extracting(CandidateBatch::source).containsExactly("候选二.csv", "候选一.csv");
			assertThat(lists.get(0).replacedAt()).isNull();
			assertThat(lists.get(1).replacedAt()).isNotNull();
			assertThat(candidates.listCandidates(PLAN, first.listId())).extracting(CandidateFirm::name)
				.containsExactly("深圳示例芯片設計有限公司", "上海示例软件有限公司");

			// a bad file changes nothing
			String bad = CANDIDATES + "甲公司,,6520,,,,,\r\n" + "甲公司,,6520,NO_SUCH_SEGMENT,,,,\r\n";
			assertThat(catchThrowableOfType(ImportRejectedException.class,
					() -> candidates.importFile(PLAN, "bad.csv", bad.getBytes(StandardCharsets.UTF_8)))
				.problems()).extracting(ImportProblemRow::of)
				.containsExactly(new ImportProblemRow(3, "企业名称"), new ImportProblemRow(3, "环节"));
			assertThat(candidates.listBatches(PLAN)).hasSize(2);
			assertThat(candidates.listCandidates(PLAN)).extracting(CandidateFirm::uscc).containsExactly(SECOND);
			assertThat(candidates.hasDemo(PLAN)).isFalse();
			// demo candidates never replace a list from a file
			assertThat(candidates.importDemo(PLAN, List.of(chip)).listId()).isZero();
			assertThat(candidates.listBatches(PLAN)).hasSize(2);

			String zhejiang = REFERENCE + "浙江省,2023,合计,38600000,1250000000,统计年鉴\r\n"
					+ "浙江省,2023,IC_CHIP_DESIGN,52000,3100000,\r\n" + "浙江省,2024,合计,38900000,1310000000,统计年鉴\r\n"
					+ "浙江省,2024,IC_CHIP_DESIGN,56000,3400000,\r\n";
			ReferenceImportResult stored = reference.importFile(PLAN, "参照.csv",
					zhejiang.getBytes(Charset.forName("GBK")));
			assertThat(stored.figures()).isEqualTo(4);
			assertThat(stored.years()).containsExactly(2023, 2024);
			assertThat(stored.replaced()).isZero();
			assertThat(reference.listFigures(PLAN)).extracting(ReferenceFigure::year, ReferenceFigure::segment)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2023, null),
						org.assertj.core.groups.Tuple.tuple(2023, "IC_CHIP_DESIGN"),
						org.assertj.core.groups.Tuple.tuple(2024, null),
						org.assertj.core.groups.Tuple.tuple(2024, "IC_CHIP_DESIGN"));

			// a revised 2024 replaces 2024 only, and the old 2024 is kept
			String revised = REFERENCE + "浙江省,2024,合计,39000000,1320000000,统计年鉴（修订）\r\n";
			ReferenceImportResult revision = reference.importFile(PLAN, "修订.csv",
					revised.getBytes(StandardCharsets.UTF_8));
			assertThat(revision.replaced()).isEqualTo(2);
			assertThat(revision.wholeReplaced()).isFalse();
			assertThat(reference.listFigures(PLAN)).extracting(ReferenceFigure::year, ReferenceFigure::segment)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2023, null),
						org.assertj.core.groups.Tuple.tuple(2023, "IC_CHIP_DESIGN"),
						org.assertj.core.groups.Tuple.tuple(2024, null));
			assertThat(reference.listFigures(PLAN).get(2).employees()).isEqualByComparingTo("39000000");
			assertThat(reference.listRevisions(PLAN)).hasSize(2).allSatisfy((old) -> {
				assertThat(old.figure().year()).isEqualTo(2024);
				assertThat(old.replacedBy()).isEqualTo("修订.csv");
			});

			// a bad file changes nothing
			String noTotal = REFERENCE + "浙江省,2022,IC_CHIP_DESIGN,50000,,\r\n";
			assertThat(catchThrowableOfType(ImportRejectedException.class,
					() -> reference.importFile(PLAN, "bad.csv", noTotal.getBytes(StandardCharsets.UTF_8)))
				.problems()).singleElement().satisfies((problem) -> assertThat(problem.zh()).contains("没有合计行"));
			assertThat(reference.listFigures(PLAN)).hasSize(3);
			assertThat(reference.listRevisions(PLAN)).hasSize(2);

			// another region replaces every year: two regions cannot be compared year
			// with
			// year
			String hangzhou = REFERENCE + "杭州市,2024,合计,8000000,,\r\n";
			ReferenceImportResult city = reference.importFile(PLAN, "杭州.csv",
					hangzhou.getBytes(StandardCharsets.UTF_8));
			assertThat(city.wholeReplaced()).isTrue();
			assertThat(city.replaced()).isEqualTo(3);
			assertThat(reference.listFigures(PLAN)).singleElement()
				.satisfies((figure) -> assertThat(figure.region()).isEqualTo("杭州市"));
			assertThat(reference.listRevisions(PLAN)).hasSize(5);

			TestRestTemplate http = http(context);
			JsonNode served = http.getForObject(base("/candidates"), JsonNode.class);
			assertThat(served.path("demo").asBoolean()).isFalse();
			assertThat(served.path("notice").isNull()).isTrue();
			assertThat(served.path("data").findValuesAsText("uscc")).containsExactly(SECOND);
			JsonNode figures = http.getForObject(base("/reference"), JsonNode.class);
			assertThat(figures.path("data").get(0).path("region").asText()).isEqualTo("杭州市");
			assertThat(figures.path("data").get(0).path("segment").isNull()).isTrue();
			assertThat(http.getForObject(base("/reference/revisions"), JsonNode.class).path("data")).hasSize(5);
			assertThat(http.getForObject(base("/candidates/lists"), JsonNode.class).path("data")).hasSize(2);

			ResponseEntity<JsonNode> posted = Uploads.upload(http, base("/candidates"), "候选一.csv",
					list.getBytes(Charset.forName("GBK")));
			assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(posted.getBody().path("candidates").asInt()).isEqualTo(2);
			assertThat(posted.getBody().path("replaced").asInt()).isEqualTo(1);
			ResponseEntity<JsonNode> rejected = Uploads.upload(http, base("/candidates"), "bad.csv",
					bad.getBytes(StandardCharsets.UTF_8));
			assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(rejected.getBody().path("title").asText()).contains("nothing was changed");
			assertThat(rejected.getBody().path("problems")).hasSize(2);
			assertThat(rejected.getBody().path("problems").get(0).path("row").asInt()).isEqualTo(3);
			assertThat(rejected.getBody().path("problems").get(0).path("column").asText()).isEqualTo("企业名称");
			assertThat(rejected.getBody().path("problems").get(0).path("en").asText()).isNotBlank();
			ResponseEntity<JsonNode> posted2 = Uploads.upload(http, base("/reference"), "参照.csv",
					zhejiang.getBytes(StandardCharsets.UTF_8));
			assertThat(posted2.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(posted2.getBody().path("wholeReplaced").asBoolean()).isTrue();
			ResponseEntity<JsonNode> rejected2 = Uploads.upload(http, base("/reference"), "bad.csv",
					noTotal.getBytes(StandardCharsets.UTF_8));
			assertThat(rejected2.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(rejected2.getBody().path("problems").get(0).path("column").asText()).isEqualTo("环节");
			assertThat(reference.listFigures(PLAN)).hasSize(4);

			for (String path : List.of("/candidates/template.xlsx", "/reference/template.xlsx")) {
				byte[] template = http.getForObject(base(path), byte[].class);
				try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
					assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
				}
			}
			assertThat(http.getForObject(base("/candidates/template.csv"), byte[].class)).isNotEmpty();
			assertThat(new String(http.getForObject(base("/reference/template.csv"), byte[].class),
					StandardCharsets.UTF_8))
				.startsWith("\uFEFF参照区域,年度,环节");
			assertThat(http.getForEntity("/api/v1/plans/no-such-plan/candidates", JsonNode.class).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void demoCandidatesAndADemoReferenceAreLoadedAndLabelled() {
		try (ConfigurableApplicationContext context = start("--observatory.demo.enabled=true",
				"--observatory.demo.firms=10")) {
			TestRestTemplate http = http(context);
			JsonNode candidates = http.getForObject(base("/candidates"), JsonNode.class);
			assertThat(candidates.path("demo").asBoolean()).isTrue();
			assertThat(candidates.path("notice").asText()).startsWith("DEMO");
			assertThat(candidates.path("data")).hasSize(200)
				.allSatisfy((firm) -> assertThat(firm.path("name").asText()).startsWith("【演示】"))
				.allSatisfy((firm) -> assertThat(firm.path("demo").asBoolean()).isTrue());
			JsonNode reference = http.getForObject(base("/reference"), JsonNode.class);
			assertThat(reference.path("demo").asBoolean()).isTrue();
			assertThat(reference.path("notice").asText()).startsWith("DEMO");
			assertThat(reference.path("data").findValuesAsText("region")).containsOnly("【演示】参照区域");
			assertThat(reference.path("data").findValuesAsText("year")).contains("2021", "2025");

			// a real list and a real reference replace the demo ones, which are kept
			CandidateList list = context.getBean(CandidateList.class);
			list.importFile(PLAN, "候选.csv",
					(CANDIDATES + "上海示例软件有限公司,,6513,,,,,\r\n").getBytes(StandardCharsets.UTF_8));
			assertThat(list.hasDemo(PLAN)).isFalse();
			assertThat(list.listBatches(PLAN)).extracting(CandidateBatch::demo).containsExactly(false, true);
			JsonNode real = http.getForObject(base("/candidates"), JsonNode.class);
			assertThat(real.path("demo").asBoolean()).isFalse();
			ReferenceRegion region = context.getBean(ReferenceRegion.class);
			ReferenceImportResult stored = region.importFile(PLAN, "参照.csv",
					(REFERENCE + "浙江省,2024,合计,38900000,,\r\n").getBytes(StandardCharsets.UTF_8));
			assertThat(stored.wholeReplaced()).isTrue();
			assertThat(region.hasDemo(PLAN)).isFalse();
			assertThat(region.listFigures(PLAN)).singleElement()
				.satisfies((figure) -> assertThat(figure.demo()).isFalse());
			assertThat(http.getForObject(base("/reference"), JsonNode.class).path("demo").asBoolean()).isFalse();
		}
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		String[] all = new String[arguments.length + 2];
		System.arraycopy(arguments, 0, all, 0, arguments.length);
		all[arguments.length] = "--server.port=0";
		all[arguments.length + 1] = "--spring.datasource.url=jdbc:h2:mem:chain-inputs-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1";
		return new SpringApplicationBuilder(ObservatoryApplication.class).web(WebApplicationType.SERVLET).run(all);
	}

	private static TestRestTemplate http(ConfigurableApplicationContext context) {
		return TestAccounts.client(context);
	}

	private static String base(String path) {
		return "/api/v1/plans/" + PLAN + path;
	}

	/** Where a problem is, to compare lists of them. */
	record ImportProblemRow(int row, String column) {

		static ImportProblemRow of(org.corridor.observatory.tabular.ImportProblem problem) {
			return new ImportProblemRow(problem.row(), problem.column());
		}

	}

}
