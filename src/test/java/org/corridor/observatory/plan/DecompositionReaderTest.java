package org.corridor.observatory.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading {@code decomposition.yaml}: the second pack's, and broken copies. */
class DecompositionReaderTest {

	@TempDir
	Path folder;

	@Test
	void readsTheSecondPacksZoneTargetsAndBaselines() {
		Plan plan = SamplePacks.riverside();
		Decomposition decomposition = plan.decomposition();

		assertThat(decomposition.targetsFor("ENERGY_INTENSITY", "NORTH_TOWN")).singleElement()
			.isEqualTo(new Target(2030, Comparator.LE, new BigDecimal("0.33"), null));
		assertThat(decomposition.targetsFor("RENEWABLE_SHARE", "NORTH_TOWN")).singleElement()
			.satisfies((t) -> assertThat(t.comparator()).isEqualTo(Comparator.GT));
		assertThat(decomposition.targetsFor("RENEWABLE_SHARE", "SOUTH_TOWN")).isEmpty();
		assertThat(decomposition.findBaseline("ENERGY_INTENSITY", "SOUTH_TOWN"))
			.contains(new Baseline(2025, new BigDecimal("0.45")));
		assertThat(decomposition.findStatedAdditive("RENEWABLE_SHARE")).contains(false);
		assertThat(decomposition.findStatedAdditive("ENERGY_INTENSITY")).isEmpty();
	}

	@Test
	void loadsAPackWithoutDecompositionAsBefore() {
		assertThat(SamplePacks.corridor().decomposition().isEmpty()).isTrue();
	}

	@Test
	void loadsDistrictTargetsThatAddUpAndOnesToSomeDistrictsOnly() throws IOException {
		Path pack = corridorWith(revenue(1500, 1500, 1500, 1500, 1500, 2500));
		assertThat(PlanPackLoader.validate(PackFiles.folder(pack))).isEmpty();

		Files.writeString(pack.resolve("decomposition.yaml"), revenue(2600, 3100), StandardCharsets.UTF_8);
		Plan partial = PlanPackLoader.load(PackFiles.folder(pack));
		assertThat(partial.decomposition().check(partial)).singleElement()
			.satisfies((c) -> assertThat(c.outcome()).isEqualTo(SumCheck.Outcome.PARTIAL));
	}

	@Test
	void refusesDistrictTargetsThatDoNotAddUpWithTheNumbersAtTheEntry() {
		Path pack = corridorWith(revenue(1500, 1500, 1500, 1500, 1500, 3000));

		List<String> problems = SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack)));

		assertThat(problems).singleElement()
			.satisfies((p) -> assertThat(p).startsWith("decomposition.yaml : decomposition[0].zones : ")
				.contains("10500")
				.contains("10000"));
	}

	@Test
	void reportsUnknownAndRootZonesAndYearsWithoutACorridorTarget() {
		Path pack = corridorWith("""
				decomposition:
				  - indicator: DIGITAL_CORE_REVENUE
				    zones:
				      - zone: XIHUU
				        targets: [{year: 2025, value: 100}]
				      - zone: CORRIDOR
				        targets: [{year: 2025, value: 100}]
				      - zone: XIHU
				        baseline: {year: 2022, value: 1800}
				        targets: [{year: 2024, value: 100}]
				      - zone: YUHANG
				        targets: [{year: 2025, value: 100, colour: red}]
				  - indicator: NO_SUCH_INDICATOR
				    zones:
				      - zone: XIHU
				        targets: [{year: 2025, value: 100}]
				""");

		List<String> problems = SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack)));

		assertThat(problems)
			.anySatisfy((p) -> assertThat(p).startsWith("decomposition.yaml : decomposition[0].zones[0].zone : ")
				.contains("XIHUU"))
			.anySatisfy((p) -> assertThat(p).startsWith("decomposition.yaml : decomposition[0].zones[1].zone : ")
				.contains("root zone"))
			.anySatisfy(
					(p) -> assertThat(p).startsWith("decomposition.yaml : decomposition[0].zones[2].baseline.year : ")
						.contains("precede the plan period"))
			.anySatisfy(
					(p) -> assertThat(p).startsWith("decomposition.yaml : decomposition[0].zones[2].targets[0].year : ")
						.contains("no target for this indicator in 2024"))
			.anySatisfy((p) -> assertThat(p)
				.startsWith("decomposition.yaml : decomposition[0].zones[3].targets[0].colour : ")
				.contains("unknown field"))
			.anySatisfy((p) -> assertThat(p).startsWith("decomposition.yaml : decomposition[1].indicator : ")
				.contains("NO_SUCH_INDICATOR"));
		assertThat(problems).hasSize(6);
	}

	private Path corridorWith(String decomposition) {
		Path pack = SamplePacks.copy(SamplePacks.CORRIDOR, this.folder);
		try {
			Files.writeString(pack.resolve("decomposition.yaml"), decomposition, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return pack;
	}

	/** A revenue decomposition to the first reporting districts, one value each. */
	private static String revenue(int... values) {
		List<String> districts = List.of("XIHU", "BINJIANG", "YUHANG", "LINAN", "FUYANG", "DEQING");
		StringBuilder yaml = new StringBuilder("decomposition:\n  - indicator: DIGITAL_CORE_REVENUE\n    zones:\n");
		for (int i = 0; i < values.length; i++) {
			yaml.append("      - zone: ").append(districts.get(i)).append('\n');
			yaml.append("        targets: [{year: 2025, value: ").append(values[i]).append("}]\n");
		}
		return yaml.toString();
	}

}
