package org.corridor.observatory.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of the jar: validate a pack, import a file, evaluate a year. */
@ExtendWith(CliRun.class)
class ObservatoryCliTest {

	@TempDir
	Path folder;

	@Test
	void validatesAPackFolderAndListsEveryProblemOfABrokenOne() {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		CliRun.Result valid = CliRun.run("validate", pack.toString());
		assertThat(valid.code()).isZero();
		assertThat(valid.out())
			.contains("valid plan pack: riverside-2026 0.1.0 — 1 goals, 5 indicators, 3 zones, 0 composite indices");

		SamplePacks.replace(pack, "zones.yaml", "level: town\n    parent: VALLEY",
				"level: village\n    parent: VALLEY");
		CliRun.Result broken = CliRun.run("validate", pack.toString());
		assertThat(broken.code()).isEqualTo(1);
		assertThat(broken.err()).contains("zones.yaml : zones[1].level : ").contains("'village' is not one of");
	}

	@Test
	void validatesTheCompositeIndicesOfAPack() {
		Path pack = SamplePacks.copy(SamplePacks.CORRIDOR, this.folder);
		CliRun.Result valid = CliRun.run("validate", pack.toString());
		assertThat(valid.code()).as(valid.err()).isZero();
		assertThat(valid.out()).contains("zones, 1 composite indices");

		SamplePacks.replace(pack, "indices.yaml", "- code: DIGITAL_CORE_REVENUE", "- code: NO_SUCH_INDICATOR");
		CliRun.Result broken = CliRun.run("validate", pack.toString());
		assertThat(broken.code()).isEqualTo(1);
		assertThat(broken.err()).contains("invalid plan pack: 1 problems", "indices.yaml", "NO_SUCH_INDICATOR");
	}

	@Test
	void importsAFileThenEvaluatesTheYearAsCsvJsonAndTable() throws IOException {
		Path csv = this.folder.resolve("figures.csv");
		Files.write(csv, """
				指标代码,空间单元代码,期间,数值
				DIGITAL_CORE_REVENUE,CORRIDOR,2020,5000
				DIGITAL_CORE_REVENUE,CORRIDOR,2023,7400
				""".getBytes(Charset.forName("GBK")));
		CliRun.Result imported = CliRun.run("import", csv.toString(), "--token", CliRun.token());
		assertThat(imported.code()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("[1/3]", "[2/3]", "[3/3]", "2 figures (CSV, GB18030)");
		String batch = imported.out().replaceAll("(?s).*publish with: publish (\\d+).*", "$1").strip();
		CliRun.Result published = CliRun.run("publish", batch, "--token", CliRun.token());
		assertThat(published.code()).as(published.err()).isZero();
		assertThat(published.out()).contains("2 new, 0 updated");

		// C = (7400 − 5000)/(10000 − 5000) = 0.48, τ = 0.6, R = 0.8 < 0.85 → off track
		CliRun.Result asCsv = CliRun.run("evaluate", "--year", "2023", "--format", "csv");
		assertThat(asCsv.code()).isZero();
		assertThat(asCsv.out().lines().filter((line) -> line.startsWith("DIGITAL_CORE_REVENUE,"))).singleElement()
			.satisfies((line) -> assertThat(line).contains(",> 10000,7400,0.4800,0.6000,0.8000,", ",off_track,"));

		JsonNode json = new ObjectMapper().readTree(CliRun.run("evaluate", "--year", "2023", "--format", "json").out());
		assertThat(json.get("demo").asBoolean()).isFalse();
		assertThat(json.at("/evaluation/year").asInt()).isEqualTo(2023);

		CliRun.Result table = CliRun.run("evaluate", "--year", "2023", "--format", "table");
		assertThat(table.out().lines().filter((line) -> line.startsWith("DIGITAL_CORE_REVENUE "))).singleElement()
			.satisfies((line) -> assertThat(line).contains("数字经济核心产业营业收入", "7400", "0.4800", "off_track"));
		int indicators = json.at("/evaluation/indicators").size();
		assertThat(indicators).isGreaterThan(1);
		assertThat(asCsv.out().lines()).hasSize(indicators + 1);
		assertThat(table.out().lines()).hasSize(indicators + 3);
	}

	@Test
	void takesSpringPropertiesAsOptionsInEitherForm() {
		assertThat(ObservatoryCli.handles(new String[] { "--spring.datasource.url=jdbc:h2:mem:x", "evaluate" }))
			.isTrue();
		assertThat(ObservatoryCli.handles(new String[] { "--server.port=9090" })).isFalse();

		CliRun.Result riverside = CliRun.run("--observatory.plan.location=classpath:packs/riverside-2026", "evaluate",
				"--spring.datasource.url", "jdbc:h2:mem:cli-riverside;DB_CLOSE_DELAY=-1", "--format", "csv");

		assertThat(riverside.code()).as(riverside.err()).isZero();
		assertThat(riverside.out().lines().map((line) -> line.split(",")[0])).containsExactlyInAnyOrder("code",
				"RENEWABLE_SHARE", "ENERGY_INTENSITY", "CLEAN_FIRMS", "GREEN_REVENUE", "GREEN_RD_SPENDING");
	}

	@Test
	void rejectsABadFileNamingEveryBadRow() throws IOException {
		Path csv = this.folder.resolve("bad.csv");
		Files.writeString(csv, """
				indicator_code,zone_code,period,value
				NO_SUCH_INDICATOR,CORRIDOR,2023,1
				DIGITAL_CORE_REVENUE,CORRIDOR,2023,abc
				""");

		CliRun.Result result = CliRun.run("import", csv.toString(), "--token", CliRun.token());

		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).contains("nothing was changed: 2 problems", "行/row 2", "行/row 3", "abc");
	}

	@Test
	void refusesToChangeAnythingWithoutAValidTokenAndRecordsWhoDidWhat() throws IOException {
		Path csv = this.folder.resolve("unsigned.csv");
		Files.writeString(csv, "indicator_code,zone_code,period,value\nDIGITAL_CORE_REVENUE,CORRIDOR,2022,6000\n");
		CliRun.Result unsigned = CliRun.run("import", csv.toString());
		assertThat(unsigned.code()).isEqualTo(3);
		assertThat(unsigned.err()).contains("personal API token is needed");
		CliRun.Result forged = CliRun.run("import", csv.toString(), "--token", "obs_forged");
		assertThat(forged.code()).isEqualTo(3);
		assertThat(forged.err()).contains("unknown or revoked");

		CliRun.Result second = CliRun.runWithInput("Second-Admin-Passw0rd\n", "user", "add", "second", "--role",
				"analyst", "--password-stdin");
		assertThat(second.code()).isEqualTo(3);
		CliRun.Result analyst = CliRun.runWithInput("Figures-Reader-2025\n", "user", "add", "ana", "--role", "analyst",
				"--email", "ana@example.test", "--password-stdin", "--token", CliRun.token());
		assertThat(analyst.code()).as(analyst.err()).isZero();
		CliRun.Result weak = CliRun.runWithInput("short\n", "user", "add", "weak", "--role", "analyst",
				"--password-stdin", "--token", CliRun.token());
		assertThat(weak.code()).isEqualTo(1);
		assertThat(weak.err()).contains("at least 12 characters");
		assertThat(CliRun.run("user", "list").out()).contains("cli-admin", "ana", "<ana@example.test>")
			.doesNotContain("weak");
		CliRun.Result badAddress = CliRun.runWithInput("Figures-Reader-2025\n", "user", "add", "bob", "--role",
				"analyst", "--email", "bob-at-nowhere", "--password-stdin", "--token", CliRun.token());
		assertThat(badAddress.code()).isEqualTo(2);
		assertThat(badAddress.err()).contains("not an e-mail address");

		CliRun.Result changed = CliRun.run("user", "change", "ana", "--role", "reporter", "--zones", "XIHU,YUHANG",
				"--token", CliRun.token());
		assertThat(changed.code()).as(changed.err()).isZero();
		assertThat(changed.out()).contains("reporter XIHU,YUHANG enabled");
		CliRun.Result zoneless = CliRun.run("user", "change", "ana", "--role", "reporter", "--zones", "", "--token",
				CliRun.token());
		assertThat(zoneless.code()).isEqualTo(1);
		assertThat(CliRun.run("user", "change", "ana", "--enabled", "false", "--token", CliRun.token()).out())
			.contains("disabled");

		CliRun.Result verified = CliRun.run("audit", "verify");
		assertThat(verified.code()).as(verified.err()).isZero();
		assertThat(verified.out()).contains("the audit chain is intact");
	}

}
