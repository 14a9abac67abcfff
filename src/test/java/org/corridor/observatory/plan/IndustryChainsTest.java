package org.corridor.observatory.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The industry chains of the default pack are complete — every chain the text names, each
 * with ordered, staged segments and the rules that map firms onto them — and bad rules
 * are reported with their path.
 */
class IndustryChainsTest {

	private static final Plan PLAN = SamplePacks.corridor();

	@TempDir
	Path folder;

	@Test
	void theDefaultPackHasEveryChainTheTextNames() {
		assertThat(PLAN.listItems(ItemKind.CHAIN)).extracting(Item::code)
			.containsExactly("AI_CHAIN", "CLOUD_BIG_DATA_CHAIN", "IC_CHAIN", "IOT_5G_CHAIN", "BLOCKCHAIN_CHAIN",
					"DIGITAL_TRADE_CHAIN", "PRECISION_MEDICINE_CHAIN", "MEDICAL_DEVICES_CHAIN",
					"INNOVATIVE_DRUGS_CHAIN", "SMART_EQUIPMENT_CHAIN", "FINTECH_CHAIN", "VENTURE_CAPITAL_CHAIN",
					"HUMAN_CAPITAL_CHAIN", "FUTURE_ADVANCED_MATERIALS_CHAIN", "FUTURE_QUANTUM_CHAIN",
					"FUTURE_BLOCKCHAIN_CHAIN", "FUTURE_NEXT_GEN_AI_CHAIN", "FUTURE_NEXT_GEN_MOBILE_CHAIN",
					"FUTURE_AEROSPACE_CHAIN");
		// Every service sector and every future industry has exactly one chain.
		for (Item cluster : PLAN.listItems(ItemKind.CLUSTER)) {
			if (!"cluster".equals(cluster.attribute("kind"))) {
				assertThat(PLAN.listItems(ItemKind.CHAIN))
					.filteredOn((chain) -> chain.references("cluster").contains(cluster.code()))
					.as(cluster.code())
					.hasSize(1);
			}
		}
		assertThat(item(ItemKind.CHAIN, "INNOVATIVE_DRUGS_CHAIN").references("cluster"))
			.containsExactly("LIFE_HEALTH_CLUSTER");
	}

	@Test
	void everyChainHasOrderedStagedSegmentsEachWithAMappingRule() {
		List<String> order = List.of("upstream", "midstream", "downstream");
		for (Item chain : PLAN.listItems(ItemKind.CHAIN)) {
			List<String> segments = chain.references("segments");
			assertThat(segments).as(chain.code()).isNotEmpty();
			int previous = 0;
			for (String code : segments) {
				Item segment = item(ItemKind.SEGMENT, code);
				assertThat(segment.references("chain")).containsExactly(chain.code());
				String stage = segment.attribute("stage");
				assertThat(order).as(code).contains(stage);
				assertThat(order.indexOf(stage)).as("%s flows upstream to downstream", code)
					.isGreaterThanOrEqualTo(previous);
				previous = order.indexOf(stage);
				assertThat(segment.references("industries").size() + segment.references("keywords").size()).as(code)
					.isPositive();
				assertThat(segment.references("industries")).allMatch((prefix) -> prefix.matches("[A-T]?\\d{2,4}"));
				assertThat(segment.references("keywords")).doesNotHaveDuplicates()
					.noneMatch(String::isBlank)
					.as("%s keywords too general", code)
					.doesNotContainAnyElementsOf(Set.of("科技", "信息", "技术", "智能", "数字", "网络", "服务"));
			}
		}
		assertThat(PLAN.listItems(ItemKind.SEGMENT)).extracting(Item::code)
			.containsAll(
					PLAN.listItems(ItemKind.CHAIN).stream().flatMap((c) -> c.references("segments").stream()).toList());
	}

	@Test
	void readsASegmentsRules() {
		Item design = item(ItemKind.SEGMENT, "IC_CHIP_DESIGN");
		assertThat(design.references("industries")).containsExactly("I6520");
		assertThat(design.references("keywords")).containsExactly("芯片设计", "芯片", "微电子");
		assertThat(item(ItemKind.SEGMENT, "AI_APPLICATION_SCENARIOS").references("industries")).isEmpty();
	}

	@Test
	void reportsBadRulesWithTheirPath() {
		Path pack = SamplePacks.copy(SamplePacks.CORRIDOR, this.folder);
		// IC_CHAIN is chains[2]; IC_CHIP_DESIGN its segments[2], IC_MANUFACTURING_TECH
		// [3].
		SamplePacks.replace(pack, "industry.yaml", "industries: [I6520]\n        keywords: [芯片设计, 芯片, 微电子]",
				"industries: [I6520, \"65x\", 6520, I6520]\n        keywords: [芯片设计, \" \", 芯片设计]");
		SamplePacks.replace(pack, "industry.yaml", "industries: [C3973, C3972]", "industry: [C3973, C3972]");
		// AI_APPLICATION_SCENARIOS, chains[0].segments[3], loses its only rule.
		SamplePacks.replace(pack, "industry.yaml", "        keywords: [人工智能, 智能驾驶, 自动驾驶]\n", "");

		List<PackProblem> problems = PlanPackLoader.validate(PackFiles.folder(pack));

		assertThat(SamplePacks.describe(problems))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[2].segments[2].industries[1] : ")
				.contains("“65x”无效")
				.contains("'65x' is not an industry code prefix"))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[2].segments[2].industries[2] : ")
				.contains("must be quoted text"))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[2].segments[2].industries[3] : ")
				.contains("duplicate industry code prefix I6520"))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[2].segments[2].keywords[1] : ")
				.contains("关键词应为非空文本"))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[2].segments[2].keywords[2] : ")
				.contains("duplicate keyword '芯片设计'"))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[2].segments[3].industry : ")
				.contains("unknown field"))
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : chains[0].segments[3] : ")
				.contains("环节没有映射规则")
				.contains("the segment has no mapping rule"));
		assertThat(problems).hasSize(7);
	}

	private static Item item(ItemKind kind, String code) {
		return PLAN.listItems(kind)
			.stream()
			.filter((item) -> item.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + code));
	}

}
