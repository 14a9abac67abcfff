package org.corridor.observatory.registry.enterprise;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link NameSearchComparison} on the PostgreSQL profile (127.0.0.1:5432, database
 * {@code test}, schema {@code name_search_it}, dropped first), where the name order is
 * the database's collation, not Java's. Outside CI it is skipped when no server answers;
 * in CI ({@code CI=true}) a missing server fails it.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=name_search_it",
				"spring.datasource.username=postgres", "spring.flyway.schemas=name_search_it",
				"observatory.demo.enabled=false" })
@ActiveProfiles("postgres")
@DirtiesContext
class EnterpriseNameSearchPostgresTest extends NameSearchComparison {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@BeforeAll
	static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists name_search_it cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

}
