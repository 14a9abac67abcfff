package org.corridor.observatory.registry.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformLevel;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.registry.platform.PlatformFilter;
import org.corridor.observatory.registry.platform.PlatformRegistry;
import org.corridor.observatory.registry.platform.PlatformView;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The platform registry pages: the platforms with search and filters, a chart of their
 * status by level, the import of a platform file, and one platform with its stages, place
 * and earlier records.
 */
@PageController
class PlatformPageController {

	private final PlanCatalog catalog;

	private final PlatformRegistry registry;

	private final MessageSource messages;

	PlatformPageController(PlanCatalog catalog, PlatformRegistry registry, MessageSource messages) {
		this.catalog = catalog;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/platforms")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String level, @RequestParam(required = false) String status,
			@RequestParam(required = false) String domain, @RequestParam(required = false) String zone, Model model,
			Locale locale) {
		Plan plan = this.catalog.current();
		PlatformFilter filter = new PlatformFilter(q, type, level, status, domain, zone);
		List<Platform> found = this.registry.search(plan.id(), filter);
		model.addAttribute("filter", filter);
		model.addAttribute("types", plan.listItems(ItemKind.PLATFORM_TYPE));
		model.addAttribute("levels", PlatformLevel.values());
		model.addAttribute("statuses", PlatformStatus.values());
		model.addAttribute("domains", plan.listItems(ItemKind.DOMAIN));
		model.addAttribute("zones", plan.listZones());
		model.addAttribute("platforms", this.registry.view(plan.id(), found));
		model.addAttribute("platformDemo", found.stream().anyMatch(Platform::demo));
		model.addAttribute("chart", chart(this.registry.view(plan.id(), found), locale));
		return "platforms";
	}

	@PostMapping("/platforms/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "wgs84") String crs,
			Model model, Locale locale) throws IOException {
		try {
			model.addAttribute("imported", this.registry.importFile(this.catalog.current().id(),
					file.getOriginalFilename(), file.getBytes(), Crs.parse(crs)));
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		return list(null, null, null, null, null, null, model, locale);
	}

	@GetMapping("/platforms/{code}")
	String detail(@PathVariable String code, Model model) {
		Plan plan = this.catalog.current();
		Platform platform = this.registry.findPlatform(plan.id(), code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"没有代码为 " + code + " 的平台 / no platform with code " + code));
		model.addAttribute("p", this.registry.view(plan.id(), List.of(platform)).get(0));
		model.addAttribute("revisions", this.registry.listRevisions(plan.id(), code));
		model.addAttribute("platformDemo", platform.demo());
		return "platform";
	}

	/**
	 * The platforms counted by status today (rows) and level (series), for a stacked bar
	 * chart; the statuses and levels with no platform are left out.
	 */
	private Map<String, Object> chart(List<PlatformView> views, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<String> statuses = new ArrayList<>();
		List<PlatformStatus> statusKeys = new ArrayList<>();
		for (PlatformStatus status : PlatformStatus.values()) {
			if (views.stream().anyMatch((v) -> v.status() == status)) {
				statuses.add(english ? status.label().en() : status.label().zh());
				statusKeys.add(status);
			}
		}
		if (views.stream().anyMatch((v) -> v.status() == null)) {
			statuses.add(message("platform.status.unknown", locale));
			statusKeys.add(null);
		}
		Map<String, List<Long>> series = new LinkedHashMap<>();
		for (PlatformLevel level : PlatformLevel.values()) {
			add(series, english ? level.label().en() : level.label().zh(), views, statusKeys, level.code());
		}
		add(series, message("platform.level.unknown", locale), views, statusKeys, null);
		return Map.of("statuses", statuses, "series", series);
	}

	private static void add(Map<String, List<Long>> series, String name, List<PlatformView> views,
			List<PlatformStatus> statuses, String level) {
		List<Long> counts = statuses.stream()
			.map((status) -> views.stream()
				.filter((v) -> v.status() == status && Objects.equals(v.platform().level(), level))
				.count())
			.toList();
		if (counts.stream().anyMatch((count) -> count > 0)) {
			series.put(name, counts);
		}
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
