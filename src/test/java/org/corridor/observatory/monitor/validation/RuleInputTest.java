package org.corridor.observatory.monitor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.plan.Severity;
import org.corridor.observatory.tabular.ImportProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule typed on the rules page or in the sheet: checked against the plan, located. */
class RuleInputTest {

	static final Plan PLAN = PlanPackLoader.load(PlanCatalog.packFiles("classpath:packs/chengxi-2021"));

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new java.util.HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	@Test
	void readsAGoodRuleAndGivesItBack() {
		List<ImportProblem> problems = new ArrayList<>();
		FigureRule rule = RuleInput
			.of(fields("code", "XIHU_WITHIN_CORRIDOR", "name_zh", "西湖区不超过大走廊", "name_en", "Xihu within the corridor",
					"left_indicator", "DIGITAL_CORE_REVENUE", "left_zones", "XIHU", "operator", "≤", "right_indicator",
					"DIGITAL_CORE_REVENUE", "right_zones", "CORRIDOR", "severity", "错误"))
			.check(PLAN, 0, problems);
		assertThat(problems).isEmpty();
		assertThat(rule.formula()).isEqualTo("DIGITAL_CORE_REVENUE@XIHU ≤ DIGITAL_CORE_REVENUE@CORRIDOR");
		assertThat(rule.severity()).isEqualTo(Severity.ERROR);
		assertThat(rule.enabled()).isTrue();
		assertThat(RuleInput.of(rule).check(PLAN, 0, new ArrayList<>())).isEqualTo(rule);
	}

	@Test
	void locatesEveryProblem() {
		List<ImportProblem> problems = new ArrayList<>();
		RuleInput
			.of(fields("code", "bad code", "name_zh", "x", "name_en", "x", "left_indicator", "NO_SUCH", "left_zones",
					"sum:NOWHERE,XIHU", "left_year_offset", "-99", "operator", "<>", "right_indicator",
					"DIGITAL_CORE_REVENUE", "tolerance_percent", "-1", "severity", "fatal", "enabled", "maybe"))
			.check(PLAN, 7, problems);
		assertThat(problems).extracting(ImportProblem::column)
			.containsExactly("code", "left_indicator", "left_zones", "left_year_offset", "operator",
					"tolerance_percent", "severity", "enabled");
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.row()).isEqualTo(7));
		assertThat(problems.get(1).zh()).isEqualTo("指标代码 NO_SUCH 不在规划中");
		assertThat(problems.get(2).en()).isEqualTo("zone code NOWHERE is not in the plan");
	}

}
