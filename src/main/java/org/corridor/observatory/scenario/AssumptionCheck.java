package org.corridor.observatory.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.tabular.ImportProblem;

/**
 * Checks a scenario's draft against the plan, the candidate list and the platform
 * registry, and finds every problem with where it is: the name, an assumption's field.
 * Growth rates below −100 % or above 1000 % a year are refused as absurd, as are years
 * outside the plan (after its baseline year, up to its outlook year).
 */
final class AssumptionCheck {

	static final BigDecimal LOWEST_RATE = BigDecimal.valueOf(-100);

	static final BigDecimal HIGHEST_RATE = BigDecimal.valueOf(1000);

	static final int MOST_ASSUMPTIONS = 500;

	private final Plan plan;

	private final Map<Long, CandidateFirm> candidates;

	private final Map<String, Platform> platforms;

	AssumptionCheck(Plan plan, Map<Long, CandidateFirm> candidates, Map<String, Platform> platforms) {
		this.plan = plan;
		this.candidates = candidates;
		this.platforms = platforms;
	}

	/**
	 * Every problem of the draft.
	 * @param rowOf the row an assumption (0-based) is reported at: its number in a
	 * request, its row in a sheet
	 */
	List<ImportProblem> problems(ScenarioDraft draft, IntFunction<Integer> rowOf) {
		List<ImportProblem> problems = new ArrayList<>();
		if (draft.name() == null || draft.name().isEmpty()) {
			problems.add(new ImportProblem(0, "name", null, "情景名称不能为空", "the scenario needs a name"));
		}
		else if (draft.name().length() > 200) {
			problems.add(new ImportProblem(0, "name", draft.name(), "情景名称不能超过 200 个字符",
					"the name is longer than 200 characters"));
		}
		if (draft.description() != null && draft.description().length() > 2000) {
			problems.add(new ImportProblem(0, "description", null, "说明不能超过 2000 个字符",
					"the description is longer than 2000 characters"));
		}
		if (draft.note() != null && draft.note().length() > 500) {
			problems
				.add(new ImportProblem(0, "note", null, "保存说明不能超过 500 个字符", "the note is longer than 500 characters"));
		}
		if (draft.assumptions().size() > MOST_ASSUMPTIONS) {
			problems.add(ImportProblem.ofFile("假设不能超过 " + MOST_ASSUMPTIONS + " 条",
					"more than " + MOST_ASSUMPTIONS + " assumptions"));
			return problems;
		}
		for (int i = 0; i < draft.assumptions().size(); i++) {
			check(draft.assumptions().get(i), rowOf.apply(i), problems);
		}
		return problems;
	}

	private void check(Assumption a, int row, List<ImportProblem> problems) {
		int first = this.plan.header().baselineYear() + 1;
		int last = this.plan.header().outlookYear();
		if (a.year() < first || a.year() > last) {
			problems.add(new ImportProblem(row, "year", String.valueOf(a.year()),
					"年份须在 " + first + "–" + last + " 之间（规划期及展望期）",
					"the year must lie between " + first + " and " + last + " (the plan and its outlook)"));
		}
		if (a.note() != null && a.note().length() > 500) {
			problems
				.add(new ImportProblem(row, "note", null, "备注不能超过 500 个字符", "the note is longer than 500 characters"));
		}
		switch (a.kind()) {
			case GROWTH -> {
				indicator(a, row, problems);
				zone(a, row, problems, false);
				if (a.rate() == null) {
					problems.add(new ImportProblem(row, "rate", null, "增速不能为空", "the growth rate is missing"));
				}
				else if (a.rate().compareTo(LOWEST_RATE) < 0 || a.rate().compareTo(HIGHEST_RATE) > 0) {
					problems.add(new ImportProblem(row, "rate", a.rate().toPlainString(), "年增速须在 −100 至 1000 之间",
							"a yearly growth rate must lie between −100 and 1000"));
				}
			}
			case LANDING -> {
				zone(a, row, problems, false);
				if (a.candidate() == null) {
					problems.add(new ImportProblem(row, "candidate", null, "须选择招商候选企业", "choose a candidate firm"));
				}
				else if (!this.candidates.containsKey(a.candidate())) {
					problems.add(new ImportProblem(row, "candidate", String.valueOf(a.candidate()), "当前招商候选名单中没有这家企业",
							"no such firm on the current candidate list"));
				}
			}
			case PLATFORM -> {
				if (a.platform() == null || a.platform().isBlank()) {
					problems.add(new ImportProblem(row, "platform", null, "须选择创新平台", "choose a platform"));
				}
				else if (!this.platforms.containsKey(a.platform())) {
					problems.add(new ImportProblem(row, "platform", a.platform(), "创新平台库中没有这个平台",
							"no such platform in the registry"));
				}
				if (a.stage() == null || PlatformStatus.of(a.stage()) == null) {
					problems.add(new ImportProblem(row, "stage", a.stage(), "阶段须为 " + PlatformStatus.codes() + " 之一",
							"the stage must be one of " + PlatformStatus.codes()));
				}
			}
			case BOUNDARY -> {
				zone(a, row, problems, true);
				if (a.rate() == null || a.rate().signum() == 0
						|| a.rate().abs().compareTo(BigDecimal.valueOf(100)) > 0) {
					problems.add(new ImportProblem(row, "rate", (a.rate() != null) ? a.rate().toPlainString() : null,
							"计入比例须在 −100 至 100 之间且不为 0（负数为划出）",
							"the share must lie between −100 and 100 and not be 0 (negative counts the zone out)"));
				}
			}
		}
	}

	private void indicator(Assumption a, int row, List<ImportProblem> problems) {
		if (a.indicator() == null || a.indicator().isBlank()) {
			problems.add(new ImportProblem(row, "indicator", null, "须选择指标", "choose an indicator"));
		}
		else if (this.plan.findIndicator(a.indicator()).isEmpty()) {
			problems
				.add(new ImportProblem(row, "indicator", a.indicator(), "规划中没有这个指标", "no such indicator in the plan"));
		}
	}

	private void zone(Assumption a, int row, List<ImportProblem> problems, boolean notRoot) {
		if (a.zone() == null || a.zone().isBlank()) {
			problems.add(new ImportProblem(row, "zone", null, "须选择空间单元", "choose a zone"));
		}
		else if (this.plan.findZone(a.zone()).isEmpty()) {
			problems.add(new ImportProblem(row, "zone", a.zone(), "规划中没有这个空间单元", "no such zone in the plan"));
		}
		else if (notRoot && a.zone().equals(this.plan.rootZone().code())) {
			problems.add(new ImportProblem(row, "zone", a.zone(), "范围调整须针对走廊以外或走廊的一部分，不能是走廊本身",
					"a boundary change concerns a part of the corridor or a zone outside it, not the corridor itself"));
		}
	}

}
