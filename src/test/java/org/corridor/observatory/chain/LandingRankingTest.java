package org.corridor.observatory.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.chain.ChainOpportunities.Candidate;
import org.corridor.observatory.chain.ChainOpportunities.IndicatorEffect;
import org.corridor.observatory.chain.LandingRanking.GapFilled;
import org.corridor.observatory.chain.LandingRanking.Landing;
import org.corridor.observatory.chain.LandingRanking.Moved;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Landings ranked by hand. The corridor's revenue is 8,000 of a 10,000 target (2,000 to
 * go), its firms 90 of 100 (10 to go), its energy intensity 0.5 where 0.4 is the most
 * allowed ("lower"), and a fourth indicator already past its target of 10 at 12.
 * <ul>
 * <li>A (weak segment): revenue +500 closes 500/2000 = 0.25, a firm 1/10 = 0.1:
 * 0.35.</li>
 * <li>B (empty): +100 closes 0.05, a firm 0.1: 0.15.</li>
 * <li>C (empty): +1000 closes 0.5, a firm 0.1, and intensity +0.01 moves it away:
 * 0.01/(0.4 − 0.5) = −0.1: 0.5.</li>
 * <li>D (single point): +3000 is more than the 2,000 to go, counted as 1, a firm 0.1:
 * 1.1.</li>
 * <li>E (empty, two gaps): as B, 0.15, and 12 → 13 of the met indicator counts 0.</li>
 * </ul>
 * Empty segments first, C (0.5) before E and B (0.15 each; E fills two gaps); then D, a
 * single point, though it closes most; then A.
 */
class LandingRankingTest {

	@Test
	void emptySegmentsFirstThenTheShareOfRemainingGapsClosed() {
		List<Landing> landings = new ArrayList<>();
		landings.add(landing("A", Gap.Kind.WEAK, 1, revenue(500), firm()));
		landings.add(landing("B", Gap.Kind.EMPTY, 1, revenue(100), firm()));
		landings.add(landing("C", Gap.Kind.EMPTY, 1, revenue(1000), firm(), intensity(0.01)));
		landings.add(landing("D", Gap.Kind.SINGLE_POINT, 1, revenue(3000), firm()));
		landings.add(landing("E", Gap.Kind.EMPTY, 2, revenue(100), firm(), met(1)));

		List<Landing> ranked = LandingRanking.rank(landings);

		assertThat(ranked).extracting((l) -> l.candidate().name()).containsExactly("C", "E", "B", "D", "A");
		assertThat(ranked).extracting(Landing::rank).containsExactly(1, 2, 3, 4, 5);
		double[] scores = ranked.stream().mapToDouble(Landing::score).toArray();
		assertThat(scores).containsExactly(new double[] { 0.5, 0.15, 0.15, 1.1, 0.35 }, within(1e-12));
		Landing c = ranked.get(0);
		assertThat(c.moved().get(0).shareClosed()).isEqualTo(0.5);
		assertThat(c.moved().get(1).shareClosed()).isEqualTo(0.1);
		assertThat(c.moved().get(2).shareClosed()).isCloseTo(-0.1, within(1e-12));
		assertThat(c.moved().get(0).remaining()).isEqualTo(2000.0);
		assertThat(c.moved().get(2).remaining()).isCloseTo(-0.1, within(1e-12));
		Landing e = ranked.get(1);
		assertThat(e.moved().get(2).shareClosed()).as("already met: nothing left to close").isNull();
		assertThat(ranked.get(3).moved().get(0).shareClosed()).as("more than the gap, shown as it is").isEqualTo(1.5);
	}

	@Test
	void aBandOrAMissingTargetClosesNoShare() {
		IndicatorEffect effect = new IndicatorEffect("AREA", LocalizedText.of("面积", "area"), null, 398.0, 1, 399.0,
				LocalizedText.of("计算", "computed"), false);
		assertThat(Moved.of(effect, Direction.RANGE, 400.0, 2025).shareClosed()).isNull();
		assertThat(Moved.of(effect, Direction.HIGHER, null, null).shareClosed()).isNull();
		assertThat(Moved.of(effect, Direction.HIGHER, null, null).remaining()).isNull();
	}

	private static Landing landing(String name, Gap.Kind kind, int gapCount, Moved... moved) {
		Candidate candidate = new Candidate(name.charAt(0), name, null, "上海市浦东新区", "C3973", List.of(), kind, 1,
				LocalizedText.of("理由", "reason"), BigDecimal.TEN, 10, false);
		List<GapFilled> gaps = new ArrayList<>();
		for (int i = 0; i < gapCount; i++) {
			gaps.add(new GapFilled("IC", LocalizedText.of("集成电路", "IC"), "SEG" + i, LocalizedText.of("环节", "segment"),
					kind, 1 + i));
		}
		List<Moved> list = List.of(moved);
		return new Landing(0, candidate, gaps, kind, 1, list, LandingRanking.score(list), false);
	}

	private static Moved revenue(double delta) {
		return moved("REV", 8000.0, delta, 10000.0, Direction.HIGHER);
	}

	private static Moved firm() {
		return moved("FIRMS", 90.0, 1, 100.0, Direction.HIGHER);
	}

	private static Moved intensity(double delta) {
		return moved("ENERGY", 0.5, delta, 0.4, Direction.LOWER);
	}

	private static Moved met(double delta) {
		return moved("MET", 12.0, delta, 10.0, Direction.HIGHER);
	}

	private static Moved moved(String code, double current, double delta, double target, Direction direction) {
		IndicatorEffect effect = new IndicatorEffect(code, LocalizedText.of(code, code), null, current, delta,
				current + delta, LocalizedText.of("计算", "computed"), false);
		return Moved.of(effect, direction, target, 2025);
	}

}
