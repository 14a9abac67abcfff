package org.corridor.observatory.chain.web;

import java.util.List;

import org.corridor.observatory.chain.ChainDetail;
import org.corridor.observatory.chain.ChainMatrix;
import org.corridor.observatory.chain.ChainOpportunities;
import org.corridor.observatory.chain.ChainReport;
import org.corridor.observatory.chain.ChainService;
import org.corridor.observatory.chain.FirmInSegment;
import org.corridor.observatory.chain.LandingRanking;
import org.corridor.observatory.web.Labelled;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The industry chains over HTTP: every chain in a zone and year, one chain with its gaps,
 * the outside firms that would fill them and what one landing in a zone would change, the
 * firms behind a segment, the chains × zones matrix, and the candidate landings ranked by
 * the gaps they fill and the share of the plan's remaining gaps they close.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/chains")
class ChainApiController {

	private final ChainService chains;

	private final ChainOpportunities opportunities;

	private final LandingRanking ranking;

	ChainApiController(ChainService chains, ChainOpportunities opportunities, LandingRanking ranking) {
		this.chains = chains;
		this.opportunities = opportunities;
		this.ranking = ranking;
	}

	@GetMapping
	Labelled<ChainReport> report(@PathVariable String planId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone) {
		ChainReport report = this.chains.report(planId, year, zone);
		return Labelled.of(report.demo(), report);
	}

	@GetMapping("/matrix")
	Labelled<ChainMatrix> matrix(@PathVariable String planId, @RequestParam(required = false) Integer year) {
		ChainMatrix matrix = this.chains.matrix(planId, year);
		return Labelled.of(matrix.demo(), matrix);
	}

	@GetMapping("/{chain}")
	Labelled<ChainDetail> chain(@PathVariable String planId, @PathVariable String chain,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone) {
		ChainDetail detail = this.chains.chain(planId, chain, year, zone);
		return Labelled.of(detail.demo(), detail);
	}

	@GetMapping("/{chain}/candidates")
	Labelled<List<ChainOpportunities.Candidate>> candidates(@PathVariable String planId, @PathVariable String chain,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone) {
		List<ChainOpportunities.Candidate> found = this.opportunities.candidates(planId, chain, year, zone);
		return Labelled.of(found.stream().anyMatch(ChainOpportunities.Candidate::demo), found);
	}

	@GetMapping("/landing")
	Labelled<ChainOpportunities.LandingEffect> landing(@PathVariable String planId, @RequestParam long candidate,
			@RequestParam String zone, @RequestParam(required = false) Integer year) {
		ChainOpportunities.LandingEffect effect = this.opportunities.landing(planId, candidate, zone, year);
		return Labelled.of(effect.demo(), effect);
	}

	@GetMapping("/{chain}/landings")
	Labelled<LandingRanking.RankedLandings> chainLandings(@PathVariable String planId, @PathVariable String chain,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String segment) {
		LandingRanking.RankedLandings ranked = this.ranking.rankChain(planId, chain, blankToNull(segment), year,
				blankToNull(zone));
		return Labelled.of(ranked.demo(), ranked);
	}

	@GetMapping("/landings")
	Labelled<LandingRanking.RankedLandings> landings(@PathVariable String planId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone) {
		LandingRanking.RankedLandings ranked = this.ranking.rankAll(planId, year, blankToNull(zone));
		return Labelled.of(ranked.demo(), ranked);
	}

	@GetMapping("/segments/{segment}/firms")
	Labelled<FirmsPage> firms(@PathVariable String planId, @PathVariable String segment,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone) {
		List<FirmInSegment> firms = this.chains.firms(planId, segment, year, zone);
		return Labelled.of(firms.stream().anyMatch(FirmInSegment::demo),
				new FirmsPage(firms.size(), firms.subList(0, Math.min(firms.size(), ChainService.FIRM_LIMIT))));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * The firms behind a segment.
	 *
	 * @param total how many there are
	 * @param firms the largest, at most {@link ChainService#FIRM_LIMIT}
	 */
	record FirmsPage(int total, List<FirmInSegment> firms) {
	}

}
