package org.corridor.observatory.plan;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorReaderTest {

	private static final String INDICATOR = """
			categories:
			  - {code: ENERGY, name: {zh: 能源, en: Energy}}
			indicators:
			  - code: RENEWABLE_SHARE
			    name: {zh: 可再生电力占比, en: Renewable share}
			    unit: {zh: "%%", en: "%%"}
			    category: ENERGY
			    direction: higher
			    attribute: binding
			    frequency: annual
			    source: "renewable electricity"
			%s
			""";

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsCategoriesIndicatorsBaselinesAndTargets() {
		IndicatorReader.Indicators read = read("""
				    baseline: {year: 2025, value: 40}
				    targets:
				      - {year: 2030, comparator: between, min: 55, max: 60}
				""");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(read.categories()).extracting(Category::code).containsExactly("ENERGY");
		Indicator indicator = read.indicators().get(0);
		assertThat(indicator.findBaseline()).contains(new Baseline(2025, new BigDecimal("40")));
		assertThat(indicator.targets())
			.containsExactly(new Target(2030, Comparator.BETWEEN, new BigDecimal("55"), new BigDecimal("60")));
		assertThat(this.fixture.codes.references()).extracting(CrossReferences.Reference::path)
			.containsExactly("indicators[0].category");
	}

	@Test
	void reportsTargetsOutOfOrderOrOutsideThePlanYearsAndABaselineInsideThePeriod() {
		read("""
				    baseline: {year: 2026, value: 40}
				    targets:
				      - {year: 2030, comparator: gt, value: 60}
				      - {year: 2028, comparator: between, min: 70, max: 65}
				      - {year: 2045, comparator: gt, value: 80}
				""");

		assertThat(this.fixture.problems()).containsExactly(
				"indicators.yaml : indicators[0].baseline.year : 基期年应早于规划期 / the baseline year must precede the plan period",
				"indicators.yaml : indicators[0].targets[1].min : 区间下限大于上限 / the lower bound exceeds the upper bound",
				"indicators.yaml : indicators[0].targets[1].year : 目标应按年份递增排列 / targets must be in increasing year order",
				"indicators.yaml : indicators[0].targets[2].year : 目标年份 2045 不在规划期至展望年之内"
						+ " / target year 2045 is outside the plan period and outlook");
	}

	private IndicatorReader.Indicators read(String rest) {
		return new IndicatorReader(this.fixture.codes, PackFileFixture.header())
			.read(this.fixture.file("indicators.yaml", INDICATOR.formatted(rest)));
	}

}
