package org.corridor.observatory.monitor;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL profile against the real server on 127.0.0.1:5432 (database
 * {@code test}): the same Flyway migrations, the plan written at start-up, figures
 * stored, replaced with a revision kept, and evaluated. The test uses a schema of its
 * own, dropped first. Outside CI it is skipped when no server answers; in CI
 * ({@code CI=true}) a missing server fails it.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=observatory_it",
				"spring.datasource.username=postgres", "spring.flyway.schemas=observatory_it",
				"observatory.demo.enabled=true" })
@ActiveProfiles("postgres")
class PostgresProfileIntegrationTest {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObservationStore store;

	@Autowired
	EvaluationService evaluations;

	@BeforeAll
	static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists observatory_it cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

	@Test
	void runsTheSameMigrationsAndStoresAndEvaluatesFiguresOnPostgres() {
		assertThat(this.jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo("observatory_it");
		assertThat(this.jdbc.sql("select count(*) from plan_indicator where plan_id = 'chengxi-2021'")
			.query(Integer.class)
			.single()).isEqualTo(6);
		assertThat(this.store.hasDemo("chengxi-2021")).isTrue();

		this.store.store("chengxi-2021", "real.csv", "csv", "UTF-8", List.of(
				new ObservationRecord("DIGITAL_CORE_REVENUE", "CORRIDOR", 2020, new BigDecimal("5000"), "统计局", null),
				new ObservationRecord("DIGITAL_CORE_REVENUE", "CORRIDOR", 2023, new BigDecimal("8200"), "统计局", null)),
				false);

		assertThat(this.store.countRevisions("chengxi-2021")).isEqualTo(2);
		IndicatorEvaluation evaluation = this.evaluations.evaluateIndicator("chengxi-2021", "DIGITAL_CORE_REVENUE",
				2023, null);
		assertThat(evaluation.actual()).isEqualTo(8200.0);
		assertThat(evaluation.baselineValue()).isEqualTo(5000.0);
		assertThat(evaluation.completion()).isCloseTo(0.64, org.assertj.core.data.Offset.offset(1e-9));
	}

}
