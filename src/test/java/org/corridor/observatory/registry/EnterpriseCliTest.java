package org.corridor.observatory.registry;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.cli.ObservatoryCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import-enterprises}: a progress bar and the summary, or every problem. */
class EnterpriseCliTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void inMemoryDatabase() {
		System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		System.setProperty("observatory.demo.enabled", "false");
	}

	@AfterAll
	static void clear() {
		System.clearProperty("spring.datasource.url");
		System.clearProperty("observatory.demo.enabled");
	}

	@Test
	void importsAFileShowingProgressThenRejectsABadOneListingEveryProblem() throws IOException {
		Path good = this.folder.resolve("firms.csv");
		Files.write(good, EnterpriseFixtures.threeFirms(EnterpriseFixtures.uscc("E1B2C3D4"), "1300000"));
		Result imported = run("import-enterprises", good.toString(), "--crs", "gcj02");
		assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
		assertThat(imported.out()).contains("[....................]   0% reading")
			.contains("[####################] 100% validating 6/6")
			.containsPattern("\\[#{20}\\] 100% storing \\d+/\\d+")
			.contains("imported 6 rows, 3 firms", "3 new, 0 updated, 6 yearly figures", "2 located");

		Path bad = this.folder.resolve("bad.csv");
		Files.writeString(bad, EnterpriseFixtures.HEADER + "\n91330100716105852G,坏代码,I6513,,,,,,,2024,1,,,\n"
				+ EnterpriseFixtures.TENCENT + ",腾讯,I9999,,,,,,,2024,1,,,\n", StandardCharsets.UTF_8);
		Result rejected = run("import-enterprises", bad.toString());
		assertThat(rejected.code()).isEqualTo(1);
		assertThat(rejected.out()).contains("nothing was changed: 2 problems", "行/row 2", "行/row 3");
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ObservatoryCli.run(ObservatoryApplication.class, args, new PrintWriter(out), new PrintWriter(err));
		return new Result(code, out.toString(), err.toString());
	}

	record Result(int code, String out, String err) {
	}

}
