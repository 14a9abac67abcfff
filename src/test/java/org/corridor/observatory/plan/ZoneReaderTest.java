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

	private List<Zone> read(String yaml) {
		return new ZoneReader(this.fixture.codes).read(this.fixture.file("zones.yaml", yaml));
	}

}
