package org.corridor.observatory.registry.ladder.web;

import org.corridor.observatory.registry.ladder.CultivationLadder;
import org.corridor.observatory.registry.ladder.LadderReport;
import org.corridor.observatory.web.Labelled;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cultivation ladder over HTTP: the firms per tier in a year, the climbs from one
 * rung to the next, labelled DEMO when any firm counted is demo data.
 */
@RestController
class LadderApiController {

	private final CultivationLadder ladder;

	LadderApiController(CultivationLadder ladder) {
		this.ladder = ladder;
	}

	@GetMapping("/api/v1/plans/{planId}/ladder")
	Labelled<LadderReport> ladder(@PathVariable String planId, @RequestParam int year,
			@RequestParam(required = false) String zone) {
		LadderReport report = this.ladder.report(planId, year, zone);
		return Labelled.of(report.demo(), report);
	}

}
