package org.corridor.observatory.monitor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.monitor.ApportionmentService;
import org.corridor.observatory.web.Labelled;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** District figures apportioned to corridor zones by area, with the working. */
@RestController
@Tag(name = "evaluations")
class ApportionmentApiController {

	private final ApportionmentService apportionment;

	ApportionmentApiController(ApportionmentService apportionment) {
		this.apportionment = apportionment;
	}

	@GetMapping("/api/v1/plans/{planId}/apportion")
	@Operation(summary = "Estimate a zone's figure from the districts' figures, area-weighted (面积加权分摊), "
			+ "with each district's overlap, weight and contribution")
	Labelled<ApportionmentService.Estimate> apportion(@PathVariable String planId, @RequestParam String indicator,
			@RequestParam int year, @RequestParam String zone) {
		ApportionmentService.Estimate estimate = this.apportionment.apportion(planId, indicator, year, zone);
		return Labelled.of(estimate.demo(), estimate);
	}

}
