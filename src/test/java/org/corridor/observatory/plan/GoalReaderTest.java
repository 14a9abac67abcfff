package org.corridor.observatory.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void reportsAGoalForAYearThatIsNoMilestone() {
		List<Goal> goals = new GoalReader(this.fixture.codes, PackFileFixture.header())
			.read(this.fixture.file("goals.yaml", """
					goals:
					  - code: CLEAN_VALLEY
					    milestone: 2030
					    name: {zh: 清洁河谷, en: A clean valley}
					    source: "a clean valley"
					  - code: GREEN_VALLEY
					    milestone: 2028
					    name: {zh: 绿色河谷, en: A green valley}
					    source: "a green valley"
					"""));

		assertThat(goals).extracting(Goal::code).containsExactly("CLEAN_VALLEY", "GREEN_VALLEY");
		assertThat(this.fixture.problems()).containsExactly("goals.yaml : goals[1].milestone : "
				+ "年份 2028 不是规划的里程碑年份 [2030, 2040] / 2028 is not one of the plan's milestones [2030, 2040]");
		assertThat(this.fixture.codes.quotes()).extracting(CrossReferences.Quote::path)
			.containsExactly("goals[0].source", "goals[1].source");
	}

	@Test
	void leavesMilestonesUncheckedWithoutAHeader() {
		new GoalReader(this.fixture.codes, null).read(this.fixture.file("goals.yaml", """
				goals:
				  - {code: GREEN_VALLEY, milestone: 2028, name: {zh: 绿色河谷, en: A green valley}, source: "green"}
				"""));

		assertThat(this.fixture.problems()).isEmpty();
	}

}
