package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The store's two write paths give the same registry: the same imports, in the same
 * order, on H2 (JDBC batches) and on PostgreSQL ({@code COPY} into staging tables, merged
 * set-wise; 127.0.0.1:5432, database {@code test}, schema {@code enterprise_copy_it}
 * dropped first). A DEMO load, a file that updates some of its firms (figures changed and
 * kept as revisions, positions, chains and tiers left out or replaced), a second DEMO
 * load that must not touch stored firms, and a re-import with one figure changed: each
 * step's result and then every stored row (firms with their DEMO marks and zones, yearly
 * figures, tiers, revisions) are compared. Outside CI it is skipped when no server
 * answers; in CI ({@code CI=true}) a missing server fails it.
 */
class EnterpriseCopyPostgresTest {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String SCHEMA = "enterprise_copy_it";

	private static final String PLAN = "chengxi-2021";

	@TempDir
	java.nio.file.Path folder;

	@Test
	void storesTheSameRegistryOnH2AndOnPostgres() {
		freshSchema();
		List<Object> h2;
		List<Object> postgres;
		try (ConfigurableApplicationContext context = start(
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("h2").toAbsolutePath())) {
			h2 = run(context);
		}
		// From 100 new rows on (every file here, by its size), the tables' keys and
		// indexes
		// are dropped and built again, with stored firms merged after they are.
		try (ConfigurableApplicationContext context = start("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA, "--spring.datasource.username=postgres",
				"--spring.flyway.schemas=" + SCHEMA, "--observatory.imports.rebuild-indexes-from=100")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
			String indexes = "select indexdef from pg_indexes where schemaname = current_schema()"
					+ " and tablename in ('enterprise', 'enterprise_year', 'enterprise_tier') order by indexname";
			List<String> before = jdbc.sql(indexes).query(String.class).list();
			postgres = run(context);
			assertThat(jdbc.sql(indexes).query(String.class).list()).hasSize(6).isEqualTo(before);
		}
		assertThat(postgres).hasSameSizeAs(h2);
		for (int i = 0; i < h2.size(); i++) {
			assertThat(postgres.get(i)).as("step or table %d", i).isEqualTo(h2.get(i));
		}
	}

	/**
	 * The imports, then their results and every stored row, comparable across engines.
	 */
	private static List<Object> run(ConfigurableApplicationContext context) {
		EnterpriseImportService service = context.getBean(EnterpriseImportService.class);
		Plan plan = context.getBean(PlanCatalog.class).getPlan(PLAN);
		List<Object> seen = new ArrayList<>();
		seen.add(service.importDemo(PLAN, "demo-1", rows(plan, firms(0, 300, 2023, "100", true))));
		// Firms 200..499: 100 demo firms updated (figures changed from 2023 on), 200 new;
		// odd
		// ones without a position, chains or tiers, which keep the stored ones.
		seen.add(service.importFile(PLAN, "update.csv", csv(firms(200, 500, 2023, "150", false)), Crs.GCJ02,
				ProgressListener.NONE));
		seen.add(service.importDemo(PLAN, "demo-2", rows(plan, firms(450, 600, 2024, "7", true))));
		seen.add(service.importFile(PLAN, "again.csv", csv(firms(200, 500, 2024, "150", false)), Crs.GCJ02,
				ProgressListener.NONE));
		// 1 500 firms, 1 300 of them new, whose last row repeats a year: refused, with
		// the
		// rows before it already on their way into the registry on PostgreSQL, and
		// nothing
		// changed.
		String good = firms(400, 1900, 2024, "9", false);
		String refused = good + good.substring(good.lastIndexOf('\n', good.length() - 2) + 1);
		seen.add(assertThrows(ImportRejectedException.class,
				() -> service.importFile(PLAN, "refused.csv", csv(refused), Crs.GCJ02, ProgressListener.NONE))
			.problems()
			.toString());
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		seen.add(table(jdbc, "select uscc, name, name_key, industry_code, chains, segments, lon, lat, input_crs,"
				+ " input_lon, input_lat, zones, demo, source from enterprise order by uscc"));
		seen.add(table(jdbc, "select uscc, fig_year, revenue, rd_spending, employees, invention_patents, demo, source"
				+ " from enterprise_year order by uscc, fig_year"));
		seen.add(table(jdbc, "select uscc, tier, gained, lost, demo from enterprise_tier order by uscc, tier, gained"));
		seen.add(table(jdbc, "select uscc, fig_year, revenue, rd_spending, employees, invention_patents, demo, source"
				+ " from enterprise_revision order by uscc, fig_year, revenue"));
		seen.add(table(jdbc, "select count(*) from enterprise where demo"));
		seen.add(table(jdbc, "select count(*) from enterprise where zones <> ''"));
		return seen;
	}

	/**
	 * Firms {@code from} to {@code to}, two years each up to {@code lastYear}, revenues
	 * from {@code base}; a DEMO file's firms all located with chains and tiers.
	 */
	static String firms(int from, int to, int lastYear, String base, boolean demo) {
		StringBuilder csv = new StringBuilder(EnterpriseFixtures.HEADER).append("\n");
		for (int i = from; i < to; i++) {
			String code = EnterpriseFixtures.uscc(String.format("T%07d", i));
			boolean full = demo || i % 2 == 0;
			String position = full ? String.format("%.5f,%.5f,", 120.00 + (i % 37) * 0.004, 30.22 + (i % 23) * 0.004)
					: ",,";
			for (int year = lastYear - 1; year <= lastYear; year++) {
				boolean first = year == lastYear - 1;
				csv.append(code)
					.append(",杭州测试")
					// a backslash, which COPY's text format escapes, in every tenth name
					.append((i % 10 == 0) ? "\\" : "")
					.append(i)
					.append(demo ? "號" : "号")
					.append("科技有限公司,")
					.append((i % 3 == 0) ? "I6513" : "C3961")
					.append(',')
					.append(full && first ? ((i % 3 == 0) ? "AI_CHAIN" : "IC_CHAIN") : "")
					.append(",,")
					.append(first ? position : ",,")
					.append(',')
					.append(full && first ? ((i % 5 == 0) ? "TECH_SME:2019-05-01~2023-12-31;UNICORN:2022-03-01"
							: "TECH_SME:2020-01-0" + (1 + i % 9)) : "")
					.append(',')
					.append(year)
					.append(',')
					.append(new BigDecimal(base).add(BigDecimal.valueOf(i, 1)).add(BigDecimal.valueOf(year - 2000)))
					.append(',')
					.append((i % 4 == 0) ? "" : String.valueOf(i % 11))
					.append(',')
					.append(10 + i % 50)
					.append(',')
					.append((i % 7 == 0) ? "" : "2")
					.append('\n');
			}
		}
		return csv.toString();
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<EnterpriseRow> rows(Plan plan, String text) {
		return EnterpriseFileReader.read("demo.csv", csv(text), Crs.GCJ02, codes(plan, ItemKind.CHAIN),
				codes(plan, ItemKind.SEGMENT), codes(plan, ItemKind.ENTERPRISE_TIER), LocalDate.of(2025, 6, 30));
	}

	private static Set<String> codes(Plan plan, ItemKind kind) {
		return plan.listItems(kind).stream().map(Item::code).collect(Collectors.toSet());
	}

	/** Every row as text, numbers by value (1.5 and 1.5000 alike). */
	private static List<String> table(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query((rs, row) -> {
			List<String> cells = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				Object value = rs.getObject(i);
				cells.add((value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
						: (value instanceof Number number) ? String.valueOf(number.doubleValue())
								: String.valueOf(value));
			}
			return String.join("|", cells);
		}).list();
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--observatory.demo.enabled=false"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(ObservatoryApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(all.toArray(String[]::new));
	}

	private static void freshSchema() {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

}
