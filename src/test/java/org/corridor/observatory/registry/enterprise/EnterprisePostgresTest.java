package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.corridor.observatory.geo.Crs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry on the PostgreSQL profile (127.0.0.1:5432, database {@code test}, a schema
 * of its own, dropped first): the V3 migration runs, an import stores, a second one
 * updates with a revision kept, and search works. Outside CI it is skipped when no server
 * answers; in CI ({@code CI=true}) a missing server fails it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=registry_it",
		"spring.datasource.username=postgres", "spring.flyway.schemas=registry_it", "observatory.demo.enabled=false" })
@ActiveProfiles("postgres")
class EnterprisePostgresTest {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseImportService service;

	@Autowired
	EnterpriseFinder finder;

	@BeforeAll
	static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists registry_it cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

	@Test
	void migratesAndUpsertsOnPostgres() {
		assertThat(this.jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo("registry_it");
		String third = EnterpriseFixtures.uscc("F1B2C3D4");
		ImportResult first = this.service.importFile("chengxi-2021", "firms.csv",
				EnterpriseFixtures.threeFirms(third, "1300000"), Crs.WGS84, ProgressListener.NONE);
		assertThat(first.inserted()).isEqualTo(3);
		ImportResult second = this.service.importFile("chengxi-2021", "firms.csv",
				EnterpriseFixtures.threeFirms(third, "1350000"), Crs.WGS84, ProgressListener.NONE);
		assertThat(second.updated()).isEqualTo(3);
		assertThat(second.revisions()).isEqualTo(1);
		assertThat(this.finder.countRevisions("chengxi-2021")).isEqualTo(1);
		assertThat(this.finder.find("chengxi-2021", EnterpriseFixtures.ALIBABA).orElseThrow().years())
			.extracting(EnterpriseFigures::revenue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1200000.5"), new BigDecimal("1350000"));
		EnterpriseQuery tencent = new EnterpriseQuery("騰訊", null, "CLOUD_BIG_DATA_CHAIN", "LISTED_COMPANY", null,
				EnterpriseOrder.NAME);
		assertThat(this.finder.count("chengxi-2021", tencent)).isEqualTo(new EnterpriseFinder.Total(1, false));
		assertThat(this.finder.search("chengxi-2021", tencent, null, 10).items()).hasSize(1);
	}

}
