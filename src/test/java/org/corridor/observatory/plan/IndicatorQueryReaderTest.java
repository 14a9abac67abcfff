package org.corridor.observatory.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorQueryReaderTest {

	private final PackFileFixture fixture = new PackFileFixture();

	@Test
	void readsAFirmQueryAndNotesItsReferences() {
		IndicatorQuery query = read("{measure: count, chain: AI_CHAIN, zone: CORE_AREA}");

		assertThat(this.fixture.problems()).isEmpty();
		assertThat(query).isEqualTo(
				new IndicatorQuery(IndicatorQuery.Measure.COUNT, null, "AI_CHAIN", null, null, "CORE_AREA", null));
		assertThat(this.fixture.codes.references()).extracting(CrossReferences.Reference::path)
			.containsExactly("query.zone", "query.chain");
	}

	@Test
	void reportsACountWithAFigure() {
		assertThat(read("{measure: count, figure: revenue}")).isNull();

		assertThat(this.fixture.problems())
			.containsExactly("indicators.yaml : query.figure : 计数不需要 figure / a count takes no figure");
	}

	@Test
	void reportsAPlatformQuerySinceAYearWithoutAStatus() {
		assertThat(read("{subject: platforms, measure: count, since: 2021}")).isNull();

		assertThat(this.fixture.problems())
			.containsExactly("indicators.yaml : query.since : " + "since 需与 status 同用：从哪一年起达到该状态才计入"
					+ " / since needs a status: it is the first year in which reaching that status counts");
	}

	@Test
	void hasNoQueryWhenTheIndicatorGivesNone() {
		assertThat(new IndicatorQueryReader(this.fixture.codes).read(this.fixture.file("indicators.yaml", "code: X")))
			.isNull();
	}

	private IndicatorQuery read(String query) {
		Node indicator = this.fixture.file("indicators.yaml", "query: " + query);
		return new IndicatorQueryReader(this.fixture.codes).read(indicator);
	}

}
