package org.corridor.observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.observatory.ObservatoryApplication;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of the jar: validate a pack, import a file, evaluate a year. */
class ObservatoryCliTest {

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
	void validatesAPackFolderAndListsEveryProblemOfABrokenOne() {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		Result valid = run("validate", pack.toString());
		assertThat(valid.code()).isZero();
		assertThat(valid.out()).contains("valid plan pack: riverside-2026 0.1.0 — 1 goals, 2 indicators, 3 zones");

		SamplePacks.replace(pack, "zones.yaml", "level: town\n    parent: VALLEY",
				"level: village\n    parent: VALLEY");
		Result broken = run("validate", pack.toString());
		assertThat(broken.code()).isEqualTo(1);
		assertThat(broken.err()).contains("zones.yaml : zones[1].level : ").contains("'village' is not one of");
	}

	@Test
	void importsAFileThenEvaluatesTheYearAsCsvJsonAndTable() throws IOException {
		Path csv = this.folder.resolve("figures.csv");
		Files.write(csv, """
				指标代码,空间单元代码,期间,数值
				DIGITAL_CORE_REVENUE,CORRIDOR,2020,5000
				DIGITAL_CORE_REVENUE,CORRIDOR,2023,7400
				""".getBytes(Charset.forName("GBK")));
		Result imported = run("import", csv.toString());
		assertThat(imported.code()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("[1/3]", "[2/3]", "[3/3]", "2 new, 0 updated (CSV, GB18030)");

		// C = (7400 − 5000)/(10000 − 5000) = 0.48, τ = 0.6, R = 0.8 < 0.85 → off track
		Result asCsv = run("evaluate", "--year", "2023", "--format", "csv");
		assertThat(asCsv.code()).isZero();
		assertThat(asCsv.out().lines().filter((line) -> line.startsWith("DIGITAL_CORE_REVENUE,"))).singleElement()
			.satisfies((line) -> assertThat(line).contains(",> 10000,7400,0.4800,0.6000,0.8000,", ",off_track,"));

		JsonNode json = new ObjectMapper().readTree(run("evaluate", "--year", "2023", "--format", "json").out());
		assertThat(json.get("demo").asBoolean()).isFalse();
		assertThat(json.at("/evaluation/year").asInt()).isEqualTo(2023);

		Result table = run("evaluate", "--year", "2023");
		assertThat(table.out()).contains("数字经济核心产业营业收入").contains("off_track");
	}

	@Test
	void rejectsABadFileNamingEveryBadRow() throws IOException {
		Path csv = this.folder.resolve("bad.csv");
		Files.writeString(csv, """
				indicator_code,zone_code,period,value
				NO_SUCH_INDICATOR,CORRIDOR,2023,1
				DIGITAL_CORE_REVENUE,CORRIDOR,2023,abc
				""");

		Result result = run("import", csv.toString());

		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).contains("nothing was changed: 2 problems", "行/row 2", "行/row 3", "abc");
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
