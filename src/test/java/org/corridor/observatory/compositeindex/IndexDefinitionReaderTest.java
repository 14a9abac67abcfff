package org.corridor.observatory.compositeindex;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.PackProblem;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pack's index definitions: the shipped example reads as the national high-tech zone
 * evaluation's five pillars, marked as an example; a broken file is reported in full,
 * each problem with its path.
 */
class IndexDefinitionReaderTest {

	private static final Plan PLAN = SamplePacks.corridor();

	@Test
	void readsTheShippedExampleWithTheFivePillarsOfTheHighTechZoneEvaluation() {
		IndexDefinitionReader.Read read = IndexDefinitionReader.read(PackFiles.classpath(SamplePacks.CORRIDOR), PLAN);
		assertThat(read.problems()).isEmpty();
		IndexDefinition index = read.definitions().get(0);
		assertThat(index.example()).isTrue();
		assertThat(index.name().zh()).contains("示例");
		assertThat(index.basis().zh()).contains("国科发火〔2021〕106号");
		assertThat(index.pillars()).extracting(IndexDefinition.Pillar::weight)
			.containsExactly(0.20, 0.20, 0.15, 0.15, 0.30);
		assertThat(index.pillars().get(0).name().zh()).isEqualTo("创新能力和创业活跃度");
		assertThat(index.components()).extracting(IndexDefinition.Component::indicator)
			.containsExactly("TOP_INSTITUTIONS_ATTRACTED", "DIGITAL_CORE_REVENUE", "NATIONAL_INNOVATION_CENTRES");
		assertThat(index.components()).allSatisfy((c) -> assertThat(c.direction()).isEqualTo(Direction.HIGHER));
		assertThat(index.normalisation()).isEqualTo(Normalisation.MIN_MAX);
		assertThat(index.aggregation()).isEqualTo(Aggregation.ARITHMETIC);
		assertThat(index.missing()).isEqualTo(MissingRule.REWEIGHT);
	}

	@Test
	void aPackWithoutTheFileDefinesNoIndex() {
		PackFiles empty = new PackFiles() {
			@Override
			public String location() {
				return "nowhere";
			}

			@Override
			public java.util.Optional<byte[]> read(String name) {
				return java.util.Optional.empty();
			}
		};
		assertThat(IndexDefinitionReader.read(empty, PLAN).definitions()).isEmpty();
	}

	@Test
	void reportsEveryProblemWithItsPath() {
		String yaml = """
				indices:
				  - code: BAD
				    name: {zh: 坏, en: Bad}
				    normalisation: minmax
				    aggregation: geometric
				    missing: reweight
				    colour: red
				    peers: [NOWHERE]
				    pillars:
				      - code: ONE
				        name: {zh: 一, en: One}
				        weight: 60
				        indicators:
				          - code: NO_SUCH_INDICATOR
				          - code: CORE_AREA_KM2
				          - code: DIGITAL_CORE_REVENUE
				            weight: -1
				      - code: ONE
				        name: {zh: 二}
				        weight: 30
				""";
		List<PackProblem> problems = IndexDefinitionReader.read(yaml.getBytes(StandardCharsets.UTF_8), PLAN).problems();
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.file()).isEqualTo("indices.yaml"));
		assertThat(problems).extracting(PackProblem::path)
			.containsExactlyInAnyOrder("indices[0].colour", "indices[0].normalisation", "indices[0].peers[0]",
					"indices[0].pillars[0].indicators[0].code", "indices[0].pillars[0].indicators[1].direction",
					"indices[0].pillars[0].indicators[2].weight", "indices[0].pillars[1].code",
					"indices[0].pillars[1].name", "indices[0].pillars");
		assertThat(problems).filteredOn((problem) -> problem.path().equals("indices[0].pillars"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.zh()).contains("100"));
		assertThat(IndexDefinitionReader.read(yaml.getBytes(StandardCharsets.UTF_8), PLAN).definitions()).isEmpty();
	}

	@Test
	void reportsAYamlSyntaxErrorWithItsLine() {
		List<PackProblem> problems = IndexDefinitionReader
			.read("indices:\n  - code: [unclosed\n".getBytes(StandardCharsets.UTF_8), PLAN)
			.problems();
		assertThat(problems).singleElement().satisfies((problem) -> assertThat(problem.path()).startsWith("line "));
	}

}
