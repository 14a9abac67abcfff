package org.corridor.observatory.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.corridor.observatory.chain.ChainOpportunities.Candidate;
import org.corridor.observatory.chain.ChainOpportunities.IndicatorEffect;
import org.corridor.observatory.chain.ChainOpportunities.LandingEffect;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.stereotype.Service;

/**
 * Which candidate landings (招引落地) would close a chain's gaps and move the plan's
 * indicators most, ranked: for one chain (and optionally one of its gap segments) or
 * across every chain.
 * <p>
 * Every candidate that fills a gap ({@link ChainOpportunities#candidates}) is landed in
 * the zone in turn ({@link ChainOpportunities#landings}). Landings are ranked first by
 * the most serious gap filled (an empty segment filled before a single point doubled
 * before a weak segment strengthened), then by how much of the plan's remaining gaps they
 * close: for each indicator the landing adds to, the share closed is delta ÷ (T − A), the
 * target judged against in the year less the corridor's figure, counted between −1 and 1
 * (an indicator already at its target, without target or figure counts 0; a landing that
 * moves a "lower" indicator up counts against it); the score is the sum. Ties go to the
 * landing filling more gap segments, then the higher-ranked gap, the larger firm, the
 * name.
 */
@Service
public class LandingRanking {

	private final PlanCatalog catalog;

	private final ChainService chains;

	private final ChainOpportunities opportunities;

	private final EvaluationService evaluations;

	LandingRanking(PlanCatalog catalog, ChainService chains, ChainOpportunities opportunities,
			EvaluationService evaluations) {
		this.catalog = catalog;
		this.chains = chains;
		this.opportunities = opportunities;
		this.evaluations = evaluations;
	}

	/**
	 * The landings that would close a chain's gaps in a zone (null: the whole corridor),
	 * best first; only those filling {@code segment} when one is named.
	 */
	public RankedLandings rankChain(String planId, String chain, String segment, Integer year, String zone) {
		ChainDetail detail = this.chains.chain(planId, chain, year, zone);
		if (segment != null && detail.gaps().stream().noneMatch((gap) -> segment.equals(gap.segment()))) {
			throw new IllegalArgumentException("环节 " + segment + " 不是产业链 " + chain + " 的短板 / segment " + segment
					+ " is not a gap of chain " + chain);
		}
		List<Filled> filled = new ArrayList<>();
		for (Candidate candidate : this.opportunities.candidates(planId, detail)) {
			if (segment == null || candidate.fills().contains(segment)) {
				filled.add(Filled.of(detail, candidate, segment));
			}
		}
		return land(planId, chain, segment, detail.year(), zone, filled, detail.demo());
	}

	/** The landings that would close any chain's gaps in a zone, best first. */
	public RankedLandings rankAll(String planId, Integer year, String zone) {
		ChainReport report = this.chains.report(planId, year, zone);
		Map<Long, Filled> byCandidate = new LinkedHashMap<>();
		for (ChainFigures chain : report.chains()) {
			ChainDetail detail = new ChainDetail(report.year(), report.zone(), report.reference(), chain, Gap.of(chain),
					report.demo());
			for (Candidate candidate : this.opportunities.candidates(planId, detail)) {
				Filled found = Filled.of(detail, candidate, null);
				byCandidate.merge(candidate.id(), found, Filled::and);
			}
		}
		return land(planId, null, null, report.year(), zone, new ArrayList<>(byCandidate.values()), report.demo());
	}

	private RankedLandings land(String planId, String chain, String segment, int year, String zone, List<Filled> filled,
			boolean demo) {
		Plan plan = this.catalog.getPlan(planId);
		String landingZone = (zone != null) ? plan.getZone(zone).code() : plan.rootZone().code();
		Map<String, IndicatorEvaluation> evaluated = new LinkedHashMap<>();
		Function<String, IndicatorEvaluation> evaluation = (code) -> evaluated.computeIfAbsent(code,
				(c) -> this.evaluations.evaluateIndicator(planId, c, year, null));
		List<LandingEffect> effects = this.opportunities.landings(planId,
				filled.stream().map((f) -> f.candidate().id()).toList(), landingZone, year);
		List<Landing> landings = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			Filled f = filled.get(i);
			LandingEffect effect = effects.get(i);
			List<Moved> moved = new ArrayList<>();
			for (IndicatorEffect e : effect.indicators()) {
				IndicatorEvaluation now = evaluation.apply(e.code());
				moved.add(Moved.of(e, plan.getIndicator(e.code()).direction(), now.targetValue(),
						(now.target() != null) ? now.target().year() : null));
			}
			landings.add(new Landing(0, f.candidate(), f.gaps(), f.kind(), f.gapRank(), moved, score(moved),
					effect.demo() || f.candidate().demo()));
		}
		List<Landing> ranked = rank(landings);
		return new RankedLandings(planId, chain, segment, year, landingZone, ranked,
				demo || ranked.stream().anyMatch(Landing::demo));
	}

	/** Landings in rank order, numbered from 1. */
	static List<Landing> rank(List<Landing> landings) {
		List<Landing> sorted = new ArrayList<>(landings);
		sorted.sort(Comparator.comparingInt((Landing l) -> l.kind().ordinal())
			.thenComparing(Comparator.comparingDouble(Landing::score).reversed())
			.thenComparing(Comparator.comparingInt((Landing l) -> l.gaps().size()).reversed())
			.thenComparingInt(Landing::gapRank)
			.thenComparing((Landing l) -> (l.candidate().revenue() != null) ? l.candidate().revenue().negate()
					: BigDecimal.ZERO)
			.thenComparing((Landing l) -> l.candidate().name()));
		List<Landing> numbered = new ArrayList<>();
		for (Landing l : sorted) {
			numbered.add(new Landing(numbered.size() + 1, l.candidate(), l.gaps(), l.kind(), l.gapRank(), l.moved(),
					l.score(), l.demo()));
		}
		return numbered;
	}

	/** The sum of the shares of remaining gaps closed, each counted between −1 and 1. */
	static double score(List<Moved> moved) {
		return moved.stream()
			.map(Moved::shareClosed)
			.filter((share) -> share != null)
			.mapToDouble((share) -> Math.max(-1, Math.min(1, share)))
			.sum();
	}

	/**
	 * The landings ranked.
	 *
	 * @param planId the plan
	 * @param chain the chain, or null across every chain
	 * @param segment the gap segment asked about, or null
	 * @param year the year the figures are counted in
	 * @param zone the zone the candidates would land in
	 * @param landings best first
	 * @param demo whether any of it rests on demo data
	 */
	public record RankedLandings(String planId, String chain, String segment, int year, String zone,
			List<Landing> landings, boolean demo) {

		public RankedLandings {
			landings = List.copyOf(landings);
		}

	}

	/**
	 * One candidate's landing, ranked.
	 *
	 * @param rank its place, 1 first
	 * @param candidate the candidate
	 * @param gaps the gaps it would fill, most serious first
	 * @param kind the most serious of them
	 * @param gapRank that gap's rank in its chain
	 * @param moved the plan's indicators it would move
	 * @param score the sum of the shares of remaining gaps closed
	 * @param demo whether any of it rests on demo data
	 */
	public record Landing(int rank, Candidate candidate, List<GapFilled> gaps, Gap.Kind kind, int gapRank,
			List<Moved> moved, double score, boolean demo) {

		public Landing {
			gaps = List.copyOf(gaps);
			moved = List.copyOf(moved);
		}

	}

	/**
	 * A gap a landing would fill.
	 *
	 * @param chain the chain's code
	 * @param chainName its name
	 * @param segment the segment's code
	 * @param segmentName its name
	 * @param kind what the segment lacks
	 * @param rank the gap's rank in its chain
	 */
	public record GapFilled(String chain, LocalizedText chainName, String segment, LocalizedText segmentName,
			Gap.Kind kind, int rank) {
	}

	/**
	 * An indicator a landing would move, against what remains to its target.
	 *
	 * @param code the indicator's code
	 * @param name its name
	 * @param unit its unit
	 * @param current the corridor's figure, or null
	 * @param delta what the landing adds, in the unit
	 * @param targetValue the target judged against (T), or null
	 * @param targetYear its year, or null
	 * @param remaining T − current, or null
	 * @param shareClosed delta ÷ remaining, or null when nothing remains (met), there is
	 * no target or figure, or the direction is a band
	 * @param basis why the landing counts towards it
	 */
	public record Moved(String code, LocalizedText name, LocalizedText unit, Double current, double delta,
			Double targetValue, Integer targetYear, Double remaining, Double shareClosed, LocalizedText basis) {

		static Moved of(IndicatorEffect effect, Direction direction, Double targetValue, Integer targetYear) {
			Double remaining = (targetValue != null && effect.current() != null) ? targetValue - effect.current()
					: null;
			Double share = null;
			if (remaining != null && direction != Direction.RANGE) {
				double ahead = (direction == Direction.LOWER) ? -remaining : remaining;
				share = (ahead > 0) ? effect.delta() / remaining : null;
			}
			return new Moved(effect.code(), effect.name(), effect.unit(), effect.current(), effect.delta(), targetValue,
					targetYear, remaining, share, effect.basis());
		}

	}

	/** A candidate with the gaps it fills, over one chain or several. */
	private record Filled(Candidate candidate, List<GapFilled> gaps, Gap.Kind kind, int gapRank) {

		static Filled of(ChainDetail detail, Candidate candidate, String only) {
			List<GapFilled> gaps = new ArrayList<>();
			for (Gap gap : detail.gaps()) {
				if (gap.segment() != null && candidate.fills().contains(gap.segment())
						&& (only == null || only.equals(gap.segment()))) {
					gaps.add(new GapFilled(detail.chain().code(), detail.chain().name(), gap.segment(),
							gap.segmentName(), gap.kind(), gap.rank()));
				}
			}
			GapFilled worst = gaps.stream()
				.min(Comparator.comparingInt((GapFilled g) -> g.kind().ordinal()).thenComparingInt(GapFilled::rank))
				.orElseThrow();
			return new Filled(candidate, gaps, worst.kind(), worst.rank());
		}

		Filled and(Filled other) {
			List<GapFilled> both = new ArrayList<>(this.gaps);
			both.addAll(other.gaps);
			both.sort(Comparator.comparingInt((GapFilled g) -> g.kind().ordinal()).thenComparingInt(GapFilled::rank));
			return new Filled(this.candidate, both, both.get(0).kind(), both.get(0).rank());
		}

	}

}
