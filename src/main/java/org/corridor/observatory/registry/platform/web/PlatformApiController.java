package org.corridor.observatory.registry.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.registry.platform.PlatformFileReader;
import org.corridor.observatory.registry.platform.PlatformFilter;
import org.corridor.observatory.registry.platform.PlatformImportResult;
import org.corridor.observatory.registry.platform.PlatformRegistry;
import org.corridor.observatory.registry.platform.PlatformStore;
import org.corridor.observatory.registry.platform.PlatformView;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.web.Names;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The platform registry over HTTP: search the platforms, read one with its stages and
 * earlier records, import a file (all rows or none), download the templates and export a
 * search to Excel.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/platforms")
class PlatformApiController {

	private final PlanCatalog catalog;

	private final PlatformRegistry registry;

	PlatformApiController(PlanCatalog catalog, PlatformRegistry registry) {
		this.catalog = catalog;
		this.registry = registry;
	}

	@GetMapping
	Labelled<List<PlatformView>> search(@PathVariable String planId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String level,
			@RequestParam(required = false) String status, @RequestParam(required = false) String domain,
			@RequestParam(required = false) String zone) {
		this.catalog.getPlan(planId);
		List<Platform> found = this.registry.search(planId, new PlatformFilter(q, type, level, status, domain, zone));
		return Labelled.of(found.stream().anyMatch(Platform::demo), this.registry.view(planId, found));
	}

	@GetMapping("/{code}")
	Labelled<Detail> detail(@PathVariable String planId, @PathVariable String code) {
		this.catalog.getPlan(planId);
		Platform platform = this.registry.findPlatform(planId, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"没有代码为 " + code + " 的平台 / no platform with code " + code));
		return Labelled.of(platform.demo(), new Detail(this.registry.view(planId, List.of(platform)).get(0),
				this.registry.listRevisions(planId, code)));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PlatformImportResult> importFile(@PathVariable String planId,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "wgs84") String crs)
			throws IOException {
		PlatformImportResult result = this.registry.importFile(planId, Files.name(file), file.getBytes(),
				Crs.parse(crs));
		return ResponseEntity.status(HttpStatus.CREATED).body(result);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(PlatformFileReader.TEMPLATE, true, locale, "platforms");
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(PlatformFileReader.TEMPLATE, false, locale, "platforms");
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String planId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String level,
			@RequestParam(required = false) String status, @RequestParam(required = false) String domain,
			@RequestParam(required = false) String zone, Locale locale) {
		Plan plan = this.catalog.getPlan(planId);
		List<Platform> found = this.registry.search(planId, new PlatformFilter(q, type, level, status, domain, zone));
		return Files.download(PlatformWorkbook.write(found, this.registry.today(), new Names(plan, locale), locale),
				Files.XLSX, "platforms.xlsx");
	}

	/**
	 * One platform with the records imports replaced.
	 *
	 * @param platform the platform
	 * @param revisions its earlier records, newest first
	 */
	record Detail(PlatformView platform, List<PlatformStore.PlatformRevision> revisions) {
	}

}
