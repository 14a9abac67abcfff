package org.corridor.observatory.chain.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.chain.ChainDetail;
import org.corridor.observatory.chain.ChainService;
import org.corridor.observatory.chain.Gap;
import org.corridor.observatory.chain.LandingRanking;
import org.corridor.observatory.chain.LandingRanking.RankedLandings;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Names;
import org.corridor.observatory.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ranked landings (招引落地排序): which candidates would close a chain's gaps (or one gap
 * segment's, or any chain's) and move the plan's indicators most, landing in the zone
 * chosen (the whole corridor when none is), with the indicators each would move and the
 * share of each remaining gap it would close; and the same as an Excel workbook.
 */
@PageController
class LandingPageController {

	private final PlanCatalog catalog;

	private final ChainService chains;

	private final LandingRanking ranking;

	private final MessageSource messages;

	LandingPageController(PlanCatalog catalog, ChainService chains, LandingRanking ranking, MessageSource messages) {
		this.catalog = catalog;
		this.chains = chains;
		this.ranking = ranking;
		this.messages = messages;
	}

	@GetMapping("/chains/landings")
	String all(@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone, Model model) {
		Plan plan = this.catalog.current();
		RankedLandings ranked = this.ranking.rankAll(plan.id(), year, blankToNull(zone));
		return page(model, plan, ranked, null, List.of());
	}

	@GetMapping("/chains/{code}/landings")
	String chain(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String segment, Model model) {
		Plan plan = this.catalog.current();
		RankedLandings ranked = this.ranking.rankChain(plan.id(), code, blankToNull(segment), year, blankToNull(zone));
		ChainDetail detail = this.chains.chain(plan.id(), code, ranked.year(), blankToNull(zone));
		List<Gap> gaps = detail.gaps().stream().filter((gap) -> gap.segment() != null).toList();
		return page(model, plan, ranked, detail, gaps);
	}

	@GetMapping("/chains/landings.xlsx")
	ResponseEntity<byte[]> exportAll(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, Locale locale) {
		Plan plan = this.catalog.current();
		return workbook(plan, this.ranking.rankAll(plan.id(), year, blankToNull(zone)), locale, "landings");
	}

	@GetMapping("/chains/{code}/landings.xlsx")
	ResponseEntity<byte[]> exportChain(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String segment,
			Locale locale) {
		Plan plan = this.catalog.current();
		RankedLandings ranked = this.ranking.rankChain(plan.id(), code, blankToNull(segment), year, blankToNull(zone));
		return workbook(plan, ranked, locale, "landings-" + code);
	}

	private String page(Model model, Plan plan, RankedLandings ranked, ChainDetail detail, List<Gap> gaps) {
		List<Integer> years = new ArrayList<>(this.chains.years(plan.id()));
		if (!years.contains(ranked.year())) {
			years.add(ranked.year());
			years.sort(Integer::compare);
		}
		String root = plan.rootZone().code();
		List<Zone> zones = plan.listZones().stream().filter((z) -> !z.code().equals(root)).toList();
		model.addAttribute("ranked", ranked);
		model.addAttribute("detail", detail);
		model.addAttribute("gapSegments", gaps);
		model.addAttribute("years", years);
		model.addAttribute("year", ranked.year());
		model.addAttribute("zones", zones);
		model.addAttribute("zoneCode", ranked.zone().equals(root) ? "" : ranked.zone());
		model.addAttribute("segment", (ranked.segment() != null) ? ranked.segment() : "");
		return "chain-landings";
	}

	private ResponseEntity<byte[]> workbook(Plan plan, RankedLandings ranked, Locale locale, String name) {
		Names names = new Names(plan, locale);
		byte[] body = LandingWorkbook.write(ranked, names, locale,
				(key) -> this.messages.getMessage(key, null, key, locale));
		return ResponseEntity.ok()
			.contentType(Files.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + "-" + ranked.zone() + "-" + ranked.year() + ".xlsx")
						.build()
						.toString())
			.body(body);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
