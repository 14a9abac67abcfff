package org.corridor.observatory.foresight.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.corridor.observatory.foresight.ForecastService;
import org.corridor.observatory.foresight.PlanRequiredGrowth;
import org.corridor.observatory.foresight.RequiredGrowthService;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Names;
import org.corridor.observatory.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The required growth page (所需增速): every indicator of a zone, as of a year, with the
 * yearly growth it needs to reach its next target beside the pace it has kept and the
 * forecast; and the same table as an Excel workbook. Published figures only, as the
 * public forecasts.
 */
@PageController
class RequiredGrowthPageController {

	private final RequiredGrowthService required;

	private final ForecastService forecasts;

	private final PlanCatalog catalog;

	private final MessageSource messages;

	RequiredGrowthPageController(RequiredGrowthService required, ForecastService forecasts, PlanCatalog catalog,
			MessageSource messages) {
		this.required = required;
		this.forecasts = forecasts;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/foresight/required")
	String page(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
			Model model) {
		Plan plan = this.catalog.current();
		PlanRequiredGrowth growth = this.required.requiredPlan(plan.id(), blankToNull(zone),
				ForecastApiController.year(year), false);
		int latest = Math.max(this.forecasts.defaultYear(plan.id()), growth.asOfYear());
		List<Integer> years = IntStream.rangeClosed(plan.header().baselineYear(), latest).boxed().toList();
		model.addAttribute("growth", growth);
		model.addAttribute("years", years);
		model.addAttribute("zoneChoices", plan.listZones());
		return "foresight/required";
	}

	@GetMapping("/foresight/required.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Locale locale) {
		Plan plan = this.catalog.current();
		PlanRequiredGrowth growth = this.required.requiredPlan(plan.id(), blankToNull(zone),
				ForecastApiController.year(year), false);
		byte[] body = RequiredGrowthWorkbook.write(growth, plan, new Names(plan, locale), locale,
				(key) -> this.messages.getMessage(key, null, key, locale));
		return ResponseEntity.ok()
			.contentType(Files.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("required-growth-" + growth.zoneCode() + "-" + growth.asOfYear() + ".xlsx")
						.build()
						.toString())
			.body(body);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
