package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.util.List;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.plan.RuleOperator;
import org.corridor.observatory.plan.Severity;
import org.corridor.observatory.plan.ZoneSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of rule of the second pack's {@code rules.yaml}: ≈ over a level's sum against
 * one zone, = over named zones, ≤ zone by zone, ≥ against the year before.
 */
class RuleEvaluatorTest {

	static final Plan PLAN = PlanPackLoader.load(PlanCatalog.packFiles("classpath:packs/riverside-2026"));

	private static FigureRule rule(String code) {
		return PLAN.listRules().stream().filter((rule) -> rule.code().equals(code)).findFirst().orElseThrow();
	}

	private static Figures figures(Object... indicatorZoneYearValue) {
		Figures figures = new Figures();
		for (int i = 0; i < indicatorZoneYearValue.length; i += 4) {
			figures.put((String) indicatorZoneYearValue[i], (String) indicatorZoneYearValue[i + 1],
					(Integer) indicatorZoneYearValue[i + 2], new BigDecimal(indicatorZoneYearValue[i + 3].toString()));
		}
		return figures;
	}

	@Test
	void readsEveryRuleOfThePack() {
		assertThat(PLAN.listRules()).extracting(FigureRule::code)
			.containsExactly("TOWNS_ADD_UP_TO_VALLEY", "FIRMS_ADD_UP_TO_VALLEY", "RD_WITHIN_REVENUE", "REVENUE_GROWS");
		FigureRule towns = rule("TOWNS_ADD_UP_TO_VALLEY");
		assertThat(towns.left().zones().toString()).isEqualTo("sum:town");
		assertThat(towns.operator()).isEqualTo(RuleOperator.APPROX);
		assertThat(towns.tolerancePercent()).isEqualByComparingTo("2");
		assertThat(towns.severity()).isEqualTo(Severity.WARNING);
		assertThat(rule("FIRMS_ADD_UP_TO_VALLEY").left().zones())
			.isEqualTo(ZoneSet.sumOf(List.of("NORTH_TOWN", "SOUTH_TOWN")));
		assertThat(rule("RD_WITHIN_REVENUE").left().zones().isEach()).isTrue();
		assertThat(rule("REVENUE_GROWS").right().yearOffset()).isEqualTo(-1);
	}

	@Test
	void approxHoldsWithinTheToleranceAndFindsTheDifferenceBeyondIt() {
		FigureRule towns = rule("TOWNS_ADD_UP_TO_VALLEY");
		// 49 + 49.5 = 98.5 against 100: 1.5 % off, within 2 %
		assertThat(RuleEvaluator.evaluate(PLAN, towns, figures("GREEN_REVENUE", "NORTH_TOWN", 2025, "49",
				"GREEN_REVENUE", "SOUTH_TOWN", 2025, "49.5", "GREEN_REVENUE", "VALLEY", 2025, "100")))
			.isEmpty();
		// 93.9 + 0 … the case: 9 391.6 against 9 650.3 is 2.68 % off
		List<Finding> findings = RuleEvaluator.evaluate(PLAN, towns, figures("GREEN_REVENUE", "NORTH_TOWN", 2025,
				"5000", "GREEN_REVENUE", "SOUTH_TOWN", 2025, "4391.6", "GREEN_REVENUE", "VALLEY", 2025, "9650.3"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.zone()).isEqualTo("VALLEY");
			assertThat(finding.year()).isEqualTo(2025);
			assertThat(finding.left()).isEqualByComparingTo("9391.6");
			assertThat(finding.right()).isEqualByComparingTo("9650.3");
			assertThat(finding.difference()).isEqualByComparingTo("-258.7");
			assertThat(finding.differencePercent()).isEqualByComparingTo("-2.68");
			assertThat(finding.involvesZone("SOUTH_TOWN")).isTrue();
			assertThat(finding.blocks()).isTrue();
			assertThat(finding.acknowledge().blocks()).isFalse();
			assertThat(finding.describeZh()).contains("TOWNS_ADD_UP_TO_VALLEY", "警告", "9391.6", "9650.3", "-2.68%");
		});
	}

	@Test
	void aSumWithAZoneMissingIsNotChecked() {
		assertThat(RuleEvaluator.evaluate(PLAN, rule("TOWNS_ADD_UP_TO_VALLEY"),
				figures("GREEN_REVENUE", "NORTH_TOWN", 2025, "10", "GREEN_REVENUE", "VALLEY", 2025, "100")))
			.isEmpty();
	}

	@Test
	void equalsOverNamedZonesIsAnErrorThatNoAcknowledgementLifts() {
		List<Finding> findings = RuleEvaluator.evaluate(PLAN, rule("FIRMS_ADD_UP_TO_VALLEY"), figures("CLEAN_FIRMS",
				"NORTH_TOWN", 2025, "3", "CLEAN_FIRMS", "SOUTH_TOWN", 2025, "4", "CLEAN_FIRMS", "VALLEY", 2025, "8"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.acknowledge().blocks()).isTrue();
		});
		assertThat(RuleEvaluator.evaluate(PLAN, rule("FIRMS_ADD_UP_TO_VALLEY"), figures("CLEAN_FIRMS", "NORTH_TOWN",
				2025, "3", "CLEAN_FIRMS", "SOUTH_TOWN", 2025, "5", "CLEAN_FIRMS", "VALLEY", 2025, "8")))
			.isEmpty();
	}

	@Test
	void aRuleForEachZoneHoldsZoneByZone() {
		List<Finding> findings = RuleEvaluator.evaluate(PLAN, rule("RD_WITHIN_REVENUE"),
				figures("GREEN_RD_SPENDING", "NORTH_TOWN", 2025, "2", "GREEN_REVENUE", "NORTH_TOWN", 2025, "30",
						"GREEN_RD_SPENDING", "SOUTH_TOWN", 2025, "12", "GREEN_REVENUE", "SOUTH_TOWN", 2025, "10",
						"GREEN_RD_SPENDING", "VALLEY", 2025, "14"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.zone()).isEqualTo("SOUTH_TOWN");
			assertThat(finding.left()).isEqualByComparingTo("12");
			assertThat(finding.right()).isEqualByComparingTo("10");
		});
	}

	@Test
	void aYearOffsetComparesWithTheYearBefore() {
		List<Finding> findings = RuleEvaluator.evaluate(PLAN, rule("REVENUE_GROWS"),
				figures("GREEN_REVENUE", "VALLEY", 2025, "100", "GREEN_REVENUE", "VALLEY", 2026, "90", "GREEN_REVENUE",
						"NORTH_TOWN", 2025, "40", "GREEN_REVENUE", "NORTH_TOWN", 2026, "45"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.zone()).isEqualTo("VALLEY");
			assertThat(finding.year()).isEqualTo(2026);
			assertThat(finding.left()).isEqualByComparingTo("90");
			assertThat(finding.right()).isEqualByComparingTo("100");
		});
	}

	@Test
	void aDisabledRuleFindsNothing() {
		FigureRule rule = rule("RD_WITHIN_REVENUE");
		FigureRule disabled = new FigureRule(rule.code(), rule.name(), rule.left(), rule.operator(), rule.right(),
				rule.tolerancePercent(), rule.severity(), false);
		Figures broken = figures("GREEN_RD_SPENDING", "VALLEY", 2025, "12", "GREEN_REVENUE", "VALLEY", 2025, "10");
		assertThat(RuleEvaluator.evaluate(PLAN, List.of(rule), broken)).hasSize(1);
		assertThat(RuleEvaluator.evaluate(PLAN, List.of(disabled), broken)).isEmpty();
	}

	@Test
	void operatorsCompareAsWritten() {
		BigDecimal ten = BigDecimal.TEN;
		assertThat(RuleOperator.LE.holds(ten, ten, null)).isTrue();
		assertThat(RuleOperator.LE.holds(BigDecimal.valueOf(11), ten, null)).isFalse();
		assertThat(RuleOperator.GE.holds(BigDecimal.valueOf(9), ten, null)).isFalse();
		assertThat(RuleOperator.EQ.holds(new BigDecimal("10.0"), ten, null)).isTrue();
		assertThat(RuleOperator.APPROX.holds(new BigDecimal("10.2"), ten, BigDecimal.valueOf(2))).isTrue();
		assertThat(RuleOperator.APPROX.holds(new BigDecimal("10.21"), ten, BigDecimal.valueOf(2))).isFalse();
		assertThat(RuleOperator.parse("≤")).isEqualTo(RuleOperator.LE);
		assertThat(RuleOperator.parse(">=")).isEqualTo(RuleOperator.GE);
		assertThat(RuleOperator.parse("approx")).isEqualTo(RuleOperator.APPROX);
		assertThat(ZoneSet.parse("sum:district").toString()).isEqualTo("sum:district");
		assertThat(ZoneSet.parse("sum:XIHU, YUHANG").zones()).containsExactly("XIHU", "YUHANG");
		assertThat(ZoneSet.parse("*").isEach()).isTrue();
		assertThat(LocalizedText.of("a", "b")).isNotNull();
	}

}
