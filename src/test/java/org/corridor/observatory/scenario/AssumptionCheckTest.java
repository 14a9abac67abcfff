package org.corridor.observatory.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.tabular.ImportProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft's problems, each located at its assumption and field, in Chinese and English.
 */
class AssumptionCheckTest {

	private final AssumptionCheck check = new AssumptionCheck(SamplePacks.corridor(), Map.of(), Map.of());

	@Test
	void aGoodGrowthAndBoundaryPass() {
		ScenarioDraft draft = new ScenarioDraft("加快增长", null, null,
				List.of(Assumption.growth("DIGITAL_CORE_REVENUE", "XIHU", 2024, new BigDecimal("8.5")),
						Assumption.boundary("LINPING", 2024, new BigDecimal("100"))));
		assertThat(this.check.problems(draft, (i) -> i + 1)).isEmpty();
	}

	@Test
	void everyProblemIsFoundAndLocated() {
		ScenarioDraft draft = new ScenarioDraft(" ", null, null,
				List.of(Assumption.growth("NO_SUCH", "NOWHERE", 2019, new BigDecimal("-150")),
						Assumption.growth("DIGITAL_CORE_REVENUE", "XIHU", 2024, new BigDecimal("1000.5")),
						Assumption.landing(99, "XIHU", 2024), Assumption.platform("NOPE", "finished", 2024),
						Assumption.boundary("CORRIDOR", 2024, BigDecimal.ZERO)));
		List<ImportProblem> problems = this.check.problems(draft, (i) -> i + 1);
		assertThat(problems).extracting((p) -> p.row() + ":" + p.column())
			.containsExactly("0:name", "1:year", "1:indicator", "1:zone", "1:rate", "2:rate", "3:candidate",
					"4:platform", "4:stage", "5:zone", "5:rate");
		assertThat(problems.get(4).zh()).contains("−100 至 1000");
		assertThat(problems.get(4).en()).contains("between −100 and 1000");
		assertThat(problems.get(1).en()).contains("2021").contains("2035");
	}

}
