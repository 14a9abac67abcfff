package org.corridor.observatory.chain.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.corridor.observatory.chain.ChainReport;
import org.corridor.observatory.chain.ChainService;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.monitor.compare.ZoneComparison;
import org.corridor.observatory.monitor.compare.ZoneComparisons;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.ladder.CultivationLadder;
import org.corridor.observatory.registry.platform.PlatformFilter;
import org.corridor.observatory.registry.platform.PlatformRegistry;
import org.corridor.observatory.registry.platform.PlatformView;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A zone's profile (空间单元概况): every indicator of the plan in the zone with its status and
 * its rank among its peers (the zones of its level), the platforms in it, and for
 * insiders its firms by tier of the cultivation ladder and by industry chain, counted as
 * the registry counts "the corridor" ({@code registry.Corridor}). It sits with the chains
 * because it draws on every feature below them.
 */
@PageController
class ZoneProfilePageController {

	/** Who may see firms, as for the firm, ladder and chain pages. */
	private static final Set<Role> INSIDERS = Set.of(Role.ADMIN, Role.APPROVER, Role.REGISTRAR, Role.ANALYST);

	private final PlanCatalog catalog;

	private final EvaluationService evaluations;

	private final ZoneComparisons comparisons;

	private final PlatformRegistry platforms;

	private final CultivationLadder ladder;

	private final ChainService chains;

	ZoneProfilePageController(PlanCatalog catalog, EvaluationService evaluations, ZoneComparisons comparisons,
			PlatformRegistry platforms, CultivationLadder ladder, ChainService chains) {
		this.catalog = catalog;
		this.evaluations = evaluations;
		this.comparisons = comparisons;
		this.platforms = platforms;
		this.ladder = ladder;
		this.chains = chains;
	}

	@GetMapping("/zones/{code}")
	String profile(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean unpublished, Model model) {
		Plan plan = this.catalog.current();
		Zone zone = plan.getZone(code);
		PlanEvaluation evaluation = this.evaluations.evaluatePlan(plan.id(), year, zone.code(), unpublished);
		int peers = ZoneComparisons.peers(plan, zone.level()).size();
		model.addAttribute("zone", zone);
		model.addAttribute("parent", (zone.parent() != null) ? plan.findZone(zone.parent()).orElse(null) : null);
		model.addAttribute("children",
				plan.listZones().stream().filter((z) -> zone.code().equals(z.parent())).toList());
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("unpublished", unpublished);
		model.addAttribute("years",
				IntStream.rangeClosed(plan.header().startYear(), plan.header().endYear()).boxed().toList());
		model.addAttribute("peers", peers);
		model.addAttribute("ranks", (peers > 1) ? ranks(plan, zone, evaluation.year(), unpublished) : Map.of());
		List<PlatformView> here = this.platforms.view(plan.id(),
				this.platforms.search(plan.id(), new PlatformFilter(null, null, null, null, null, zone.code())));
		model.addAttribute("platforms", here);
		Actor actor = Actor.current();
		boolean insider = actor.role() != null && INSIDERS.contains(actor.role());
		model.addAttribute("insider", insider);
		if (insider) {
			ChainReport report = this.chains.report(plan.id(), null, zone.code());
			model.addAttribute("chainReport", report);
			model.addAttribute("ladder", this.ladder.report(plan.id(), report.year(), zone.code()));
		}
		return "zone";
	}

	/**
	 * The zone's rank among its peers in every indicator in the year, with how many peers
	 * have a figure (two at least: a rank among one says nothing): indicator code → rank.
	 */
	private Map<String, Rank> ranks(Plan plan, Zone zone, int year, boolean unpublished) {
		Map<String, Rank> ranks = new HashMap<>();
		for (ZoneComparison comparison : this.comparisons.amongPeers(plan.id(), zone.code(), unpublished)) {
			comparison.findRow(zone.code())
				.flatMap((row) -> row.findCell(year))
				.filter((cell) -> cell.rank() != null && comparison.ranked(year) > 1)
				.ifPresent((cell) -> ranks.put(comparison.indicatorCode(),
						new Rank(cell.rank(), comparison.ranked(year))));
		}
		return ranks;
	}

	/**
	 * A zone's rank among its peers in one year.
	 *
	 * @param rank its rank (1 is the best)
	 * @param of how many peers have a figure that year
	 */
	record Rank(int rank, int of) {
	}

}
