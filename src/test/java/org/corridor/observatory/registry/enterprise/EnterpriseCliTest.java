package org.corridor.observatory.registry.enterprise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corridor.observatory.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import-enterprises}: a progress bar and the summary, or every problem. */
@ExtendWith(CliRun.class)
class EnterpriseCliTest {

	@TempDir
	Path folder;

	@Test
	void importsAFileShowingProgressThenRejectsABadOneListingEveryProblem() throws IOException {
		Path good = this.folder.resolve("firms.csv");
		Files.write(good, EnterpriseFixtures.threeFirms(EnterpriseFixtures.uscc("E1B2C3D4"), "1300000"));
		CliRun.Result imported = CliRun.run("import-enterprises", good.toString(), "--crs", "gcj02", "--token",
				CliRun.token());
		assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
		assertThat(imported.out()).contains("[....................]   0% reading")
			.contains("[####################] 100% validating 6/6")
			.containsPattern("\\[#{20}\\] 100% storing \\d+/\\d+")
			.contains("imported 6 rows, 3 firms", "3 new, 0 updated, 6 yearly figures", "2 located");

		Path bad = this.folder.resolve("bad.csv");
		Files.writeString(bad, EnterpriseFixtures.HEADER + "\n91330100716105852G,坏代码,I6513,,,,,,,2024,1,,,\n"
				+ EnterpriseFixtures.TENCENT + ",腾讯,I9999,,,,,,,2024,1,,,\n", StandardCharsets.UTF_8);
		CliRun.Result rejected = CliRun.run("import-enterprises", bad.toString(), "--token", CliRun.token());
		assertThat(rejected.code()).isEqualTo(1);
		assertThat(rejected.out()).contains("nothing was changed: 2 problems", "行/row 2", "行/row 3");
	}

}
