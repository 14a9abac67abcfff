package org.corridor.observatory.chain;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.corridor.observatory.chain.candidate.CandidateImportResult;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.chain.reference.ReferenceImportResult;
import org.corridor.observatory.chain.reference.ReferenceRegion;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain inputs on the PostgreSQL profile (127.0.0.1:5432, database {@code test}, a
 * schema of its own, dropped first): the V5 migration runs, DEMO candidates and a DEMO
 * reference load, and files replace them with the old rows kept. Outside CI it is skipped
 * when no server answers; in CI ({@code CI=true}) a missing server fails it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=chain_it",
		"spring.datasource.username=postgres", "spring.flyway.schemas=chain_it", "observatory.demo.enabled=true",
		"observatory.demo.firms=10", "observatory.demo.candidates=50" })
@ActiveProfiles("postgres")
class ChainInputsPostgresTest {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String PLAN = "chengxi-2021";

	@Autowired
	CandidateList candidates;

	@Autowired
	ReferenceRegion reference;

	@BeforeAll
	static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists chain_it cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

	@Test
	void loadsDemoDataAndReplacesItWithFilesOnPostgres() {
		assertThat(this.candidates.hasDemo(PLAN)).isTrue();
		assertThat(this.candidates.listCandidates(PLAN)).hasSize(50);
		assertThat(this.reference.hasDemo(PLAN)).isTrue();

		String list = "企业名称,统一社会信用代码,行业代码,环节,所在地区,营业收入,研发费用,从业人员\r\n" + "示例芯片设计有限公司,"
				+ EnterpriseFixtures.uscc("C1D2E3F4") + ",6520,IC_CHIP_DESIGN,深圳市南山区,350000.5,,1200\r\n";
		CandidateImportResult imported = this.candidates.importFile(PLAN, "候选.csv",
				list.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.replaced()).isEqualTo(50);
		assertThat(this.candidates.listCandidates(PLAN)).singleElement().satisfies((firm) -> {
			assertThat(firm.revenue()).isEqualByComparingTo("350000.5");
			assertThat(firm.rdSpending()).isNull();
			assertThat(firm.segments()).containsExactly("IC_CHIP_DESIGN");
		});
		assertThat(this.candidates.listBatches(PLAN)).hasSize(2);

		String figures = "参照区域,年度,环节,从业人员,营业收入\r\n" + "浙江省,2024,合计,38900000,\r\n"
				+ "浙江省,2024,IC_CHIP_DESIGN,56000,\r\n";
		ReferenceImportResult stored = this.reference.importFile(PLAN, "参照.csv",
				figures.getBytes(StandardCharsets.UTF_8));
		assertThat(stored.wholeReplaced()).isTrue();
		assertThat(this.reference.listFigures(PLAN)).hasSize(2);
		assertThat(this.reference.listRevisions(PLAN)).isNotEmpty()
			.allSatisfy((revision) -> assertThat(revision.figure().demo()).isTrue());
		ReferenceImportResult revised = this.reference.importFile(PLAN, "修订.csv",
				"参照区域,年度,环节,营业收入\r\n浙江省,2024,合计,1310000000\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(revised.replaced()).isEqualTo(2);
		assertThat(this.reference.listFigures(PLAN)).singleElement()
			.satisfies((figure) -> assertThat(figure.revenue()).isEqualByComparingTo("1310000000"));
	}

}
