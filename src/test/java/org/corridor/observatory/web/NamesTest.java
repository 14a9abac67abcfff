package org.corridor.observatory.web;

import java.util.List;
import java.util.Locale;

import org.corridor.observatory.monitor.RollUpCalculator;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformLevel;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.registry.platform.PlatformStore;
import org.corridor.observatory.registry.platform.PlatformStore.PlatformRevision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes turned into the user's words, in Chinese and in English, on the corridor plan.
 */
class NamesTest {

	private static final Plan PLAN = SamplePacks.corridor();

	private final Names zh = new Names(PLAN, Locale.SIMPLIFIED_CHINESE);

	private final Names en = new Names(PLAN, Locale.ENGLISH);

	@Test
	void namesZonesChainsTiersAndPlatformTypesByTheirNamesInThePlan() {
		assertThat(this.zh.zone("CORE_AREA")).isEqualTo("核心区");
		assertThat(this.en.zone("CORE_AREA")).isEqualTo(PLAN.getZone("CORE_AREA").name().en());
		assertThat(this.zh.chain("AI_CHAIN")).isEqualTo(name(ItemKind.CHAIN, "AI_CHAIN"));
		assertThat(this.zh.tier("LITTLE_GIANT")).isEqualTo(name(ItemKind.ENTERPRISE_TIER, "LITTLE_GIANT"));
		assertThat(this.zh.platformType("MAJOR_SCI_FACILITY")).isEqualTo("重大科技基础设施");
		assertThat(this.zh.zones(List.of("XIHU", "YUHANG"))).isEqualTo("西湖区、余杭区");
		assertThat(this.en.zones(List.of("XIHU", "YUHANG"))).contains(", ");
	}

	@Test
	void namesLevelsAndStatusesByTheirLabels() {
		assertThat(this.zh.of(ZoneLevel.CIRCLE)).isEqualTo("创新圈");
		assertThat(this.en.of(ZoneLevel.CIRCLE)).isEqualTo("Innovation circle");
		assertThat(this.zh.platformLevel("national")).isEqualTo("国家级");
		assertThat(this.zh.of(PlatformLevel.PROVINCIAL)).isEqualTo("省级");
		assertThat(this.zh.platformStatus("under_construction")).isEqualTo("建设中");
		assertThat(this.en.zoneLevel("township")).isEqualTo("Township");
	}

	@Test
	void theRollUpGroupOfIndicatorsWithoutAGoalHasAName() {
		assertThat(this.zh.group(RollUpCalculator.NONE)).isEqualTo("未归入目标或类别").doesNotContain("NONE");
		assertThat(this.en.group(RollUpCalculator.NONE)).isEqualTo("no goal or category");
		String goal = PLAN.listGoals().get(0).code();
		assertThat(this.zh.group(goal)).isEqualTo(PLAN.listGoals().get(0).name().zh());
	}

	@Test
	void aCodeThePlanDoesNotKnowIsShownAsItIs() {
		assertThat(this.zh.zone("ATLANTIS")).isEqualTo("ATLANTIS");
		assertThat(this.zh.zone(null)).isEqualTo("—");
	}

	@Test
	void codesInAPackNoteBecomeNames() {
		assertThat(this.zh.prose("试验区（区域HANGZHOU_AI_PILOT_ZONE、DEQING_AI_PILOT_ZONE）")).isEqualTo("试验区（区域“"
				+ this.zh.zone("HANGZHOU_AI_PILOT_ZONE") + "”、“" + this.zh.zone("DEQING_AI_PILOT_ZONE") + "”）");
		assertThat(this.en.prose("see chain AI_CHAIN; UNKNOWN_CODE stays"))
			.contains("“" + this.en.chain("AI_CHAIN") + "”")
			.contains("UNKNOWN_CODE");
	}

	@Test
	void aComputedIndicatorsQueryInWordsNamesItsRegistryAndFilters() {
		IndicatorQuery centres = IndicatorQuery.platforms(IndicatorQuery.Measure.COUNT, List.of("MAJOR_SCI_FACILITY"),
				"national", "accredited", 2021, null, null);
		assertThat(this.zh.query(centres)).isEqualTo("创新平台数:类型为 重大科技基础设施;级别为 国家级;已达到 获批认定;2021 年起");
		assertThat(this.en.query(centres)).startsWith("number of platforms: type ").doesNotContain("=");
		IndicatorQuery revenue = new IndicatorQuery(IndicatorQuery.Measure.SUM, IndicatorQuery.Figure.REVENUE,
				"AI_CHAIN", null, null, null, null);
		assertThat(this.zh.query(revenue)).isEqualTo("企业营业收入合计:属于产业链 " + this.zh.chain("AI_CHAIN"));
	}

	@Test
	void aReplacedPlatformRecordInWords() {
		PlatformRevision revision = new PlatformRevision(
				"name=超重力装置; type=MAJOR_SCI_FACILITY; level=national; under_construction=2021-01-01; zones=XIHU,YUHANG; demo",
				"plan", java.time.Instant.EPOCH, "import");
		assertThat(revision.fields()).extracting(PlatformStore.Field::key)
			.containsExactly("name", "type", "level", "under_construction", "zones", "demo");
		assertThat(revision.fields()).extracting((f) -> this.zh.field(f.key(), f.value()))
			.containsExactly("超重力装置", "重大科技基础设施", "国家级", "2021-01-01", "西湖区、余杭区", "");
	}

	private static String name(ItemKind kind, String code) {
		return PLAN.listItems(kind).stream().filter((i) -> i.code().equals(code)).findFirst().orElseThrow().name().zh();
	}

}
