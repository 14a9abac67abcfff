package org.corridor.observatory.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndustryReaderTest {

	private static final String SYSTEM = """
			system: {code: SYSTEM_1, name: {zh: 产业体系, en: Industry system}, source: "system"}
			tiers:
			  - {code: TIER_1, label: "1", name: {zh: 第一层, en: Tier 1}, source: "tier"}
			clusters:
			  - {code: GREEN_CLUSTER, tier: TIER_1, kind: %s, name: {zh: 绿色, en: Green}, source: "cluster"}
			chains:
			  - code: STORAGE_CHAIN
			    cluster: GREEN_CLUSTER
			    name: {zh: 储能产业链, en: Storage chain}
			    segments:
			      - {code: CELLS, stage: upstream, industries: ["C3841"], name: {zh: 电芯, en: Cells}, source: "cells"}
			      - {code: SYSTEMS, stage: downstream, %s name: {zh: 系统, en: Systems}, source: "systems"}
			    source: "chain"
			""";

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsTheSystemAndChainsWithTheirSegmentsFirst() {
		List<Item> items = read("cluster", "keywords: [储能系统],");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(items).extracting(Item::code)
			.containsExactly("SYSTEM_1", "TIER_1", "GREEN_CLUSTER", "CELLS", "SYSTEMS", "STORAGE_CHAIN");
		Item chain = items.get(5);
		assertThat(chain.references("segments")).containsExactly("CELLS", "SYSTEMS");
		assertThat(items.get(3).references("chain")).containsExactly("STORAGE_CHAIN");
		assertThat(items.get(3).references("industries")).containsExactly("C3841");
		assertThat(items.get(4).references("keywords")).containsExactly("储能系统");
	}

	@Test
	void reportsAClusterKindOutsideTheListAndASegmentWithoutRules() {
		read("sector", "");

		assertThat(this.fixture.problems()).hasSize(2)
			.anySatisfy((p) -> assertThat(p).startsWith("industry.yaml : clusters[0].kind : 取值“sector”无效,可选:["))
			.anySatisfy((p) -> assertThat(p)
				.isEqualTo("industry.yaml : chains[0].segments[1] : 环节没有映射规则:至少给出一个行业代码前缀(industries)或关键词(keywords)"
						+ " / the segment has no mapping rule: give at least one industry code prefix (industries)"
						+ " or keyword (keywords)"));
	}

	private List<Item> read(String kind, String rules) {
		return new IndustryReader(this.fixture.codes)
			.read(this.fixture.file("industry.yaml", SYSTEM.formatted(kind, rules)));
	}

}
