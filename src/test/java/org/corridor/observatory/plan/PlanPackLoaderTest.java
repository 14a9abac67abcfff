package org.corridor.observatory.plan;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanPackLoaderTest {

	@TempDir
	Path folder;

	@Test
	void loadsASecondPlanWithoutCodeChanges() {
		Plan plan = SamplePacks.riverside();

		assertThat(plan.id()).isEqualTo("riverside-2026");
		assertThat(plan.header().startYear()).isEqualTo(2026);
		assertThat(plan.header().outlookYear()).isEqualTo(2040);
		assertThat(plan.listIndicators()).extracting((i) -> i.code().value())
			.containsExactly("RENEWABLE_SHARE", "ENERGY_INTENSITY", "CLEAN_FIRMS", "GREEN_REVENUE",
					"GREEN_RD_SPENDING");
		Indicator intensity = plan.getIndicator("ENERGY_INTENSITY");
		assertThat(intensity.direction()).isEqualTo(Direction.LOWER);
		assertThat(intensity.findBaseline()).contains(new Baseline(2025, new java.math.BigDecimal("0.42")));
		assertThat(plan.rootZone().code()).isEqualTo("VALLEY");
		assertThat(plan.listItems(ItemKind.PLATFORM)).singleElement()
			.satisfies((lab) -> assertThat(lab.references("zone")).containsExactly("NORTH_TOWN"));
	}

	@Test
	void reportsEveryProblemWithFileAndPathInsteadOfStoppingAtTheFirst() {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		SamplePacks.replace(pack, "indicators.yaml", "direction: lower", "direction: downwards");
		SamplePacks.replace(pack, "indicators.yaml",
				"category: ENERGY\n    goal: CLEAN_ENERGY_AREA\n    direction: higher",
				"category: WATER\n    goal: CLEAN_ENERGY_AREA\n    direction: higher");
		SamplePacks.replace(pack, "zones.yaml", "parent: VALLEY\n    name: {zh: 南镇",
				"parent: VALLY\n    name: {zh: 南镇");
		SamplePacks.replace(pack, "zones.yaml", "declared_area_km2: 120", "declared_area_km2: 120\n    colour: green");
		SamplePacks.replace(pack, "goals.yaml", "demonstration area.", "demonstration zone.");
		SamplePacks.replace(pack, "platforms.yaml", "en: Energy laboratory}", "en: }");

		List<PackProblem> problems = PlanPackLoader.validate(PackFiles.folder(pack));

		assertThat(SamplePacks.describe(problems))
			.anySatisfy((p) -> assertThat(p).startsWith("indicators.yaml : indicators[1].direction : ")
				.contains("downwards"))
			.anySatisfy(
					(p) -> assertThat(p).startsWith("indicators.yaml : indicators[0].category : ").contains("WATER"))
			.anySatisfy((p) -> assertThat(p).startsWith("zones.yaml : zones[2].parent : ").contains("VALLY"))
			.anySatisfy((p) -> assertThat(p).startsWith("zones.yaml : zones[0].colour : ").contains("unknown field"))
			.anySatisfy((p) -> assertThat(p).startsWith("goals.yaml : goals[0].source : ")
				.contains("does not occur in the plan text"))
			.anySatisfy((p) -> assertThat(p).startsWith("platforms.yaml : types[0].name.en : "));
		assertThat(problems).hasSize(6);
	}

	@Test
	void refusesAnInvalidPackWithTheWholeReport() {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		SamplePacks.replace(pack, "indicators.yaml", "value: 60", "value: sixty");

		assertThatThrownBy(() -> PlanPackLoader.load(PackFiles.folder(pack)))
			.isInstanceOf(InvalidPlanPackException.class)
			.hasMessageContaining("indicators.yaml : indicators[0].targets[0].value")
			.hasMessageContaining("must be a number");
	}

	@Test
	void reportsDuplicateCodesAndYamlSyntaxErrors() throws IOException {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		SamplePacks.replace(pack, "zones.yaml", "code: SOUTH_TOWN", "code: NORTH_TOWN");
		Files.writeString(pack.resolve("goals.yaml"), "goals:\n  - code: [unclosed\n");

		List<String> problems = SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack)));

		assertThat(problems).anySatisfy(
				(p) -> assertThat(p).startsWith("zones.yaml : zones[2].code : ").contains("duplicate code NORTH_TOWN"))
			.anySatisfy((p) -> assertThat(p).startsWith("goals.yaml : line ").contains("YAML syntax error"))
			.anySatisfy((p) -> assertThat(p).contains("no GOAL with code CLEAN_ENERGY_AREA"));
	}

	@Test
	void reportsAFileThatIsNotUtf8() throws IOException {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		String zones = Files.readString(pack.resolve("zones.yaml"));
		Files.write(pack.resolve("zones.yaml"), zones.getBytes(Charset.forName("GBK")));

		assertThat(SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack))))
			.contains("zones.yaml : / : 文件不是 UTF-8 编码 / the file is not UTF-8 encoded");
	}

	@Test
	void reportsMissingRequiredFilesAndInconsistentYears() throws IOException {
		Path pack = SamplePacks.copy(SamplePacks.RIVERSIDE, this.folder);
		Files.delete(pack.resolve("zones.yaml"));
		SamplePacks.replace(pack, "plan.yaml", "baseline_year: 2025", "baseline_year: 2027");

		assertThat(SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack))))
			.contains("zones.yaml : / : 缺少必需的文件 / required file is missing")
			.anySatisfy((p) -> assertThat(p).startsWith("plan.yaml : baseline_year : "));
	}

}
