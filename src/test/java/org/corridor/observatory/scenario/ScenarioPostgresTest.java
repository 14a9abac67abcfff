package org.corridor.observatory.scenario;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios on the PostgreSQL profile (127.0.0.1:5432, database {@code test}, a schema of
 * its own, dropped first): the V25 migration runs, versions are saved with their
 * assumptions and read back, a save of the same content makes none, archiving keeps them.
 * Outside CI it is skipped when no server answers; in CI ({@code CI=true}) a missing
 * server fails it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=scenario_it",
		"spring.datasource.username=postgres", "spring.flyway.schemas=scenario_it", "observatory.demo.enabled=true",
		"observatory.demo.firms=10", "observatory.demo.candidates=20" })
@ActiveProfiles("postgres")
class ScenarioPostgresTest {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String PLAN = "chengxi-2021";

	@Autowired
	Scenarios scenarios;

	@BeforeAll
	static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists scenario_it cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

	@Test
	void versionsAreKeptWithTheirAssumptions() {
		// the DEMO scenario saved at start (DemoScenarioLoader) is there already
		assertThat(this.scenarios.listScenarios(PLAN, true)).singleElement()
			.satisfies((demo) -> assertThat(demo.name()).startsWith("【演示】"));
		long firm = this.scenarios.candidates(PLAN).keySet().iterator().next();
		List<Assumption> first = List.of(Assumption.growth("DIGITAL_CORE_REVENUE", "XIHU", 2024, new BigDecimal("7.5")),
				Assumption.landing(firm, "XIHU", 2025), Assumption.boundary("LINPING", 2024, new BigDecimal("-50")));
		Scenario made = this.scenarios.create(PLAN, new ScenarioDraft("PG 情景", "说明", null, first));
		assertThat(made.current().assumptions()).hasSize(3);
		assertThat(made.current().assumptions().get(1).candidateName()).isNotBlank();
		assertThat(made.demo()).isTrue();
		assertThat(this.scenarios.save(PLAN, made.id(), new ScenarioDraft("PG 情景", "说明", null, first)).changed())
			.isFalse();
		Scenarios.Saved saved = this.scenarios.save(PLAN, made.id(), new ScenarioDraft("PG 情景", "说明", "第二版",
				List.of(Assumption.growth("DIGITAL_CORE_REVENUE", "XIHU", 2024, new BigDecimal("9")))));
		assertThat(saved.changed()).isTrue();
		assertThat(saved.scenario().versions()).extracting(ScenarioVersion.Summary::number).containsExactly(2, 1);
		ScenarioVersion old = this.scenarios.getVersion(PLAN, made.id(), 1);
		assertThat(old.assumptions().get(0).rate()).isEqualByComparingTo("7.5");
		assertThat(old.assumptions().get(2).rate()).isEqualByComparingTo("-50");
		this.scenarios.archive(PLAN, made.id());
		assertThat(this.scenarios.listScenarios(PLAN, false)).extracting(Scenario::id).doesNotContain(made.id());
		assertThat(this.scenarios.listScenarios(PLAN, true)).extracting(Scenario::id).contains(made.id()).hasSize(2);
	}

}
