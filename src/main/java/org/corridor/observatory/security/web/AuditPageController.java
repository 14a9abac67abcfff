package org.corridor.observatory.security.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.corridor.observatory.audit.AuditEntry;
import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.audit.AuditQuery;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators and approvers: filtered by account, kind of thing,
 * zone and dates, exported to Excel, and its chain of hashes verified.
 */
@PageController
class AuditPageController {

	static final int PAGE_LIMIT = 500;

	static final int EXPORT_LIMIT = 100_000;

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final AuditLog audit;

	AuditPageController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String entity,
			@RequestParam(required = false) String zone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		AuditQuery query = new AuditQuery(actor, entity, zone, from, to);
		model.addAttribute("query", query);
		model.addAttribute("entries", this.audit.list(query, PAGE_LIMIT));
		model.addAttribute("entities", this.audit.listEntities());
		model.addAttribute("limit", PAGE_LIMIT);
		model.addAttribute("beijing", BEIJING);
		return "audit";
	}

	@GetMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.audit.verify());
		return audit(null, null, null, null, null, model);
	}

	@GetMapping("/audit/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String zone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<AuditEntry> entries = this.audit.list(new AuditQuery(actor, entity, zone, from, to), EXPORT_LIMIT);
		return Files.download(workbook(entries), Files.XLSX, "audit.xlsx");
	}

	private static byte[] workbook(List<AuditEntry> entries) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("审计 audit");
			String[] titles = { "序号 no.", "时间（北京） time (Beijing)", "账号 account", "操作 action", "对象 entity", "键 key",
					"空间单元 zone", "变更前 before", "变更后 after", "地址 address", "客户端 user agent", "请求 request",
					"前一哈希 previous hash", "哈希 hash" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			int r = 1;
			for (AuditEntry e : entries) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(e.id());
				String[] texts = { BEIJING.format(e.at()), e.actor(), e.action(), e.entity(), e.key(), e.zone(),
						e.before(), e.after(), e.address(), e.userAgent(), e.requestId(), e.previousHash(), e.hash() };
				for (int i = 0; i < texts.length; i++) {
					row.createCell(i + 1).setCellValue(cell(texts[i]));
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Excel holds at most 32 767 characters in a cell. */
	private static String cell(String text) {
		return (text == null) ? "" : (text.length() > 32_000) ? text.substring(0, 32_000) + "…" : text;
	}

}
