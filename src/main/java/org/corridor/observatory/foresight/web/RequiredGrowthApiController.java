package org.corridor.observatory.foresight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.foresight.PlanRequiredGrowth;
import org.corridor.observatory.foresight.RequiredGrowth;
import org.corridor.observatory.foresight.RequiredGrowthService;
import org.corridor.observatory.web.Labelled;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inverse of the forecasts (所需增速): the yearly growth each indicator needs from its
 * latest figure to its next target, against its pace so far. Published figures only
 * unless an insider asks for unpublished ones, as for forecasts; demo figures are
 * labelled.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/required-growth")
@Tag(name = "forecasts", description = "预测 / forecasts, their intervals and the probability of meeting targets")
class RequiredGrowthApiController {

	private final RequiredGrowthService required;

	RequiredGrowthApiController(RequiredGrowthService required) {
		this.required = required;
	}

	@GetMapping
	@Operation(summary = "The yearly growth every indicator of a zone needs to reach its next target, as of a year")
	Labelled<PlanRequiredGrowth> requiredPlan(@PathVariable String planId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		PlanRequiredGrowth growth = this.required.requiredPlan(planId, zone, ForecastApiController.year(year),
				includeUnpublished);
		return Labelled.of(growth.demo(), growth);
	}

	@GetMapping("/{code}")
	@Operation(summary = "The yearly growth one indicator needs to reach its next target, against its pace so far")
	Labelled<RequiredGrowth> required(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		RequiredGrowth growth = this.required.required(planId, code, zone, ForecastApiController.year(year),
				includeUnpublished);
		return Labelled.of(growth.demo(), growth);
	}

}
