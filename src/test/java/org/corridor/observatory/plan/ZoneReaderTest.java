package org.corridor.observatory.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsZonesWithTheirHierarchyAndLandmarks() {
		List<Zone> zones = read(
				"""
						levels: [area, town]
						zones:
						  - code: VALLEY
						    level: area
						    name: {zh: 河谷, en: Valley}
						    declared_area_km2: 120
						    boundary_landmarks: {north: {zh: 北山, en: North hill}}
						    source: "the valley"
						  - {code: NORTH_TOWN, level: town, parent: VALLEY, name: {zh: 北镇, en: North Town}, source: "North Town"}
						""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(zones).extracting(Zone::code).containsExactly("VALLEY", "NORTH_TOWN");
		assertThat(zones.get(0).boundaryLandmarks()).containsOnlyKeys("north");
		assertThat(zones.get(1).parent()).isEqualTo("VALLEY");
	}

	@Test
	void reportsAParentLoopALevelNotListedAndABadDivisionCode() {
		read("""
				levels: [town]
				zones:
				  - {code: NORTH_TOWN, level: town, parent: SOUTH_TOWN, name: {zh: 北镇, en: North Town}, source: "N"}
				  - {code: SOUTH_TOWN, level: town, parent: NORTH_TOWN, name: {zh: 南镇, en: South Town}, source: "S"}
				  - {code: VALLEY, level: area, adcode: "33010", name: {zh: 河谷, en: Valley}, source: "V"}
				""");

		assertThat(this.fixture.problems()).containsExactly(
				"zones.yaml : zones[2].level : 层级“area”未在 levels 中列出 / level 'area' is not listed in levels",
				"zones.yaml : zones[2].adcode : 区划代码应为 6 位或 9 位数字 / a division code has 6 or 9 digits",
				"zones.yaml : zones.NORTH_TOWN.parent : 上级关系形成循环 / the parent chain loops back on itself",
				"zones.yaml : zones.SOUTH_TOWN.parent : 上级关系形成循环 / the parent chain loops back on itself");
	}

	@Test
	void readsWhetherADistrictReports() {
		List<Zone> zones = read("""
				levels: [district, town]
				zones:
				  - {code: OLD_TOWN, level: district, name: {zh: 老区, en: Old District}, source: "O"}
				  - code: SPLIT_OFF
				    level: district
				    name: {zh: 新区, en: New District}
				    reporting: false
				    note: {zh: 仅用于拆分旧数据, en: kept only to split earlier figures}
				    source: "O"
				  - {code: NORTH_TOWN, level: town, name: {zh: 北镇, en: North Town}, source: "N"}
				""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(zones).extracting(Zone::reporting).containsExactly(true, false, true);
		assertThat(Decomposition.parts(zones)).extracting(Zone::code).containsExactly("OLD_TOWN");
	}

	@Test
	void refusesReportingOffADistrictWithoutANoteAndWhenNoDistrictReports() {
		read("""
				levels: [district, town]
				zones:
				  - {code: SPLIT_OFF, level: district, reporting: false, name: {zh: 新区, en: New District}, source: "O"}
				  - {code: NORTH_TOWN, level: town, reporting: false, name: {zh: 北镇, en: North Town}, note: {zh: 镇, en: town}, source: "N"}
				""");

		assertThat(this.fixture.problems()).containsExactly(
				"zones.yaml : zones[0].note : 不填报的区县须在 note 中说明为何收录 / a district that does not report needs a note saying why it is kept",
				"zones.yaml : zones[1].reporting : 只有区县（district）可标注是否为填报单位 / only a district can say whether it is a reporting unit",
				"zones.yaml : zones : 至少要有一个填报的区县（reporting: false 不能标在全部区县上） / at least one district must report (reporting: false cannot be on every district)");
	}

	private List<Zone> read(String yaml) {
		return new ZoneReader(this.fixture.codes).read(this.fixture.file("zones.yaml", yaml));
	}

}
