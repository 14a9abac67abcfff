package org.corridor.observatory.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsProgrammesAndTheLadderOfTiers() {
		List<Item> items = read("""
				programmes:
				  - {code: EAGLE, name: {zh: 雄鹰, en: Eagle}, aim: {zh: 做强, en: Grow}, source: "eagle"}
				tiers:
				  - {code: SME, name: {zh: 科技型中小企业, en: Tech SME}, next: [GIANT], source: "sme"}
				  - {code: GIANT, name: {zh: 小巨人, en: Little giant}, source: "giant"}
				""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(items).extracting(Item::kind)
			.containsExactly(ItemKind.PROGRAMME, ItemKind.ENTERPRISE_TIER, ItemKind.ENTERPRISE_TIER);
		assertThat(items.get(1).references("next")).containsExactly("GIANT");
		assertThat(items.get(2).references("next")).isEmpty();
	}

	@Test
	void reportsANextTierThatIsNoCode() {
		read("""
				tiers:
				  - {code: SME, name: {zh: 科技型中小企业, en: Tech SME}, next: [little giant], source: "sme"}
				""");

		assertThat(this.fixture.problems()).containsExactly(
				"programmes.yaml : tiers[0].next[0] : 代码“little giant”格式错误 / 'little giant' is not a code");
	}

	private List<Item> read(String yaml) {
		return new ProgrammeReader(this.fixture.codes).read(this.fixture.file("programmes.yaml", yaml));
	}

}
