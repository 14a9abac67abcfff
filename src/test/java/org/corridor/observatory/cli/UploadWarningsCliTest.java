package org.corridor.observatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's import lists the warnings a file brings, each with the key to
 * acknowledge it by, changes nothing (exit code 6), and stores the file once every
 * warning is acknowledged with {@code --acknowledge KEY=comment}.
 */
@ExtendWith(CliRun.class)
class UploadWarningsCliTest {

	private static final String KEY = "outlier:DIGITAL_CORE_REVENUE/FUYANG/2025";

	@TempDir
	Path folder;

	private Path csv(String name, String rows) throws IOException {
		Path csv = this.folder.resolve(name);
		Files.writeString(csv, "indicator_code,zone_code,period,value\n" + rows);
		return csv;
	}

	@Test
	void listsTheWarningsAndStoresTheFileOnceEachIsAcknowledged() throws IOException {
		CliRun.Result first = CliRun.run("import", csv("2024.csv", "DIGITAL_CORE_REVENUE,FUYANG,2024,100\n").toString(),
				"--token", CliRun.token());
		assertThat(first.code()).as(first.err()).isZero();
		String batch = first.out().replaceAll("(?s).*publish with: publish (\\d+).*", "$1").strip();
		assertThat(CliRun.run("publish", batch, "--token", CliRun.token()).code()).isZero();

		Path jump = csv("2025.csv", "DIGITAL_CORE_REVENUE,FUYANG,2025,300\n");
		CliRun.Result warned = CliRun.run("import", jump.toString(), "--token", CliRun.token());
		assertThat(warned.code()).isEqualTo(6);
		assertThat(warned.err()).contains("nothing was changed: 1 warnings", KEY, "同比 200.00%（上年 100）",
				"--acknowledge KEY=COMMENT");

		CliRun.Result stored = CliRun.run("import", jump.toString(), "--token", CliRun.token(), "--acknowledge",
				KEY + "=富阳区新设园区投产, 经区统计局核实");
		assertThat(stored.code()).as(stored.err()).isZero();
		assertThat(stored.out()).contains("stored as batch");
	}

}
