package org.corridor.observatory.registry.enterprise;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The V6 migration, on H2 and on PostgreSQL (127.0.0.1:5432, database {@code test}, a
 * schema of its own, dropped first; skipped when no server answers, outside CI): a
 * database at V5 with firms and their copies in {@code place} is migrated, and a firm's
 * position ends up once, in the registry, the later one where the two differed; the
 * points of no registered firm are kept in {@code retired_place}; {@code place} is gone.
 */
class PlaceMigrationTest {

	static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

	static final String SCHEMA = "points_migration_it";

	static final String SAME = "91330100716105852F";

	static final String MOVED = "9144030071526726XG";

	static final String UNLOCATED = "91110108551385082Q";

	@Test
	void movesFirmPositionsIntoTheRegistryOnH2() {
		String url = "jdbc:h2:mem:place-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (SingleConnectionDataSource data = new SingleConnectionDataSource(url, "sa", "", true)) {
			migrate(Flyway.configure().dataSource(data), new JdbcTemplate(data));
			check(new JdbcTemplate(data));
		}
	}

	@Test
	void movesFirmPositionsIntoTheRegistryOnPostgres() {
		try (Connection connection = DriverManager.getConnection(PG, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
		try (SingleConnectionDataSource data = new SingleConnectionDataSource(PG + "?currentSchema=" + SCHEMA,
				"postgres", "", true)) {
			migrate(Flyway.configure().dataSource(data).schemas(SCHEMA), new JdbcTemplate(data));
			check(new JdbcTemplate(data));
		}
	}

	private static void migrate(FluentConfiguration flyway, JdbcTemplate jdbc) {
		flyway.locations("classpath:db/migration").target("5").load().migrate();
		Timestamp then = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
		Timestamp later = Timestamp.from(Instant.parse("2025-02-01T00:00:00Z"));
		jdbc.update("insert into plan (id, version, name_zh, name_en, start_year, end_year, baseline_year,"
				+ " outlook_year, loaded_at) values ('p', '1', '规划', 'plan', 2021, 2025, 2020, 2035, ?)", then);
		// as the enterprise import wrote them: the same position in both tables
		firm(jdbc, SAME, 120.02, 30.28, "CORRIDOR,CORE_AREA", then);
		place(jdbc, SAME, 120.02, 30.28, "CORRIDOR,CORE_AREA", "firms.csv", then);
		// moved later by a points file, which wrote place alone
		firm(jdbc, MOVED, 120.08, 30.29, "CORRIDOR,CORE_AREA", then);
		place(jdbc, MOVED, 119.807, 30.2452, "CORRIDOR,LINAN,QINGSHANHU_CIRCLE", "points.csv", later);
		// imported without a position, located by a points file
		jdbc.update("insert into enterprise (plan_id, uscc, name, name_key, industry_code, chains, segments, zones,"
				+ " demo, source, updated_at) values ('p', ?, '无位置', '无位置', 'I6513', '', '', '', false, 'f.csv', ?)",
				UNLOCATED, then);
		place(jdbc, UNLOCATED, 120.1, 30.3, "CORRIDOR", "points.csv", later);
		// a point of no registered firm
		place(jdbc, "F001", 120.2, 30.4, "CORRIDOR", "points.csv", later);
		flyway.target("latest").load().migrate();
	}

	private static void check(JdbcTemplate jdbc) {
		assertThat(position(jdbc, SAME)).containsExactly(120.02, 30.28, "GCJ02", "CORRIDOR,CORE_AREA");
		assertThat(position(jdbc, MOVED)).containsExactly(119.807, 30.2452, "GCJ02",
				"CORRIDOR,LINAN,QINGSHANHU_CIRCLE");
		assertThat(position(jdbc, UNLOCATED)).containsExactly(120.1, 30.3, "GCJ02", "CORRIDOR");
		assertThat(jdbc.query("select code, source from retired_place",
				(rs, row) -> rs.getString(1) + " from " + rs.getString(2)))
			.containsExactly("F001 from points.csv");
		assertThat(catchThrowable(() -> jdbc.queryForObject("select count(*) from place", Long.class)))
			.as("the place table is dropped")
			.isNotNull();
	}

	private static List<Object> position(JdbcTemplate jdbc, String uscc) {
		return jdbc.queryForObject("select lon, lat, input_crs, zones from enterprise where plan_id = 'p' and uscc = ?",
				(rs, row) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getString(3), rs.getString(4)), uscc);
	}

	private static void firm(JdbcTemplate jdbc, String uscc, double lon, double lat, String zones, Timestamp at) {
		jdbc.update(
				"insert into enterprise (plan_id, uscc, name, name_key, industry_code, chains, segments, lon, lat,"
						+ " input_crs, input_lon, input_lat, zones, demo, source, updated_at)"
						+ " values ('p', ?, ?, ?, 'I6513', '', '', ?, ?, 'GCJ02', ?, ?, ?, false, 'firms.csv', ?)",
				uscc, uscc, uscc, lon, lat, lon + 0.005, lat - 0.002, zones, at);
	}

	private static void place(JdbcTemplate jdbc, String code, double lon, double lat, String zones, String source,
			Timestamp at) {
		jdbc.update("insert into place (plan_id, kind, code, name_zh, lon, lat, input_crs, input_lon, input_lat,"
				+ " zones, demo, source, imported_at) values ('p', 'firm', ?, ?, ?, ?, 'GCJ02', ?, ?, ?, false, ?, ?)",
				code, code, lon, lat, lon + 0.005, lat - 0.002, zones, source, at);
	}

}
