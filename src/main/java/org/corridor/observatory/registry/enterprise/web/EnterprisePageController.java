package org.corridor.observatory.registry.enterprise.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseDetail;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.EnterpriseOrder;
import org.corridor.observatory.registry.enterprise.EnterpriseQuery;
import org.corridor.observatory.registry.enterprise.EnterpriseSummary;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;
import org.corridor.observatory.web.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The enterprise registry pages: a search of the firms a page at a time and an Excel
 * export of the whole search, and one firm with its yearly figures, tiers and zones.
 */
@PageController
class EnterprisePageController {

	static final int PAGE_SIZE = 50;

	private static final Logger log = LoggerFactory.getLogger(EnterprisePageController.class);

	private final PlanCatalog catalog;

	private final EnterpriseFinder finder;

	private final MessageSource messages;

	EnterprisePageController(PlanCatalog catalog, EnterpriseFinder finder, MessageSource messages) {
		this.catalog = catalog;
		this.finder = finder;
		this.messages = messages;
	}

	/**
	 * A page of the search: the first, or the one after the firm the cursor {@code after}
	 * names (keyset paging, as cheap deep in the list as at its start).
	 */
	@GetMapping("/enterprises")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String chain, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String after, Model model) {
		Plan plan = this.catalog.current();
		EnterpriseQuery query = new EnterpriseQuery(q, industry, chain, tier, zone, EnterpriseOrder.parse(sort));
		EnterpriseFinder.Page found = this.finder.search(plan.id(), query, blankToNull(after), PAGE_SIZE);
		EnterpriseFinder.Total total = this.finder.count(plan.id(), query);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("industry", (industry != null) ? industry : "");
		model.addAttribute("chain", (chain != null) ? chain : "");
		model.addAttribute("tier", (tier != null) ? tier : "");
		model.addAttribute("zoneCode", (zone != null) ? zone : "");
		model.addAttribute("sort", query.order().parameter());
		model.addAttribute("chains", plan.listItems(ItemKind.CHAIN));
		model.addAttribute("tiers", plan.listItems(ItemKind.ENTERPRISE_TIER));
		model.addAttribute("zones", plan.listZones());
		model.addAttribute("total", total.value());
		model.addAttribute("totalAtLeast", total.atLeast());
		model.addAttribute("firms", found.items());
		model.addAttribute("firmDemo", found.items().stream().anyMatch(EnterpriseSummary::demo));
		model.addAttribute("first", blankToNull(after) == null);
		model.addAttribute("next", found.next());
		return "enterprises";
	}

	/**
	 * Every firm of the search as an Excel workbook, streamed: rows go from the database
	 * to the client as they are read, and stop when the client goes away.
	 */
	@GetMapping("/enterprises/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String chain, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String sort, Locale locale,
			HttpServletResponse response) throws IOException {
		Plan plan = this.catalog.current();
		EnterpriseQuery query = new EnterpriseQuery(q, industry, chain, tier, zone, EnterpriseOrder.parse(sort));
		boolean demo = this.finder.anyDemo(plan.id(), query);
		response.setContentType(Files.XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("enterprises.xlsx").build().toString());
		response.setHeader("X-Demo-Data", String.valueOf(demo));
		long[] rows = { 0 };
		try {
			FirmWorkbook.write(response.getOutputStream(),
					(each) -> this.finder.forEach(plan.id(), query, FirmWorkbook.MAX_FIRMS + 1, (firm) -> {
						rows[0]++;
						each.accept(firm);
					}), demo, new Names(plan, locale), (key) -> message(key, locale));
		}
		catch (IOException | RuntimeException ex) {
			if (!response.isCommitted()) {
				throw ex;
			}
			// Part of the file has gone out: nothing can be said to the client any more,
			// most likely because it has gone away.
			log.info("Firm export stopped after {} rows: {}", rows[0], ex.toString());
		}
	}

	@GetMapping("/enterprises/{uscc}")
	String detail(@PathVariable String uscc, Model model) {
		Plan plan = this.catalog.current();
		EnterpriseDetail detail = this.finder.find(plan.id(), uscc)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"没有统一社会信用代码为 " + uscc + " 的企业 / no firm with credit code " + uscc));
		model.addAttribute("firm", detail);
		model.addAttribute("firmDemo", detail.summary().demo());
		return "enterprise";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
