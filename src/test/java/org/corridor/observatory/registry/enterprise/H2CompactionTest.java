package org.corridor.observatory.registry.enterprise;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.geo.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large import on an H2 file database is followed by the compaction step, online: the
 * file written by the import's one transaction shrinks to a fraction, and the database
 * stays open and whole. The threshold is lowered so that a test-sized file counts as
 * large.
 */
class H2CompactionTest {

	@TempDir
	Path folder;

	@Test
	void compactsTheFileAfterALargeImportAndStaysUsable() throws Exception {
		Path database = this.folder.resolve("db");
		Path file = this.folder.resolve("db.mv.db");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoryApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--observatory.demo.enabled=false", "--observatory.imports.compact-after-rows=1000",
					"--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath())) {
			AtomicLong beforeCompaction = new AtomicLong();
			byte[] csv = EnterpriseCopyPostgresTest.firms(0, 20_000, 2024, "100", false)
				.getBytes(StandardCharsets.UTF_8);
			ImportResult result = context.getBean(EnterpriseImportService.class)
				.importFile("chengxi-2021", "large.csv", csv, Crs.GCJ02, (phase, done, total) -> {
					if (phase.equals("compacting")) {
						beforeCompaction.set(size(file));
					}
				});
			assertThat(result.inserted()).isEqualTo(20_000);
			assertThat(beforeCompaction.get()).isPositive();
			assertThat(size(file)).isLessThan(beforeCompaction.get() / 2);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from enterprise_year").query(Long.class).single()).isEqualTo(40_000);
			jdbc.sql("update enterprise set source = 'after' where uscc = ?")
				.param(EnterpriseFixtures.uscc("T0000007"))
				.update();
			assertThat(jdbc.sql("select count(*) from enterprise where source = 'after'").query(Long.class).single())
				.isEqualTo(1);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
