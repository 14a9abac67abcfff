package org.corridor.observatory.registry.enterprise;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements that read a plan's whole registry in credit-code or name order (the name
 * index's build, the chain cube's firms, the GeoJSON download of the firms) are planned
 * by H2 on the order's own index, read in order, with no sort.
 * <p>
 * The database is the platform's schema (every migration) in an H2 file, with firms and
 * statistics ({@code analyze}), closed and opened again, as a platform that restarts on
 * its registry finds it. Opened again, H2 lists the primary key of {@code enterprise}
 * (rebuilt by V17) after its two other indexes, and for {@code plan_id = ?} alone it
 * takes the industry index and sorts every firm: at a million firms 87 s for the name
 * index's first read against 9 s, 73 s for the located firms against 14 s
 * (bench/README.md, "Load"). Each test also shows the same statement without its bound
 * planned that way, so that the database is known to reproduce the fault.
 */
class WholeRegistryReadsTest {

	private static final String PLAN = "chengxi-2021";

	@TempDir
	static Path folder;

	private static String url;

	@BeforeAll
	static void registryOfAPlatformStartedAgain() throws SQLException {
		url = "jdbc:h2:file:" + folder.resolve("plans").toAbsolutePath();
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("insert into enterprise (plan_id, uscc, name, name_key, industry_code, chains, segments,"
					+ " lon, lat, input_crs, input_lon, input_lat, zones, demo, source, updated_at)" + " select '"
					+ PLAN + "', lpad(cast(x as varchar), 18, '0'), '杭州科技' || x, '杭州科技' || x,"
					+ " 'C' || mod(x, 40), '', '', case when mod(x, 5) > 0 then 120.0 end, 30.3, 'WGS84', 120.0, 30.3,"
					+ " '', false, 'test', current_timestamp from system_range(1, 3000)");
			statement.execute("analyze");
			statement.execute("shutdown");
		}
	}

	@Test
	void buildsTheNameIndexFromTheKeyAndTheNameIndexes() throws SQLException {
		assertThat(plan(NameIndexes.BY_CODE)).contains("PRIMARY_KEY").contains("/* index sorted */");
		assertThat(plan(NameIndexes.BY_NAME)).contains("ENTERPRISE_BY_NAME").contains("/* index sorted */");
		assertThat(plan(withoutBound(NameIndexes.BY_CODE))).contains("ENTERPRISE_BY_INDUSTRY")
			.contains("index sorted: 1 of 2 columns");
	}

	@Test
	void readsEveryFirmForTheChainsFromTheKey() throws SQLException {
		assertThat(plan(FirmTable.EVERY_FIRM)).contains("PRIMARY_KEY").contains("/* index sorted */");
		assertThat(plan(withoutBound(FirmTable.EVERY_FIRM))).doesNotContain("PRIMARY_KEY");
	}

	@Test
	void readsEveryLocatedFirmForTheGeoJsonDownloadFromTheKey() throws SQLException {
		String sql = EnterprisePositions.everyPlace(null, new ArrayList<>());
		assertThat(plan(sql)).contains("PRIMARY_KEY").contains("/* index sorted */");
		assertThat(plan(sql.replace(" and uscc >= ''", ""))).contains("ENTERPRISE_BY_INDUSTRY")
			.contains("index sorted: 1 of 2 columns");
	}

	private static String withoutBound(String sql) {
		String bound = EnterpriseFinder.fromTheStart(EnterpriseOrder.CODE);
		assertThat(sql).contains(bound);
		return sql.replace(bound, "");
	}

	/** H2's plan of the statement, its one parameter the plan id. */
	private static String plan(String sql) throws SQLException {
		assertThat(sql).contains("plan_id = ?");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
			explain.setString(1, PLAN);
			List<String> lines = new ArrayList<>();
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					lines.add(rs.getString(1));
				}
			}
			return String.join("\n", lines);
		}
	}

}
