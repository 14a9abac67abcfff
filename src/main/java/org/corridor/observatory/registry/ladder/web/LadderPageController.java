package org.corridor.observatory.registry.ladder.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.ladder.CultivationLadder;
import org.corridor.observatory.registry.ladder.LadderReport;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cultivation ladder page (企业梯队): a funnel of the firms per tier in a year, the
 * counts per tier, and the climbs from one rung to the next with the firms that climbed.
 */
@PageController
class LadderPageController {

	private final PlanCatalog catalog;

	private final CultivationLadder ladder;

	LadderPageController(PlanCatalog catalog, CultivationLadder ladder) {
		this.catalog = catalog;
		this.ladder = ladder;
	}

	@GetMapping("/ladder")
	String ladder(@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			Model model, Locale locale) {
		Plan plan = this.catalog.current();
		int start = plan.header().startYear();
		int end = plan.header().endYear();
		int chosen = (year != null) ? year : Math.max(start, Math.min(end, Year.now().getValue() - 1));
		List<Integer> years = new ArrayList<>();
		for (int y = start; y <= end; y++) {
			years.add(y);
		}
		if (!years.contains(chosen)) {
			years.add(chosen);
			years.sort(Integer::compare);
		}
		String zoneCode = (zone != null && !zone.isBlank()) ? zone.trim() : null;
		LadderReport report = this.ladder.report(plan.id(), chosen, zoneCode);
		model.addAttribute("years", years);
		model.addAttribute("year", chosen);
		model.addAttribute("zones", plan.listZones());
		model.addAttribute("zoneCode", (zoneCode != null) ? zoneCode : "");
		model.addAttribute("report", report);
		List<Map<String, Object>> funnel = new ArrayList<>();
		for (LadderReport.TierCount tier : report.tiers()) {
			if (tier.onLadder()) {
				Map<String, Object> layer = new LinkedHashMap<>();
				layer.put("name", tier.name().in(locale));
				layer.put("value", tier.held());
				funnel.add(layer);
			}
		}
		model.addAttribute("funnel", funnel);
		return "ladder";
	}

}
