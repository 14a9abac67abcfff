package org.corridor.observatory.registry.enterprise.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseDetail;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.EnterpriseQuery;
import org.corridor.observatory.registry.enterprise.EnterpriseSummary;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;
import org.corridor.observatory.web.Names;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The enterprise registry pages: a search of the firms with paging and an Excel export of
 * the whole search, and one firm with its yearly figures, tiers and zones.
 */
@PageController
class EnterprisePageController {

	static final int PAGE_SIZE = 50;

	static final int EXPORT_CAP = 100_000;

	private final PlanCatalog catalog;

	private final EnterpriseFinder finder;

	private final MessageSource messages;

	EnterprisePageController(PlanCatalog catalog, EnterpriseFinder finder, MessageSource messages) {
		this.catalog = catalog;
		this.finder = finder;
		this.messages = messages;
	}

	@GetMapping("/enterprises")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String chain, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String zone, @RequestParam(defaultValue = "0") int page, Model model) {
		Plan plan = this.catalog.current();
		int current = Math.max(page, 0);
		EnterpriseFinder.Page found = this.finder.search(plan.id(),
				new EnterpriseQuery(q, industry, chain, tier, zone, current * PAGE_SIZE, PAGE_SIZE));
		long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("industry", (industry != null) ? industry : "");
		model.addAttribute("chain", (chain != null) ? chain : "");
		model.addAttribute("tier", (tier != null) ? tier : "");
		model.addAttribute("zoneCode", (zone != null) ? zone : "");
		model.addAttribute("chains", plan.listItems(ItemKind.CHAIN));
		model.addAttribute("tiers", plan.listItems(ItemKind.ENTERPRISE_TIER));
		model.addAttribute("zones", plan.listZones());
		model.addAttribute("total", found.total());
		model.addAttribute("firms", found.items());
		model.addAttribute("firmDemo", found.items().stream().anyMatch(EnterpriseSummary::demo));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "enterprises";
	}

	@GetMapping("/enterprises/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String chain,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String zone, Locale locale)
			throws IOException {
		Plan plan = this.catalog.current();
		List<EnterpriseSummary> firms = new ArrayList<>();
		long total = Long.MAX_VALUE;
		while (firms.size() < Math.min(total, EXPORT_CAP)) {
			int limit = (int) Math.min(EnterpriseQuery.MAX_LIMIT, EXPORT_CAP - firms.size());
			EnterpriseFinder.Page found = this.finder.search(plan.id(),
					new EnterpriseQuery(q, industry, chain, tier, zone, firms.size(), limit));
			total = found.total();
			if (found.items().isEmpty()) {
				break;
			}
			firms.addAll(found.items());
		}
		return ResponseEntity.ok()
			.contentType(Files.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("enterprises.xlsx").build().toString())
			.body(workbook(firms, new Names(plan, locale), locale));
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

	private byte[] workbook(List<EnterpriseSummary> firms, Names names, Locale locale) throws IOException {
		boolean demo = firms.stream().anyMatch(EnterpriseSummary::demo);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(message("firm.sheet", locale));
			int rowIndex = 0;
			if (demo) {
				sheet.createRow(rowIndex++).createCell(0).setCellValue("DEMO " + message("firm.demoNotice", locale));
			}
			Row header = sheet.createRow(rowIndex++);
			String[] columns = { "firm.col.uscc", "firm.col.name", "firm.col.industry", "firm.col.industryName",
					"firm.col.chains", "firm.col.zones", "firm.col.demo" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(message(columns[i], locale));
			}
			for (EnterpriseSummary firm : firms) {
				Row row = sheet.createRow(rowIndex++);
				row.createCell(0).setCellValue(firm.uscc());
				row.createCell(1).setCellValue(firm.name());
				row.createCell(2).setCellValue(firm.industryCode());
				Cell name = row.createCell(3);
				if (firm.industryName() != null) {
					name.setCellValue(firm.industryName());
				}
				row.createCell(4).setCellValue(String.join(",", firm.chains().stream().map(names::chain).toList()));
				row.createCell(5).setCellValue(names.zones(firm.zones()));
				row.createCell(6).setCellValue(firm.demo() ? "DEMO" : "");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
