package org.corridor.observatory.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsHighlandsAndDomains() {
		List<Item> items = read("""
				highlands:
				  - {code: GREEN, name: {zh: 绿色高地, en: Green highland}, source: "green"}
				domains:
				  - code: STORAGE
				    name: {zh: 储能, en: Energy storage}
				    highland: GREEN
				    focus: {zh: 电池, en: Batteries}
				    source: "storage"
				""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(items).extracting(Item::code).containsExactly("GREEN", "STORAGE");
		assertThat(items.get(1).references("highland")).containsExactly("GREEN");
		assertThat(items.get(1).texts()).containsKey("focus");
	}

	@Test
	void reportsADuplicateCodeAndAnUnknownField() {
		List<Item> items = read("""
				highlands:
				  - {code: GREEN, name: {zh: 绿色高地, en: Green highland}, source: "green"}
				  - {code: GREEN, name: {zh: 绿色高地, en: Green highland}, source: "green"}
				domains:
				  - {code: STORAGE, name: {zh: 储能, en: Energy storage}, colour: green, source: "storage"}
				""");

		assertThat(this.fixture.problems()).containsExactly(
				"domains.yaml : highlands[1].code : 代码 GREEN 重复 / duplicate code GREEN",
				"domains.yaml : domains[0].colour : 未知字段 / unknown field");
		assertThat(items).hasSize(3);
	}

	private List<Item> read(String yaml) {
		return new DomainReader(this.fixture.codes).read(this.fixture.file("domains.yaml", yaml));
	}

}
