package org.corridor.observatory.plan.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.plan.Category;
import org.corridor.observatory.plan.Goal;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.plan.Zone;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan as data: its identity, indicators and structure. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "plans", description = "规划 / the plan as data")
class PlanApiController {

	private final PlanCatalog catalog;

	PlanApiController(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "The plans this instance serves")
	List<PlanHeader> listPlans() {
		return List.of(this.catalog.current().header());
	}

	@GetMapping("/{planId}")
	@Operation(summary = "One plan: identity, period, milestones and what it holds")
	PlanSummary getPlan(@PathVariable String planId) {
		Plan plan = this.catalog.getPlan(planId);
		Map<String, Integer> counts = new TreeMap<>();
		counts.put("goals", plan.listGoals().size());
		counts.put("indicators", plan.listIndicators().size());
		counts.put("zones", plan.listZones().size());
		for (ItemKind kind : ItemKind.values()) {
			counts.put(kind.name().toLowerCase(java.util.Locale.ROOT), plan.listItems(kind).size());
		}
		return new PlanSummary(plan.header(), counts, plan.listItems(ItemKind.TABLE));
	}

	@GetMapping("/{planId}/indicators")
	@Operation(summary = "The plan's indicators with their targets")
	List<Indicator> listIndicators(@PathVariable String planId) {
		return this.catalog.getPlan(planId).listIndicators();
	}

	@GetMapping("/{planId}/indicators/{code}")
	@Operation(summary = "One indicator")
	Indicator getIndicator(@PathVariable String planId, @PathVariable String code) {
		return this.catalog.getPlan(planId).getIndicator(code);
	}

	@GetMapping("/{planId}/structure")
	@Operation(summary = "Goals, categories, zones and every structural item, by kind")
	PlanStructure getStructure(@PathVariable String planId) {
		Plan plan = this.catalog.getPlan(planId);
		Map<String, List<Item>> items = new TreeMap<>();
		for (ItemKind kind : ItemKind.values()) {
			items.put(kind.name().toLowerCase(java.util.Locale.ROOT), plan.listItems(kind));
		}
		return new PlanStructure(plan.header(), plan.listGoals(), plan.listCategories(), plan.listZones(), items);
	}

	record PlanSummary(PlanHeader plan, Map<String, Integer> counts, List<Item> tables) {
	}

	record PlanStructure(PlanHeader plan, List<Goal> goals, List<Category> categories, List<Zone> zones,
			Map<String, List<Item>> items) {
	}

}
