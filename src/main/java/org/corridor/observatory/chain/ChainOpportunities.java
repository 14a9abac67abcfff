package org.corridor.observatory.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.UnknownZoneException;

import org.springframework.stereotype.Service;

/**
 * Whom to attract and what it would change: the outside firms of the imported candidate
 * list that would fill a chain's gaps, ranked, and the effect of one of them landing in a
 * zone on the chain's segments and on the plan's indicators.
 * <p>
 * A candidate is placed in segments as a registry firm is (its listed segments, else the
 * segments' industry and keyword rules). It is offered for a chain when one of its
 * segments is a gap of the chain: empty segments first, then single points, then weak
 * ones, and within each the larger firm first.
 */
@Service
public class ChainOpportunities {

	/** At most this many candidates are offered per chain. */
	public static final int CANDIDATE_LIMIT = 50;

	private final PlanCatalog catalog;

	private final ChainService chains;

	private final CandidateList candidates;

	private final EvaluationService evaluations;

	ChainOpportunities(PlanCatalog catalog, ChainService chains, CandidateList candidates,
			EvaluationService evaluations) {
		this.catalog = catalog;
		this.chains = chains;
		this.candidates = candidates;
		this.evaluations = evaluations;
	}

	/** The candidates that fill the chain's gaps in the zone and year, best first. */
	public List<Candidate> candidates(String planId, String chain, Integer year, String zone) {
		return candidates(planId, this.chains.chain(planId, chain, year, zone));
	}

	/** The candidates that fill the gaps of a chain already measured, best first. */
	public List<Candidate> candidates(String planId, ChainDetail detail) {
		ChainModel model = this.chains.built(planId).model();
		Map<String, Gap> gaps = new HashMap<>();
		detail.gaps().stream().filter((gap) -> gap.segment() != null).forEach((gap) -> gaps.put(gap.segment(), gap));
		List<Candidate> found = new ArrayList<>();
		for (CandidateFirm firm : this.candidates.listCandidates(planId)) {
			Gap best = null;
			List<String> fills = new ArrayList<>();
			for (int s : segmentsOf(model, firm)) {
				Gap gap = gaps.get(model.segments.get(s).code());
				if (gap != null) {
					fills.add(gap.segment());
					best = (best == null || gap.rank() < best.rank()) ? gap : best;
				}
			}
			if (best != null) {
				found.add(new Candidate(firm.id(), firm.name(), firm.uscc(), firm.region(), firm.industryCode(), fills,
						best.kind(), best.rank(), reason(best), firm.revenue(), firm.employees(), firm.demo()));
			}
		}
		found.sort(Comparator.comparingInt(Candidate::gapRank)
			.thenComparing((Candidate c) -> (c.revenue() != null) ? c.revenue().negate() : BigDecimal.ZERO)
			.thenComparing(Candidate::name));
		return found.subList(0, Math.min(found.size(), CANDIDATE_LIMIT));
	}

	/**
	 * What the candidate would change if it landed in the zone with its listed figures as
	 * the year's: the segments it would join, before and after, for the whole corridor,
	 * and the plan's indicators its figures would add to.
	 */
	public LandingEffect landing(String planId, long candidateId, String zone, Integer year) {
		return landings(planId, List.of(candidateId), zone, year).get(0);
	}

	/**
	 * What each of the candidates would change if it alone landed in the zone, in the
	 * order asked; the chains before any landing are measured once for all of them.
	 */
	public List<LandingEffect> landings(String planId, List<Long> candidateIds, String zone, Integer year) {
		List<CandidateFirm> listed = this.candidates.listCandidates(planId);
		ChainReport before = this.chains.report(planId, year, null);
		List<LandingEffect> effects = new ArrayList<>();
		for (long id : candidateIds) {
			CandidateFirm firm = this.candidates.currentCandidate(planId, id, listed)
				.orElseThrow(() -> new UnknownChainException(planId, "candidate " + id));
			effects.add(landing(planId, firm, zone, before));
		}
		return effects;
	}

	private LandingEffect landing(String planId, CandidateFirm firm, String zone, ChainReport before) {
		Plan plan = this.catalog.getPlan(planId);
		ChainService.Built built = this.chains.built(planId);
		ChainModel model = built.model();
		int[] zones = zones(plan, model, zone);
		int[] segments = segmentsOf(model, firm);
		ChainAnalyser.Landing landing = new ChainAnalyser.Landing("CANDIDATE-" + firm.id(), firm.name(), segments,
				zones, number(firm.revenue()), number(firm.rdSpending()),
				(firm.employees() != null) ? firm.employees() : -1, firm.demo());
		ChainReport after = ChainAnalyser.analyse(model, built.cube(), before.year(), model.rootZone,
				this.chains.reference(planId, before.year()), landing);
		List<SegmentChange> changes = new ArrayList<>();
		Set<String> chainsTouched = new LinkedHashSet<>();
		for (int s : segments) {
			ChainModel.Segment segment = model.segments.get(s);
			ChainModel.Chain chain = model.chains.get(segment.chain());
			chainsTouched.add(chain.code());
			changes.add(new SegmentChange(chain.code(), chain.name(), segment.code(), segment.name(),
					find(before, chain.code(), segment.code()), find(after, chain.code(), segment.code())));
		}
		return new LandingEffect(firm.id(), firm.name(), zone, before.year(), changes,
				indicators(plan, firm, segments, model, zones, chainsTouched, before.year()),
				before.demo() || firm.demo());
	}

	private List<IndicatorEffect> indicators(Plan plan, CandidateFirm firm, int[] segments, ChainModel model,
			int[] zones, Set<String> chainsTouched, int year) {
		Set<String> segmentCodes = new LinkedHashSet<>();
		Arrays.stream(segments).forEach((s) -> segmentCodes.add(model.segments.get(s).code()));
		Set<String> zoneCodes = new LinkedHashSet<>();
		Arrays.stream(zones).forEach((z) -> zoneCodes.add(model.zones.get(z)));
		List<IndicatorEffect> effects = new ArrayList<>();
		for (Indicator indicator : plan.listIndicators()) {
			IndicatorQuery query = indicator.query();
			if (query == null || query.subject() != IndicatorQuery.Subject.FIRMS || query.tier() != null
					|| query.measure() == IndicatorQuery.Measure.SHARE) {
				continue;
			}
			boolean matches = (query.chain() == null || chainsTouched.contains(query.chain()))
					&& (query.segment() == null || segmentCodes.contains(query.segment()))
					&& (query.zone() == null || zoneCodes.contains(query.zone()))
					&& (query.industry() == null || industryMatches(firm.industryCode(), query.industry()));
			if (!matches) {
				continue;
			}
			Double delta = (query.measure() == IndicatorQuery.Measure.COUNT) ? Double.valueOf(1)
					: figure(firm, query.figure());
			if (delta != null) {
				effects.add(effect(plan, indicator, year, delta,
						LocalizedText.of("计算指标：" + query.describe(), "computed: " + query.describe())));
			}
		}
		// the chains' clusters count towards the indicators the plan sets them
		Map<String, Item> clusters = new HashMap<>();
		plan.listItems(ItemKind.CLUSTER).forEach((c) -> clusters.put(c.code(), c));
		Set<String> targets = new LinkedHashSet<>();
		for (ChainModel.Chain chain : model.chains) {
			if (chainsTouched.contains(chain.code())) {
				chain.clusters().stream().map(clusters::get).forEach((c) -> targets.addAll(c.references("target")));
			}
		}
		for (String code : targets) {
			Indicator indicator = plan.getIndicator(code);
			if (indicator.query() != null || firm.revenue() == null) {
				continue;
			}
			Double delta = revenueIn(indicator.unit(), firm.revenue());
			if (delta != null) {
				effects.add(effect(plan, indicator, year, delta, LocalizedText.of("所属产业集群的目标指标，按营业收入计入",
						"the target of the chain's cluster; its revenue counts")));
			}
		}
		return effects;
	}

	private IndicatorEffect effect(Plan plan, Indicator indicator, int year, double delta, LocalizedText basis) {
		IndicatorEvaluation now = this.evaluations.evaluateIndicator(plan.id(), indicator.code().value(), year, null);
		Double current = now.actual();
		return new IndicatorEffect(indicator.code().value(), indicator.name(), indicator.unit(), current, delta,
				(current != null) ? current + delta : null, basis, now.demo());
	}

	/**
	 * Revenue in 10,000 yuan expressed in the indicator's unit, when it is a yuan unit.
	 */
	static Double revenueIn(LocalizedText unit, BigDecimal revenue) {
		String zh = (unit != null) ? unit.zh() : "";
		return switch (zh) {
			case "万元" -> revenue.doubleValue();
			case "亿元" -> revenue.doubleValue() / 10_000;
			case "元" -> revenue.doubleValue() * 10_000;
			default -> null;
		};
	}

	private static Double figure(CandidateFirm firm, IndicatorQuery.Figure figure) {
		BigDecimal value = switch (figure) {
			case REVENUE -> firm.revenue();
			case RD_SPENDING -> firm.rdSpending();
			case EMPLOYEES -> (firm.employees() != null) ? BigDecimal.valueOf(firm.employees()) : null;
			case INVENTION_PATENTS -> null;
		};
		return (value != null) ? value.doubleValue() : null;
	}

	private static boolean industryMatches(String industryCode, String prefix) {
		boolean lettered = Character.isLetter(prefix.charAt(0));
		return (lettered ? industryCode : industryCode.substring(1)).startsWith(prefix);
	}

	private static int[] segmentsOf(ChainModel model, CandidateFirm firm) {
		return model.segmentsOf(firm.industryCode(), firm.name(), firm.segments(), List.of());
	}

	/** The zone and every zone above it, to the root. */
	private static int[] zones(Plan plan, ChainModel model, String zone) {
		List<Integer> found = new ArrayList<>();
		String code = zone;
		while (code != null) {
			Integer index = model.zone(code);
			if (index == null) {
				throw new UnknownZoneException(plan.id(), code);
			}
			found.add(index);
			code = plan.getZone(code).parent();
		}
		if (!found.contains(model.rootZone)) {
			found.add(model.rootZone);
		}
		return found.stream().mapToInt(Integer::intValue).toArray();
	}

	private static SegmentFigures find(ChainReport report, String chain, String segment) {
		return report.chains()
			.stream()
			.filter((c) -> c.code().equals(chain))
			.flatMap((c) -> c.segments().stream())
			.filter((s) -> s.code().equals(segment))
			.findFirst()
			.orElseThrow();
	}

	private static double number(BigDecimal value) {
		return (value != null) ? value.doubleValue() : 0;
	}

	private static LocalizedText reason(Gap gap) {
		String zh = gap.segmentName().zh();
		String en = gap.segmentName().en();
		return switch (gap.kind()) {
			case EMPTY -> LocalizedText.of("填补空缺环节“" + zh + "”", "fills the empty segment '" + en + "'");
			case SINGLE_POINT -> LocalizedText.of("分担单点环节“" + zh + "”（" + gap.evidence().zh() + "）",
					"shares the single-point segment '" + en + "' (" + gap.evidence().en() + ")");
			default -> LocalizedText.of("强化薄弱环节“" + zh + "”（" + gap.evidence().zh() + "）",
					"strengthens the weak segment '" + en + "' (" + gap.evidence().en() + ")");
		};
	}

	/**
	 * An outside firm offered for a chain.
	 *
	 * @param id its number in the candidate list
	 * @param name its name
	 * @param uscc its credit code, or null
	 * @param region where it is now
	 * @param industryCode its industry class
	 * @param fills the chain's gap segments it would be in
	 * @param kind the most serious of those gaps
	 * @param gapRank that gap's rank
	 * @param reason why it is offered
	 * @param revenue its revenue (10,000 yuan), or null
	 * @param employees its employees, or null
	 * @param demo whether it is demo data
	 */
	public record Candidate(long id, String name, String uscc, String region, String industryCode, List<String> fills,
			Gap.Kind kind, int gapRank, LocalizedText reason, BigDecimal revenue, Integer employees, boolean demo) {
	}

	/**
	 * What a landing would change.
	 *
	 * @param candidate the candidate's number
	 * @param name its name
	 * @param zone the zone it would land in
	 * @param year the year its figures are counted in
	 * @param segments each segment it would join, corridor-wide, before and after
	 * @param indicators the plan's indicators it would add to
	 * @param demo whether any of it rests on demo data
	 */
	public record LandingEffect(long candidate, String name, String zone, int year, List<SegmentChange> segments,
			List<IndicatorEffect> indicators, boolean demo) {
	}

	/**
	 * A segment before and after a landing.
	 *
	 * @param chain the chain's code
	 * @param chainName its name
	 * @param segment the segment's code
	 * @param segmentName its name
	 * @param before its figures now
	 * @param after its figures with the firm; its growth is the segment's own (organic),
	 * the firm's revenue being new, not grown
	 */
	public record SegmentChange(String chain, LocalizedText chainName, String segment, LocalizedText segmentName,
			SegmentFigures before, SegmentFigures after) {

		/** The firms the landing adds: new firms, not growth. */
		public int addedFirms() {
			return this.after.firms() - this.before.firms();
		}

		/** The revenue the landing adds (10,000 yuan): a new firm's, not growth. */
		public double addedRevenue() {
			return this.after.revenue() - this.before.revenue();
		}

	}

	/**
	 * An indicator a landing would add to.
	 *
	 * @param code the indicator's code
	 * @param name its name
	 * @param unit its unit
	 * @param current its figure now, or null
	 * @param delta what the firm would add, in the indicator's unit
	 * @param after the figure with the firm, or null
	 * @param basis why the firm counts towards it
	 * @param demo whether the current figure is demo data
	 */
	public record IndicatorEffect(String code, LocalizedText name, LocalizedText unit, Double current, double delta,
			Double after, LocalizedText basis, boolean demo) {
	}

}
