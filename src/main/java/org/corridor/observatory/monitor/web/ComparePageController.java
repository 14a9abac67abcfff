package org.corridor.observatory.monitor.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.monitor.compare.ZoneComparison;
import org.corridor.observatory.monitor.compare.ZoneComparisons;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.web.PageController;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The comparison page (区县比较): one indicator, chosen by name, across the districts (or the
 * zones of another level) year by year — a table with ranks and the change on the year
 * before, one small chart per zone, and a map coloured by the year a slider picks. The
 * public sees published figures; insiders may lay the unpublished ones over them.
 */
@PageController
class ComparePageController {

	private final PlanCatalog catalog;

	private final ZoneComparisons comparisons;

	ComparePageController(PlanCatalog catalog, ZoneComparisons comparisons) {
		this.catalog = catalog;
		this.comparisons = comparisons;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) String indicator, @RequestParam(required = false) String level,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean unpublished,
			Model model) {
		Plan plan = this.catalog.current();
		Indicator chosen = (indicator != null && !indicator.isBlank()) ? plan.getIndicator(indicator.strip())
				: plan.listIndicators().get(0);
		ZoneLevel zoneLevel = ZoneComparisons.level(level);
		ZoneComparison comparison = this.comparisons.compare(plan.id(), chosen.code().value(), zoneLevel, unpublished);
		int shown = (year != null && comparison.years().contains(year)) ? year : latestWithFigures(comparison);
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		model.addAttribute("indicator", chosen);
		model.addAttribute("comparison", comparison);
		model.addAttribute("level", zoneLevel);
		model.addAttribute("levels", levels(plan));
		model.addAttribute("year", shown);
		model.addAttribute("unpublished", unpublished);
		model.addAttribute("page", pageData(plan, chosen, comparison, shown, english));
		return "compare";
	}

	/** The levels with zones to compare: two or more. */
	private static List<ZoneLevel> levels(Plan plan) {
		return Arrays.stream(ZoneLevel.values()).filter((l) -> ZoneComparisons.peers(plan, l).size() > 1).toList();
	}

	/** The latest year in which some zone has a figure; the last year when none has. */
	static int latestWithFigures(ZoneComparison comparison) {
		List<Integer> years = comparison.years();
		for (int i = years.size() - 1; i >= 0; i--) {
			if (comparison.ranked(years.get(i)) > 0) {
				return years.get(i);
			}
		}
		return years.get(years.size() - 1);
	}

	/** What the page's script draws: the zones' names and figures, year by year. */
	private static Map<String, Object> pageData(Plan plan, Indicator indicator, ZoneComparison comparison, int year,
			boolean english) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("planId", plan.id());
		data.put("indicator", indicator.name().in(english ? Locale.ENGLISH : Locale.CHINESE));
		data.put("unit", indicator.unit().in(english ? Locale.ENGLISH : Locale.CHINESE));
		data.put("level", comparison.level());
		data.put("years", comparison.years());
		data.put("year", year);
		data.put("demo", comparison.demo());
		List<Map<String, Object>> zones = new ArrayList<>();
		for (ZoneComparison.Row row : comparison.rows()) {
			Map<String, Object> zone = new LinkedHashMap<>();
			zone.put("code", row.zoneCode());
			zone.put("name", plan.getZone(row.zoneCode()).name().in(english ? Locale.ENGLISH : Locale.CHINESE));
			zone.put("values", row.cells().stream().map(ZoneComparison.Cell::value).toList());
			zone.put("ranks", row.cells().stream().map(ZoneComparison.Cell::rank).toList());
			zones.add(zone);
		}
		data.put("zones", zones);
		return data;
	}

}
