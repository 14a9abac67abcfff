package org.corridor.observatory.monitor.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.monitor.compare.ZoneComparison;
import org.corridor.observatory.monitor.compare.ZoneComparisons;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zones compared (区县比较) for analysts: one indicator across the zones of a level, year by
 * year, with ranks and the change on the year before, as JSON or as an Excel workbook.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/comparisons")
@Tag(name = "comparisons", description = "区县比较 / zones compared")
class ComparisonApiController {

	private final ZoneComparisons comparisons;

	private final PlanCatalog catalog;

	ComparisonApiController(ZoneComparisons comparisons, PlanCatalog catalog) {
		this.comparisons = comparisons;
		this.catalog = catalog;
	}

	@GetMapping("/{code}")
	@Operation(summary = "One indicator across the zones of a level (districts unless asked), year by year: "
			+ "figures, ranks (the lowest first where the target is an upper bound) and change on the year before")
	Labelled<Comparison> compare(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) String level,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		ZoneComparison comparison = this.comparisons.compare(planId, code, ZoneComparisons.level(level),
				includeUnpublished);
		return Labelled.of(comparison.demo(), Comparison.of(this.catalog.getPlan(planId), comparison));
	}

	@GetMapping("/{code}/export.xlsx")
	@Operation(summary = "The same comparison as an Excel workbook")
	ResponseEntity<byte[]> export(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) String level,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		ZoneComparison comparison = this.comparisons.compare(planId, code, ZoneComparisons.level(level),
				includeUnpublished);
		String name = planId + "-comparison-" + code + "-" + comparison.level() + (comparison.demo() ? "-DEMO" : "")
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(Files.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Demo-Data", String.valueOf(comparison.demo()))
			.body(ComparisonWorkbook.xlsx(this.catalog.getPlan(planId), comparison));
	}

	/**
	 * A comparison with the names of what it compares.
	 *
	 * @param indicator the indicator's name
	 * @param unit its unit
	 * @param zones each compared zone's name by code
	 * @param comparison the figures, ranks and changes
	 */
	record Comparison(LocalizedText indicator, LocalizedText unit, Map<String, LocalizedText> zones,
			ZoneComparison comparison) {

		static Comparison of(Plan plan, ZoneComparison comparison) {
			Indicator indicator = plan.getIndicator(comparison.indicatorCode());
			Map<String, LocalizedText> zones = new LinkedHashMap<>();
			comparison.rows().forEach((row) -> zones.put(row.zoneCode(), plan.getZone(row.zoneCode()).name()));
			return new Comparison(indicator.name(), indicator.unit(), zones, comparison);
		}

	}

}
