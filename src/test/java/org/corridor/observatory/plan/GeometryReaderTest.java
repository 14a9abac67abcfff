package org.corridor.observatory.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeometryReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void reportsAnAnchorOutsideChinaAMethodOutsideTheListAndASecondRuleForAZone() {
		PlanGeometry geometry = new GeometryReader(this.fixture.codes).read(this.fixture.file("geometry.yaml", """
				anchors:
				  - {code: HILL, name: {zh: 山, en: Hill}, lon: 12.1, lat: 30.2, crs: wgs84, precision_m: 100,
				     provenance: {zh: 地图, en: Map}}
				rules:
				  - {zone: VALLEY, method: buffer, anchors: [HILL], radius_km: 2, precision_m: 500, note: disc}
				  - {zone: VALLEY, method: circle, precision_m: 500, note: disc}
				  - {zone: VALLEY, method: buffer, anchors: [HILL], radius_km: 3, precision_m: 500, note: disc}
				"""));

		assertThat(this.fixture.problems()).hasSize(3)
			.anySatisfy((p) -> assertThat(p).isEqualTo(
					"geometry.yaml : anchors[0].lon : 经度 12.1 不在中国范围(73–136) / longitude 12.1 is outside China (73–136)"))
			.anySatisfy((p) -> assertThat(p).startsWith("geometry.yaml : rules[1].method : 取值“circle”无效,可选:["))
			.anySatisfy((p) -> assertThat(p)
				.isEqualTo("geometry.yaml : rules[2].zone : 空间单元 VALLEY 有多条派生规则 / zone VALLEY has more than one rule"));
		assertThat(geometry.anchors()).hasSize(1);
		assertThat(geometry.rules()).hasSize(1);
	}

}
