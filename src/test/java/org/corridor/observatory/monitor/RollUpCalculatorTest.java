package org.corridor.observatory.monitor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorCode;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link RollUpCalculator} and the ordering of {@link Status} it relies on.
 */
class RollUpCalculatorTest {

	private final RollUpCalculator calculator = new RollUpCalculator();

	@Test
	void averagesCappedCompletionWithEqualWeights() {
		// C = 0.64 → 0.64; C = 1.1 (achieved) → 1; C = −0.1 → 0
		// mean = (0.64 + 1 + 0)/3 = 1.64/3 = 0.5467
		List<Indicator> indicators = List.of(indicator("A", "GOAL_1", "CAT"), indicator("B", "GOAL_1", "CAT"),
				indicator("C", "GOAL_1", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.ON_TRACK, 0.64),
				evaluation("B", Status.ACHIEVED, 1.1), evaluation("C", Status.OFF_TRACK, -0.1));
		List<RollUp> rollUps = this.calculator.byGoal(indicators, evaluations);
		assertThat(rollUps).hasSize(1);
		RollUp rollUp = rollUps.get(0);
		assertThat(rollUp.key()).isEqualTo("GOAL_1");
		assertThat(rollUp.meanCappedCompletion()).isCloseTo(0.5466666667, within(1e-9));
		assertThat(rollUp.worstStatus()).isEqualTo(Status.OFF_TRACK);
		assertThat(rollUp.members()).containsExactly("A", "B", "C");
		assertThat(rollUp.counts()).containsExactly(entry(Status.ACHIEVED, 1), entry(Status.ON_TRACK, 1),
				entry(Status.LAGGING, 0), entry(Status.OFF_TRACK, 1), entry(Status.NO_DATA, 0),
				entry(Status.NO_TARGET, 0));
	}

	@Test
	void keepsZonesWithoutTargetsOutOfTheStatusCounts() {
		// A district shown by contribution has no status against the corridor's target:
		// it
		// is counted as such, never as off track, and the group's worst is what was
		// judged.
		List<Indicator> indicators = List.of(indicator("A", "GOAL_1", null), indicator("B", "GOAL_1", null));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.NO_TARGET, null),
				evaluation("B", Status.LAGGING, 0.4));
		RollUp rollUp = this.calculator.byGoal(indicators, evaluations).get(0);
		assertThat(rollUp.count(Status.OFF_TRACK)).isZero();
		assertThat(rollUp.count(Status.NO_TARGET)).isEqualTo(1);
		assertThat(rollUp.worstStatus()).isEqualTo(Status.LAGGING);
		assertThat(rollUp.meanCappedCompletion()).isCloseTo(0.4, within(1e-9));
		RollUp none = this.calculator.byGoal(indicators.subList(0, 1), evaluations.subList(0, 1)).get(0);
		assertThat(none.worstStatus()).isEqualTo(Status.NO_TARGET);
	}

	@Test
	void capsCompletionAboveOneForMembersNotAchieved() {
		// A member can be past its target value without meeting the target (above a
		// band it was to stay in): C = 1.2 counts as 1. (1 + 0.5)/2 = 0.75
		List<Indicator> indicators = List.of(indicator("A", "G", "CAT"), indicator("B", "G", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.ON_TRACK, 1.2),
				evaluation("B", Status.LAGGING, 0.5));
		assertThat(this.calculator.byGoal(indicators, evaluations).get(0).meanCappedCompletion()).isCloseTo(0.75,
				within(1e-12));
	}

	@Test
	void leavesMembersWithoutCompletionOutOfTheMeanButCountsThem() {
		// Only B has a completion: mean = 0.6; A still counts as a member with no data
		List<Indicator> indicators = List.of(indicator("A", "G", "CAT"), indicator("B", "G", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.NO_DATA, null),
				evaluation("B", Status.ON_TRACK, 0.6));
		RollUp rollUp = this.calculator.byGoal(indicators, evaluations).get(0);
		assertThat(rollUp.meanCappedCompletion()).isCloseTo(0.6, within(1e-12));
		assertThat(rollUp.members()).containsExactly("A", "B");
		assertThat(rollUp.count(Status.NO_DATA)).isEqualTo(1);
		assertThat(rollUp.worstStatus()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void countsAnAchievedMemberAsCompleteEvenWithoutCompletion() {
		// A met its target without a baseline (C null): counts as 1. (1 + 0.4)/2 = 0.7
		List<Indicator> indicators = List.of(indicator("A", "G", "CAT"), indicator("B", "G", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.ACHIEVED, null),
				evaluation("B", Status.OFF_TRACK, 0.4));
		assertThat(this.calculator.byGoal(indicators, evaluations).get(0).meanCappedCompletion()).isCloseTo(0.7,
				within(1e-12));
	}

	@Test
	void weighsMembersByTheGivenWeights() {
		// weights A = 3, B = 1, C unlisted = 1: (3 × 0.8 + 1 × 0.4 + 1 × 0.2)/(3 + 1 + 1)
		// = (2.4 + 0.4 + 0.2)/5 = 3/5 = 0.6
		RollUpCalculator weighted = new RollUpCalculator(Map.of("A", 3.0, "B", 1.0));
		List<Indicator> indicators = List.of(indicator("A", "G", "CAT"), indicator("B", "G", "CAT"),
				indicator("C", "G", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.ON_TRACK, 0.8),
				evaluation("B", Status.OFF_TRACK, 0.4), evaluation("C", Status.OFF_TRACK, 0.2));
		assertThat(weighted.byGoal(indicators, evaluations).get(0).meanCappedCompletion()).isCloseTo(0.6,
				within(1e-12));
	}

	@Test
	void rejectsNegativeWeights() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RollUpCalculator(Map.of("A", -1.0)));
	}

	@Test
	void reportsNoDataOnlyWhenEveryMemberHasNoData() {
		List<Indicator> indicators = List.of(indicator("A", "G", "CAT"), indicator("B", "G", "CAT"));
		RollUp allMissing = this.calculator
			.byGoal(indicators, List.of(evaluation("A", Status.NO_DATA, null), evaluation("B", Status.NO_DATA, null)))
			.get(0);
		assertThat(allMissing.worstStatus()).isEqualTo(Status.NO_DATA);
		assertThat(allMissing.meanCappedCompletion()).isNull();
		RollUp oneMeasured = this.calculator
			.byGoal(indicators, List.of(evaluation("A", Status.NO_DATA, null), evaluation("B", Status.ACHIEVED, 1.0)))
			.get(0);
		assertThat(oneMeasured.worstStatus()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void groupsIndicatorsWithoutAGoalUnderNone() {
		List<Indicator> indicators = List.of(indicator("A", "GOAL_1", "CAT"), indicator("AREA", null, "SCOPE"),
				indicator("B", "GOAL_2", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("A", Status.ON_TRACK, 0.6),
				evaluation("AREA", Status.ACHIEVED, null), evaluation("B", Status.LAGGING, 0.5));
		assertThat(this.calculator.byGoal(indicators, evaluations)).extracting(RollUp::key)
			.containsExactly("GOAL_1", RollUpCalculator.NONE, "GOAL_2");
	}

	@Test
	void groupsByCategoryInTheOrderCategoriesFirstOccur() {
		// CAT: A (0.6, on track) and B (0.5, lagging) → mean 0.55, worst lagging
		// SCOPE: AREA (achieved) → mean 1
		List<Indicator> indicators = List.of(indicator("A", "GOAL_1", "CAT"), indicator("AREA", null, "SCOPE"),
				indicator("B", "GOAL_2", "CAT"));
		List<IndicatorEvaluation> evaluations = List.of(evaluation("B", Status.LAGGING, 0.5),
				evaluation("A", Status.ON_TRACK, 0.6), evaluation("AREA", Status.ACHIEVED, null));
		List<RollUp> rollUps = this.calculator.byCategory(indicators, evaluations);
		assertThat(rollUps).extracting(RollUp::key).containsExactly("CAT", "SCOPE");
		assertThat(rollUps.get(0).members()).containsExactly("A", "B");
		assertThat(rollUps.get(0).meanCappedCompletion()).isCloseTo(0.55, within(1e-12));
		assertThat(rollUps.get(0).worstStatus()).isEqualTo(Status.LAGGING);
		assertThat(rollUps.get(1).meanCappedCompletion()).isEqualTo(1.0);
	}

	@Test
	void leavesOutIndicatorsThatWereNotEvaluated() {
		List<Indicator> indicators = List.of(indicator("A", "G", "CAT"), indicator("B", "G", "CAT"),
				indicator("C", "OTHER", "CAT"));
		RollUp rollUp = this.calculator.byGoal(indicators, List.of(evaluation("A", Status.ON_TRACK, 0.6))).get(0);
		assertThat(rollUp.members()).containsExactly("A");
		assertThat(this.calculator.byGoal(indicators, List.of(evaluation("A", Status.ON_TRACK, 0.6))))
			.extracting(RollUp::key)
			.containsExactly("G");
	}

	@Test
	void ordersStatusesBySeverityWithNoDataAside() {
		assertThat(Status.ACHIEVED.severity()).isLessThan(Status.ON_TRACK.severity());
		assertThat(Status.ON_TRACK.severity()).isLessThan(Status.LAGGING.severity());
		assertThat(Status.LAGGING.severity()).isLessThan(Status.OFF_TRACK.severity());
		assertThat(Status.worst(Status.NO_DATA, Status.ACHIEVED)).isEqualTo(Status.ACHIEVED);
		assertThat(Status.worst(Status.LAGGING, Status.OFF_TRACK, Status.ON_TRACK)).isEqualTo(Status.OFF_TRACK);
		assertThat(Status.worst(Status.NO_DATA, Status.NO_DATA)).isEqualTo(Status.NO_DATA);
		assertThat(Status.worst(List.of())).isEqualTo(Status.NO_DATA);
		assertThat(Status.ON_TRACK.atLeast(Status.LAGGING)).isEqualTo(Status.LAGGING);
		assertThat(Status.OFF_TRACK.atLeast(Status.LAGGING)).isEqualTo(Status.OFF_TRACK);
	}

	private static Indicator indicator(String code, String goal, String category) {
		return new Indicator(new IndicatorCode(code), LocalizedText.of(code, code), LocalizedText.of("单位", "unit"),
				category, goal, Direction.HIGHER, Attribute.EXPECTED, null,
				List.of(new Target(2025, Comparator.GE, BigDecimal.TEN, null)), Frequency.ANNUAL, null, null, null,
				"source", null);
	}

	private static IndicatorEvaluation evaluation(String code, Status status, Double completion) {
		return new IndicatorEvaluation(code, 2023, null, null, null, null, null, null, completion, null, null, null,
				null, null, null, status, false, false, false, null, List.of());
	}

}
