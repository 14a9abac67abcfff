package org.corridor.observatory.compositeindex.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.compositeindex.Aggregation;
import org.corridor.observatory.compositeindex.CompositeIndexService;
import org.corridor.observatory.compositeindex.IndexDefinition;
import org.corridor.observatory.compositeindex.IndexResult;
import org.corridor.observatory.compositeindex.IndexResult.YearRanking;
import org.corridor.observatory.compositeindex.IndexResult.ZoneScore;
import org.corridor.observatory.compositeindex.Normalisation;
import org.corridor.observatory.compositeindex.SensitivityAnalysis;
import org.corridor.observatory.compositeindex.SensitivityResult;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The composite index page (综合指数): the zones ranked in a year with each score's pillars,
 * a chart of the pillars' parts of each score, the decomposition into indicators, and the
 * sensitivity of the ranks (median and 5–95 % band over the draws, and the choice that
 * moves each zone most). The index's normalisation and aggregation may be changed for a
 * look; the definition itself stays as the pack has it.
 */
@PageController
class CompositeIndexPageController {

	/** Draws of the page's sensitivity run unless more are asked for. */
	private static final int PAGE_DRAWS = 1000;

	private final PlanCatalog catalog;

	private final CompositeIndexService indices;

	CompositeIndexPageController(PlanCatalog catalog, CompositeIndexService indices) {
		this.catalog = catalog;
		this.indices = indices;
	}

	@GetMapping("/composite-index")
	String page(@RequestParam(required = false) String index, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String normalisation, @RequestParam(required = false) String aggregation,
			@RequestParam(defaultValue = "" + PAGE_DRAWS) int draws, @RequestParam(defaultValue = "1") long seed,
			Model model, Locale locale) {
		Plan plan = this.catalog.current();
		List<IndexDefinition> definitions = this.indices.listIndices(plan.id());
		model.addAttribute("definitions", definitions);
		if (definitions.isEmpty()) {
			return "composite-index";
		}
		IndexDefinition definition = (index != null && !index.isBlank())
				? this.indices.getIndex(plan.id(), index.trim()) : definitions.get(0);
		IndexResult result = this.indices.scores(plan.id(), definition.code(), Normalisation.parse(normalisation),
				Aggregation.parse(aggregation), null);
		YearRanking ranking = result.ranking(year);
		SensitivityResult sensitivity = this.indices.sensitivity(plan.id(), definition.code(), ranking.year(), draws,
				seed, SensitivityAnalysis.DEFAULT_CONCENTRATION);
		model.addAttribute("definition", definition);
		model.addAttribute("result", result);
		model.addAttribute("ranking", ranking);
		model.addAttribute("sensitivity", sensitivity);
		model.addAttribute("years", result.years().stream().map(YearRanking::year).toList());
		model.addAttribute("normalisations", Normalisation.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("emptyPillars",
				definition.pillars()
					.stream()
					.filter((pillar) -> pillar.components().isEmpty()
							|| pillar.components().stream().allMatch((c) -> result.leftOut().contains(c.indicator())))
					.toList());
		model.addAttribute("leftOut",
				definition.components()
					.stream()
					.filter((component) -> result.leftOut().contains(component.indicator()))
					.toList());
		model.addAttribute("chart", chart(definition, result, ranking, sensitivity, locale));
		return "composite-index";
	}

	/**
	 * What the page's script draws: the pillars' parts of each score, and the rank bands.
	 */
	private static Map<String, Object> chart(IndexDefinition definition, IndexResult result, YearRanking ranking,
			SensitivityResult sensitivity, Locale locale) {
		List<ZoneScore> scored = ranking.zones().stream().filter((zone) -> zone.score() != null).toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("demo", result.demo());
		chart.put("example", definition.example());
		chart.put("arithmetic", result.aggregation() == Aggregation.ARITHMETIC);
		chart.put("zones", scored.stream().map((zone) -> zone.name().in(locale)).toList());
		chart.put("scores", scored.stream().map(ZoneScore::score).toList());
		List<Map<String, Object>> pillars = new ArrayList<>();
		for (int p = 0; p < definition.pillars().size(); p++) {
			int at = p;
			Map<String, Object> pillar = new LinkedHashMap<>();
			pillar.put("name", definition.pillars().get(p).name().in(locale));
			pillar.put("values", scored.stream().map((zone) -> {
				var part = zone.pillars().get(at);
				return (result.aggregation() == Aggregation.ARITHMETIC) ? part.contribution() : part.score();
			}).toList());
			pillars.add(pillar);
		}
		chart.put("pillars", pillars);
		List<Map<String, Object>> bands = new ArrayList<>();
		for (SensitivityResult.ZoneRanks zone : sensitivity.zones()) {
			if (zone.median() == null) {
				continue;
			}
			Map<String, Object> band = new LinkedHashMap<>();
			band.put("name", zone.name().in(locale));
			band.put("rank", zone.rank());
			band.put("median", zone.median());
			band.put("p5", zone.p5());
			band.put("p95", zone.p95());
			bands.add(band);
		}
		chart.put("bands", bands);
		chart.put("zoneCount", ranking.zones().size());
		return chart;
	}

}
