package org.corridor.observatory.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsTypesAndPlatforms() {
		List<Item> items = read(
				"""
						types:
						  - {code: ENERGY_LAB, name: {zh: 能源实验室, en: Energy laboratory}, rank: 2, level: national, source: "lab"}
						platforms:
						  - code: VALLEY_LAB
						    type: ENERGY_LAB
						    name: {zh: 河谷实验室, en: Valley Laboratory}
						    status: under_construction
						    domains: [ENERGY]
						    zone: NORTH_TOWN
						    source: "Build one lab"
						""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(items).extracting(Item::kind).containsExactly(ItemKind.PLATFORM_TYPE, ItemKind.PLATFORM);
		assertThat(items.get(0).attribute("rank")).isEqualTo("2");
		assertThat(items.get(1).attribute("status")).isEqualTo("under_construction");
		assertThat(items.get(1).references("domains")).containsExactly("ENERGY");
		assertThat(this.fixture.codes.references()).extracting(CrossReferences.Reference::path)
			.containsExactly("platforms[0].type", "platforms[0].domains[0]", "platforms[0].zone");
	}

	@Test
	void reportsAStatusOutsideTheListAndARankThatIsNoNumber() {
		List<Item> items = read("""
				types:
				  - {code: ENERGY_LAB, name: {zh: 能源实验室, en: Energy laboratory}, rank: first, source: "lab"}
				platforms:
				  - {code: VALLEY_LAB, type: ENERGY_LAB, name: {zh: 河谷实验室, en: Valley Laboratory}, status: closed,
				     source: "Build one lab"}
				""");

		assertThat(items.get(1).attribute("status")).isNull();
		assertThat(this.fixture.problems()).hasSize(2)
			.anySatisfy((p) -> assertThat(p)
				.isEqualTo("platforms.yaml : types[0].rank : 应为整数,而不是“first” / must be a whole number, not 'first'"))
			.anySatisfy((p) -> assertThat(p).startsWith("platforms.yaml : platforms[0].status : 取值“closed”无效,可选:[")
				.contains(" / 'closed' is not one of [")
				.contains("under_construction"));
	}

	private List<Item> read(String yaml) {
		return new PlatformReader(this.fixture.codes).read(this.fixture.file("platforms.yaml", yaml));
	}

}
