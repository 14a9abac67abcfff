package org.corridor.observatory.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The chain figures worked by hand on four firms of the AI chain: A, B and C in
 * intelligent computing (revenue 100, 300, 600; A and B in the core area and an AI host
 * town), D alone in smart terminals (50); B a chain leader since 2022.
 */
class ChainAnalyserTest {

	static final ChainModel MODEL = new ChainModel(SamplePacks.corridor());

	static final String COMPUTING = "AI_INTELLIGENT_COMPUTING";

	static final String TERMINALS = "AI_SMART_TERMINALS";

	final ChainCube cube = cube();

	@Test
	void measuresTheCorridor() {
		ChainReport report = ChainAnalyser.analyse(MODEL, this.cube, 2024, MODEL.rootZone, reference(), null);
		ChainFigures ai = chain(report, "AI_CHAIN");
		assertThat(ai.firms()).isEqualTo(4);
		assertThat(ai.revenue()).isEqualTo(1050.0);
		assertThat(ai.leaderCoverage()).isEqualTo(0.25);
		SegmentFigures computing = segment(ai, COMPUTING);
		assertThat(computing.firms()).isEqualTo(3);
		assertThat(computing.revenue()).isEqualTo(1000.0);
		assertThat(computing.employees()).isEqualTo(100);
		// HHI = (0.1² + 0.3² + 0.6²) × 10 000
		assertThat(computing.hhi()).isCloseTo(4600.0, within(1e-9));
		assertThat(computing.topFirm()).isEqualTo("C");
		assertThat(computing.topFirmShare()).isCloseTo(0.6, within(1e-12));
		assertThat(computing.singlePoint()).isFalse();
		assertThat(computing.leaders()).isEqualTo(1);
		// 2023: A 80 + B 200 = 280; 1000 / 280 − 1
		assertThat(computing.growth()).isCloseTo(1000.0 / 280 - 1, within(1e-12));
		assertThat(computing.shareOfCorridor()).isEqualTo(1.0);
		// (100 / 105 employees) / (1 000 / 100 000 in the reference region)
		assertThat(computing.locationQuotient()).isCloseTo((100.0 / 105) / 0.01, within(1e-9));
		// size: 3 firms and 1000 ≥ 1050 / 4; specialisation: LQ ≥ 1; focus: 400 / 1000 <
		// 0.5
		assertThat(computing.earned()).containsExactly("SIZE", "SPECIALISATION");
		SegmentFigures terminals = segment(ai, TERMINALS);
		assertThat(terminals.singlePoint()).isTrue();
		assertThat(terminals.locationQuotient()).isNull();
		assertThat(report.reference().region()).isEqualTo("参照");
	}

	@Test
	void measuresAZoneAgainstTheCorridor() {
		ChainReport report = ChainAnalyser.analyse(MODEL, this.cube, 2024, MODEL.zone("CORE_AREA"), null, null);
		SegmentFigures computing = segment(chain(report, "AI_CHAIN"), COMPUTING);
		assertThat(computing.firms()).isEqualTo(2);
		assertThat(computing.revenue()).isEqualTo(400.0);
		assertThat(computing.shareOfCorridor()).isCloseTo(0.4, within(1e-12));
		assertThat(computing.locationQuotient()).isNull();
		assertThat(computing.earned()).containsExactly("FOCUS");
		assertThat(report.demo()).isFalse();
	}

	@Test
	void ranksTheGaps() {
		ChainReport report = ChainAnalyser.analyse(MODEL, this.cube, 2024, MODEL.rootZone, reference(), null);
		List<Gap> gaps = Gap.of(chain(report, "AI_CHAIN"));
		assertThat(gaps).extracting(Gap::kind).containsExactly(Gap.Kind.EMPTY, Gap.Kind.EMPTY, Gap.Kind.SINGLE_POINT);
		assertThat(gaps.get(2).segment()).isEqualTo(TERMINALS);
		assertThat(gaps.get(2).evidence().zh()).contains("1 家企业", "最大企业占 100%");
		assertThat(gaps).extracting(Gap::rank).containsExactly(1, 2, 3);
	}

	@Test
	void showsWhatALandingChanges() {
		int core = MODEL.zone("CORE_AREA");
		ChainAnalyser.Landing landing = new ChainAnalyser.Landing("E", "E", new int[] { MODEL.segment(TERMINALS) },
				new int[] { MODEL.rootZone, core }, 500, 20, 40, false);
		ChainReport after = ChainAnalyser.analyse(MODEL, this.cube, 2024, core, null, landing);
		SegmentFigures terminals = segment(chain(after, "AI_CHAIN"), TERMINALS);
		assertThat(terminals.firms()).isEqualTo(1);
		assertThat(terminals.revenue()).isEqualTo(500.0);
		ChainReport corridor = ChainAnalyser.analyse(MODEL, this.cube, 2024, MODEL.rootZone, null, landing);
		SegmentFigures both = segment(chain(corridor, "AI_CHAIN"), TERMINALS);
		assertThat(both.firms()).isEqualTo(2);
		assertThat(both.topFirmShare()).isCloseTo(500.0 / 550, within(1e-12));
		assertThat(both.singlePoint()).isTrue();
		assertThat(chain(corridor, "AI_CHAIN").firms()).isEqualTo(5);
	}

	@Test
	void countsALandedFirmsRevenueAsANewFirmsNotAsGrowth() {
		// one firm in intelligent computing: 100 in 2023, 108.9 in 2024, growth 8.9 %; a
		// candidate with 292.1 lands. Counted as growth it would be (108.9 + 292.1) / 100
		// −
		// 1 = 301 %; it is a new firm's revenue, so growth stays 8.9 % and the landing
		// adds 1 firm and 292.1 beside it.
		int computing = MODEL.segment(COMPUTING);
		ChainCube.Builder builder = new ChainCube.Builder(2020, 2025);
		int a = builder.addFirm("A", "甲", false, new int[] { computing }, new int[] { MODEL.rootZone });
		builder.addYear(a, 2023, 100, 0, 0, false);
		builder.addYear(a, 2024, 108.9, 0, 0, false);
		ChainCube one = builder.build();
		ChainAnalyser.Landing landing = new ChainAnalyser.Landing("E", "E", new int[] { computing },
				new int[] { MODEL.rootZone }, 292.1, 0, 10, false);

		SegmentFigures before = segment(
				chain(ChainAnalyser.analyse(MODEL, one, 2024, MODEL.rootZone, null, null), "AI_CHAIN"), COMPUTING);
		ChainFigures aiAfter = chain(ChainAnalyser.analyse(MODEL, one, 2024, MODEL.rootZone, null, landing),
				"AI_CHAIN");
		SegmentFigures after = segment(aiAfter, COMPUTING);

		assertThat(before.growth()).isCloseTo(0.089, within(1e-9));
		assertThat(after.growth()).isCloseTo(0.089, within(1e-9));
		assertThat(aiAfter.growth()).isCloseTo(0.089, within(1e-9));
		assertThat(after.revenue()).isCloseTo(401.0, within(1e-9));
		ChainOpportunities.SegmentChange change = new ChainOpportunities.SegmentChange("AI_CHAIN", null, COMPUTING,
				null, before, after);
		assertThat(change.addedFirms()).isEqualTo(1);
		assertThat(change.addedRevenue()).isCloseTo(292.1, within(1e-9));
	}

	static ChainCube cube() {
		int root = MODEL.rootZone;
		int core = MODEL.zone("CORE_AREA");
		int town = MODEL.zone("AI_TOWN");
		int other = MODEL.zone("LINAN");
		int computing = MODEL.segment(COMPUTING);
		int terminals = MODEL.segment(TERMINALS);
		ChainCube.Builder builder = new ChainCube.Builder(2020, 2025);
		int a = builder.addFirm("A", "甲", false, new int[] { computing }, new int[] { root, core, town });
		int b = builder.addFirm("B", "乙", false, new int[] { computing }, new int[] { root, core, town });
		int c = builder.addFirm("C", "丙", false, new int[] { computing }, new int[] { root, other });
		int d = builder.addFirm("D", "丁", false, new int[] { terminals }, new int[] { root, other });
		builder.addYear(a, 2023, 80, 8, 9, false);
		builder.addYear(b, 2023, 200, 20, 25, false);
		builder.addYear(a, 2024, 100, 10, 10, false);
		builder.addYear(b, 2024, 300, 30, 30, false);
		builder.addYear(c, 2024, 600, 60, 60, false);
		builder.addYear(d, 2024, 50, 5, 5, false);
		builder.addLeaderSpell(b, LocalDate.of(2022, 3, 1), null);
		return builder.build();
	}

	static Reference reference() {
		return new Reference("参照", 2024, true, Map.of(COMPUTING, 1_000.0), 100_000, false);
	}

	static ChainFigures chain(ChainReport report, String code) {
		return report.chains().stream().filter((c) -> c.code().equals(code)).findFirst().orElseThrow();
	}

	static SegmentFigures segment(ChainFigures chain, String code) {
		return chain.segments().stream().filter((s) -> s.code().equals(code)).findFirst().orElseThrow();
	}

}
