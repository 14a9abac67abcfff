package org.corridor.observatory.scenario;

import java.util.List;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of a scenario's assumption sheet (情景假设表): codes, which count, beside names,
 * which are there to read (a blank indicator or zone code is looked up by its name).
 */
enum ScenarioColumn implements Column {

	KIND(new Spec("假设类型", "kind", true, List.of("类型", "type"), "增速、企业落地、平台进展、范围调整（或 GROWTH、LANDING、PLATFORM、BOUNDARY）",
			"growth, landing, platform, boundary", "增速")),

	INDICATOR_CODE(Spec.of("指标代码", "indicator code", false, "增速假设：指标代码", "growth: the indicator's code",
			"DIGITAL_CORE_REVENUE")),

	INDICATOR(Spec.of("指标名称", "indicator", false, "仅供阅读；代码为空时按名称查找", "to read; looked up when the code is blank",
			"数字经济核心产业营业收入")),

	ZONE_CODE(Spec.of("空间单元代码", "zone code", false, "增速、企业落地、范围调整：空间单元代码", "growth, landing, boundary: the zone's code",
			"XIHU")),

	ZONE(Spec.of("空间单元名称", "zone", false, "仅供阅读；代码为空时按名称查找", "to read; looked up when the code is blank", "西湖区")),

	YEAR(Spec.of("起始年份", "from year", true, "自该年起生效（平台：该年底前达到）",
			"takes effect from this year (platform: reached by its end)", "2024")),

	RATE(Spec.of("增速或比例", "rate or share", false, "增速：每年 %（百分比指标为百分点）；范围调整：计入比例 %，负数为划出",
			"growth: % a year (percentage points for an indicator in %); boundary: share in %, negative counts out",
			"8")),

	CANDIDATE_ID(Spec.of("候选企业编号", "candidate number", false, "企业落地：招商候选名单中的编号",
			"landing: the number on the candidate list", "12")),

	CANDIDATE(Spec.of("候选企业名称", "candidate", false, "仅供阅读", "to read", "")),

	PLATFORM_CODE(Spec.of("平台代码", "platform code", false, "平台进展：创新平台库中的代码", "platform: its code in the registry", "")),

	PLATFORM(Spec.of("平台名称", "platform", false, "仅供阅读", "to read", "")),

	STAGE(Spec.of("阶段", "stage", false, "平台进展：planned、under_construction、operating、accredited、evaluated",
			"platform: planned, under_construction, operating, accredited, evaluated", "accredited")),

	NOTE(new Spec("备注", "note", false, List.of("notes", "remark"), "可选", "optional", "").limitedTo(500));

	private final Spec spec;

	ScenarioColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return this != YEAR && this != RATE && this != CANDIDATE_ID;
	}

}
