package org.corridor.observatory.registry.enterprise.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseDetail;
import org.corridor.observatory.registry.enterprise.EnterpriseFileReader;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.EnterpriseOrder;
import org.corridor.observatory.registry.enterprise.EnterpriseQuery;
import org.corridor.observatory.registry.enterprise.EnterpriseSummary;
import org.corridor.observatory.registry.enterprise.ImportResult;
import org.corridor.observatory.registry.enterprise.ProgressListener;
import org.corridor.observatory.web.DemoNotice;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.Labelled;

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
 * The enterprise registry over HTTP: import a file (all rows or none), download the
 * templates, search firms and read one firm with its yearly figures and tiers.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/enterprises")
class EnterpriseApiController {

	private final PlanCatalog catalog;

	private final EnterpriseImportService imports;

	private final EnterpriseFinder finder;

	EnterpriseApiController(PlanCatalog catalog, EnterpriseImportService imports, EnterpriseFinder finder) {
		this.catalog = catalog;
		this.imports = imports;
		this.finder = finder;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResult> importFile(@PathVariable String planId, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "wgs84") String crs) throws IOException {
		// Read from disk as a stream, as an import job reads its spool file: memory holds
		// the rows in flight, not the upload's bytes.
		Path spooled = java.nio.file.Files.createTempFile("enterprise-upload-", ".part");
		try {
			file.transferTo(spooled);
			ImportResult result = this.imports.importFile(planId, Files.name(file), spooled, Crs.parse(crs),
					ProgressListener.NONE);
			return ResponseEntity.status(HttpStatus.CREATED).body(result);
		}
		finally {
			java.nio.file.Files.deleteIfExists(spooled);
		}
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(EnterpriseFileReader.TEMPLATE, true, locale, "enterprises");
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String planId, Locale locale) {
		this.catalog.getPlan(planId);
		return Files.template(EnterpriseFileReader.TEMPLATE, false, locale, "enterprises");
	}

	/**
	 * A page of a search. The next page is asked for with {@code after} set to this
	 * page's {@code next} (keyset paging: any page costs as little as the first).
	 */
	@GetMapping
	SearchPage search(@PathVariable String planId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String chain,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "50") int limit) {
		this.catalog.getPlan(planId);
		EnterpriseQuery query = new EnterpriseQuery(q, industry, chain, tier, zone, EnterpriseOrder.parse(sort));
		EnterpriseFinder.Page page = this.finder.search(planId, query, after, limit);
		// The total is counted with the first page only; a client walking the pages has
		// it.
		EnterpriseFinder.Total total = (after == null) ? this.finder.count(planId, query) : null;
		boolean demo = page.items().stream().anyMatch(EnterpriseSummary::demo);
		return new SearchPage(demo, DemoNotice.orNull(demo), (total != null) ? total.value() : null,
				(total != null) ? total.atLeast() : null, page.next(), page.items());
	}

	@GetMapping("/{uscc}")
	Labelled<EnterpriseDetail> detail(@PathVariable String planId, @PathVariable String uscc) {
		this.catalog.getPlan(planId);
		EnterpriseDetail detail = this.finder.find(planId, uscc)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"没有统一社会信用代码为 " + uscc + " 的企业 / no firm with credit code " + uscc));
		return Labelled.of(detail.summary().demo(), detail);
	}

	/**
	 * A page of a search, saying whether it shows demo firms.
	 *
	 * @param demo whether any firm listed is demo data
	 * @param notice the DEMO notice, or null
	 * @param total how many firms match in all (on the first page only), or the limit of
	 * the count when {@code totalAtLeast}
	 * @param totalAtLeast whether more firms match than {@code total} (first page only)
	 * @param next the cursor of the next page (the {@code after} parameter), or null on
	 * the last page
	 * @param items the firms of this page
	 */
	record SearchPage(boolean demo, String notice, Long total, Boolean totalAtLeast, String next,
			List<EnterpriseSummary> items) {
	}

}
