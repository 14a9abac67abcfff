package org.corridor.observatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corridor.observatory.TestAccounts;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the platform runs it holds the database; the command line then works through its
 * REST API with {@code --server} and a personal API token. A context of its own: the
 * figures and firms it imports must meet no other test's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.test.context=cli-server")
@ActiveProfiles("test")
class CliAgainstRunningPlatformTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@TempDir
	Path folder;

	@Test
	void importsPublishesAndEvaluatesThroughTheRunningPlatform() throws IOException {
		String server = "http://localhost:" + this.port;
		Path csv = this.folder.resolve("figures.csv");
		Files.writeString(csv, """
				indicator_code,zone_code,period,value
				DIGITAL_CORE_REVENUE,CORRIDOR,2020,5000
				DIGITAL_CORE_REVENUE,CORRIDOR,2023,7400
				""");

		CliRun.Result imported = CliRun.run("import", csv.toString(), "--server", server, "--token",
				this.accounts.token());
		assertThat(imported.code()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("2 figures (CSV");
		String batch = imported.out().replaceAll("(?s).*publish with: publish (\\d+).*", "$1").strip();
		CliRun.Result published = CliRun.run("publish", batch, "--server", server, "--token", this.accounts.token());
		assertThat(published.code()).as(published.err()).isZero();
		assertThat(published.out()).contains("2 new, 0 updated");

		CliRun.Result csvOut = CliRun.run("evaluate", "--year", "2023", "--format", "csv", "--server", server);
		assertThat(csvOut.code()).as(csvOut.err()).isZero();
		assertThat(csvOut.out().lines().filter((line) -> line.startsWith("DIGITAL_CORE_REVENUE,"))).singleElement()
			.satisfies((line) -> assertThat(line).contains(",数字经济核心产业营业收入,", ",> 10000,7400,0.4800,0.6000,0.8000,",
					",off_track,"));
		CliRun.Result table = CliRun.run("evaluate", "--year", "2023", "--server", server);
		assertThat(table.out()).contains("2023 — CORRIDOR").contains("off_track");
	}

	@Test
	void importsTheEnterpriseRegisterThroughTheRunningPlatform() throws IOException {
		Path firms = this.folder.resolve("firms.csv");
		Files.write(firms, EnterpriseFixtures.threeFirms(EnterpriseFixtures.uscc("CLXRW701"), "1300000"));

		CliRun.Result imported = CliRun.run("import-enterprises", firms.toString(), "--server",
				"http://localhost:" + this.port, "--token", this.accounts.token());

		assertThat(imported.code()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("imported 6 rows, 3 firms");
	}

	@Test
	void saysInOneLineWhatTheRunningPlatformRefused() throws IOException {
		String server = "http://localhost:" + this.port;
		Path csv = this.folder.resolve("bad.csv");
		Files.writeString(csv, "indicator_code,zone_code,period,value\nNO_SUCH_INDICATOR,CORRIDOR,2023,1\n");

		CliRun.Result forged = CliRun.run("import", csv.toString(), "--server", server, "--token", "obs_forged");
		assertThat(forged.code()).isEqualTo(3);
		assertThat(forged.err().strip()).doesNotContain("\n").contains("the token is missing, unknown or revoked");

		CliRun.Result rejected = CliRun.run("import", csv.toString(), "--server", server, "--token",
				this.accounts.token());
		assertThat(rejected.code()).isEqualTo(1);
		assertThat(rejected.err()).contains("nothing was changed: 1 problems", "行/row 2", "NO_SUCH_INDICATOR");

		CliRun.Result nobody = CliRun.run("evaluate", "--server", "http://localhost:1");
		assertThat(nobody.code()).isEqualTo(5);
		assertThat(nobody.err()).contains("cannot reach the platform at http://localhost:1");
	}

}
