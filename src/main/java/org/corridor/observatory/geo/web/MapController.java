package org.corridor.observatory.geo.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The offline map page: the plan's zones drawn from the OGC API – Features collections of
 * this instance, with platforms, firms and a choropleth of one indicator. The page itself
 * only carries the plan's levels and indicators; the browser fetches the geometry and
 * figures (see {@code static/js/map.js}), with no tiles, CDN or web fonts.
 */
@PageController
class MapController {

	private final PlanCatalog catalog;

	MapController(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/map")
	String map(Model model) {
		Plan plan = this.catalog.current();
		model.addAttribute("levels", levels(plan));
		model.addAttribute("indicators", plan.listIndicators());
		return "map";
	}

	/**
	 * The levels the plan's zones use, in the order of {@link ZoneLevel}, as their keys.
	 * Townships are left out: they are drawn as outlines with the districts, not switched
	 * on their own.
	 */
	private static List<String> levels(Plan plan) {
		Set<ZoneLevel> used = EnumSet.noneOf(ZoneLevel.class);
		for (Zone zone : plan.listZones()) {
			used.add(zone.level());
		}
		used.remove(ZoneLevel.TOWNSHIP);
		List<String> keys = new ArrayList<>();
		used.forEach((level) -> keys.add(level.key()));
		return keys;
	}

}
