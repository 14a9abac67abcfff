package org.corridor.observatory.plan;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An indicator's {@code query:} block is read and checked like the rest of the pack. */
class IndicatorQueryLoaderTest {

	@TempDir
	Path folder;

	@Test
	void readsAQuery() {
		Path pack = SamplePacks.withComputed(this.folder,
				"measure: sum, figure: revenue, chain: AI_CHAIN, segment: AI_INTELLIGENT_COMPUTING,"
						+ " tier: LITTLE_GIANT, zone: CORE_AREA, industry: \"I65\"");
		Indicator indicator = PlanPackLoader.load(PackFiles.folder(pack)).getIndicator("AI_CHAIN_REVENUE");
		assertThat(indicator.query())
			.isEqualTo(new IndicatorQuery(IndicatorQuery.Measure.SUM, IndicatorQuery.Figure.REVENUE, "AI_CHAIN",
					"AI_INTELLIGENT_COMPUTING", "LITTLE_GIANT", "CORE_AREA", "I65"));
		assertThat(indicator.query().describe())
			.isEqualTo("sum revenue where chain=AI_CHAIN and segment=AI_INTELLIGENT_COMPUTING and tier=LITTLE_GIANT"
					+ " and zone=CORE_AREA and industry=I65");
		assertThat(SamplePacks.corridor().getIndicator("DIGITAL_CORE_REVENUE").query()).isNull();
	}

	@Test
	void reportsBadQueries() {
		Path pack = SamplePacks.withComputed(this.folder,
				"measure: average, chain: NO_SUCH_CHAIN, tier: NO_SUCH_TIER, zone: NOWHERE, industry: \"6x\", colour: red");
		assertThat(SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack))))
			.anySatisfy((problem) -> assertThat(problem).contains("query.measure"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.chain").contains("NO_SUCH_CHAIN"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.tier").contains("NO_SUCH_TIER"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.zone").contains("NOWHERE"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.industry"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.colour"));
	}

	@Test
	void aSumNeedsAFigure() {
		Path pack = SamplePacks.withComputed(this.folder, "measure: share, chain: AI_CHAIN");
		assertThat(SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack))))
			.anySatisfy((problem) -> assertThat(problem).contains("query.figure"));
	}

	@Test
	void readsAPlatformQuery() {
		Path pack = SamplePacks.withComputed(this.folder,
				"subject: platforms, measure: share,"
						+ " types: [NATIONAL_LAB, PROVINCIAL_LAB], level: national, status: accredited, since: 2021,"
						+ " domain: INTELLIGENT_COMPUTING, zone: CORE_AREA");
		IndicatorQuery query = PlanPackLoader.load(PackFiles.folder(pack)).getIndicator("AI_CHAIN_REVENUE").query();
		assertThat(query)
			.isEqualTo(IndicatorQuery.platforms(IndicatorQuery.Measure.SHARE, List.of("NATIONAL_LAB", "PROVINCIAL_LAB"),
					"national", "accredited", 2021, "INTELLIGENT_COMPUTING", "CORE_AREA"));
		assertThat(query.describe()).isEqualTo("share platforms where type=NATIONAL_LAB|PROVINCIAL_LAB"
				+ " and level=national and status=accredited and since=2021 and domain=INTELLIGENT_COMPUTING"
				+ " and zone=CORE_AREA");
	}

	@Test
	void reportsBadPlatformQueries() {
		Path pack = SamplePacks.withComputed(this.folder, "subject: platforms, measure: sum, figure: revenue,"
				+ " types: [NO_SUCH_TYPE], level: ministerial, status: closed, chain: AI_CHAIN");
		assertThat(SamplePacks.describe(PlanPackLoader.validate(PackFiles.folder(pack))))
			.anySatisfy((problem) -> assertThat(problem).contains("query.types[0]").contains("NO_SUCH_TYPE"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.level").contains("ministerial"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.status").contains("closed"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.figure").contains("不能求和"))
			.anySatisfy((problem) -> assertThat(problem).contains("query.chain"));
	}

}
