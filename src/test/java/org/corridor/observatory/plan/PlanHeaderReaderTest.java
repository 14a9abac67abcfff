package org.corridor.observatory.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanHeaderReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsTheHeaderTablesAndSourceFile() {
		PlanHeaderReader.PlanFile plan = read("""
				format: observatory-plan-pack/1
				id: valley-2026
				version: 1.0.0
				name: {zh: 河谷规划, en: Valley plan}
				source_text: source.txt
				period: {start: 2026, end: 2030}
				baseline_year: 2025
				outlook_year: 2040
				milestones: [2030, 2040]
				tables:
				  - {code: TABLE_1, name: {zh: 表1, en: Table 1}, rows_given: false, source: "Table 1"}
				""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(plan.header().id()).isEqualTo("valley-2026");
		assertThat(plan.header().shortName()).isEqualTo(plan.header().name());
		assertThat(plan.header().milestones()).containsExactly(2030, 2040);
		assertThat(plan.sourceFile()).isEqualTo("source.txt");
		assertThat(plan.tables()).singleElement().satisfies((table) -> {
			assertThat(table.code()).isEqualTo("TABLE_1");
			assertThat(table.attribute("rows_given")).isEqualTo("false");
		});
	}

	@Test
	void reportsInconsistentYearsAndGivesNoHeader() {
		PlanHeaderReader.PlanFile plan = read("""
				format: observatory-plan-pack/2
				id: Valley
				version: "1.0"
				name: {zh: 河谷规划, en: Valley plan}
				source_text: source.txt
				period: {start: 2031, end: 2030}
				baseline_year: 2025
				outlook_year: 2040
				milestones: [2030]
				tables:
				  - {code: TABLE_1, name: {zh: 表1, en: Table 1}, source: "Table 1"}
				""");

		assertThat(plan.header()).isNull();
		assertThat(this.fixture.problems()).containsExactly(
				"plan.yaml : format : 不支持的格式“observatory-plan-pack/2”,应为 observatory-plan-pack/1"
						+ " / unsupported format 'observatory-plan-pack/2', expected observatory-plan-pack/1",
				"plan.yaml : id : 规划包标识应为小写字母、数字和连字符 / the pack id must be lower-kebab-case",
				"plan.yaml : version : 版本号应为 x.y.z / the version must be x.y.z",
				"plan.yaml : period : 规划期起始年晚于结束年 / the period starts after it ends",
				"plan.yaml : tables[0].rows_given : 缺少必填项 / required field is missing");
	}

	private PlanHeaderReader.PlanFile read(String yaml) {
		return new PlanHeaderReader(this.fixture.codes).read(this.fixture.file("plan.yaml", yaml));
	}

}
