package org.corridor.observatory.chain.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.chain.ChainDetail;
import org.corridor.observatory.chain.ChainFigures;
import org.corridor.observatory.chain.ChainMatrix;
import org.corridor.observatory.chain.ChainOpportunities;
import org.corridor.observatory.chain.ChainReport;
import org.corridor.observatory.chain.ChainService;
import org.corridor.observatory.chain.FirmInSegment;
import org.corridor.observatory.chain.Gap;
import org.corridor.observatory.chain.SegmentFigures;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.chain.reference.ReferenceRegion;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;
import org.corridor.observatory.web.Names;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The industry chain pages (产业链): every chain of the corridor in a zone and year with the
 * chains × zones matrix, one chain as a flow of its segments from upstream to downstream
 * with its gaps and the firms behind each segment, and all of it as an Excel workbook.
 */
@PageController
class ChainPageController {

	/** The firms listed behind each segment on a chain's page. */
	static final int TOP_FIRMS = 10;

	/** The stages of a chain, in the order of the flow. */
	static final List<String> STAGES = List.of("upstream", "midstream", "downstream");

	/** The zone levels the matrix shows unless asked for others, in this order. */
	static final List<ZoneLevel> MATRIX_LEVELS = List.of(ZoneLevel.TOWN, ZoneLevel.CIRCLE, ZoneLevel.CITY,
			ZoneLevel.DISTRICT);

	/** Every zone level the matrix can show, in the order of its column groups. */
	static final List<ZoneLevel> ALL_LEVELS = List.of(ZoneLevel.TOWN, ZoneLevel.CIRCLE, ZoneLevel.CITY, ZoneLevel.WING,
			ZoneLevel.AREA, ZoneLevel.DISTRICT, ZoneLevel.TOWNSHIP, ZoneLevel.CORRIDOR);

	private final PlanCatalog catalog;

	private final ChainService chains;

	private final MessageSource messages;

	private final ChainOpportunities opportunities;

	private final CandidateList candidateList;

	private final ReferenceRegion referenceRegion;

	ChainPageController(PlanCatalog catalog, ChainService chains, MessageSource messages,
			ChainOpportunities opportunities, CandidateList candidateList, ReferenceRegion referenceRegion) {
		this.opportunities = opportunities;
		this.candidateList = candidateList;
		this.referenceRegion = referenceRegion;
		this.catalog = catalog;
		this.chains = chains;
		this.messages = messages;
	}

	@GetMapping("/chains")
	String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String levels, Model model) {
		Plan plan = this.catalog.current();
		String zoneCode = blankToNull(zone);
		ChainReport report = this.chains.report(plan.id(), year, zoneCode);
		ChainMatrix matrix = this.chains.matrix(plan.id(), report.year());
		Map<String, Integer> gaps = new LinkedHashMap<>();
		for (ChainFigures chain : report.chains()) {
			gaps.put(chain.code(), Gap.of(chain).size());
		}
		String shown = (levels == null || levels.isBlank()) ? "" : levels.trim().toLowerCase(Locale.ROOT);
		filters(model, plan, report.year(), zoneCode);
		model.addAttribute("report", report);
		model.addAttribute("gaps", gaps);
		model.addAttribute("matrix", matrix);
		model.addAttribute("groups", groups(matrix, shown));
		model.addAttribute("levels", shown);
		model.addAttribute("levelChoices", ALL_LEVELS.stream().map(ZoneLevel::key).toList());
		model.addAttribute("candidateCount", this.candidateList.listCandidates(plan.id()).size());
		model.addAttribute("candidateDemo", this.candidateList.hasDemo(plan.id()));
		return "chains";
	}

	@PostMapping("/chains/candidates")
	String importCandidates(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("candidatesImported", this.candidateList.importFile(this.catalog.current().id(),
					file.getOriginalFilename(), file.getBytes()));
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("rejectedFile", "candidates");
		}
		return overview(null, null, null, model);
	}

	@PostMapping("/chains/reference")
	String importReference(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("referenceImported", this.referenceRegion.importFile(this.catalog.current().id(),
					file.getOriginalFilename(), file.getBytes()));
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("rejectedFile", "reference");
		}
		return overview(null, null, null, model);
	}

	@GetMapping("/chains/{code}")
	String chain(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Long candidate,
			@RequestParam(required = false) String landing, Model model) {
		Plan plan = this.catalog.current();
		String zoneCode = blankToNull(zone);
		ChainDetail detail = this.chains.chain(plan.id(), code, year, zoneCode);
		Map<String, List<SegmentFigures>> flow = new LinkedHashMap<>();
		STAGES.forEach((stage) -> flow.put(stage, new ArrayList<>()));
		Map<String, List<FirmInSegment>> firms = new LinkedHashMap<>();
		Map<String, Integer> firmTotals = new LinkedHashMap<>();
		for (SegmentFigures segment : detail.chain().segments()) {
			flow.computeIfAbsent(stageOf(segment), (stage) -> new ArrayList<>()).add(segment);
		}
		List<String> codes = detail.chain().segments().stream().map(SegmentFigures::code).toList();
		this.chains.firms(plan.id(), codes, detail.year(), zoneCode).forEach((segment, behind) -> {
			firms.put(segment, behind.subList(0, Math.min(behind.size(), TOP_FIRMS)));
			firmTotals.put(segment, behind.size());
		});
		filters(model, plan, detail.year(), zoneCode);
		model.addAttribute("detail", detail);
		model.addAttribute("c", detail.chain());
		model.addAttribute("flow", flow);
		model.addAttribute("firms", firms);
		model.addAttribute("firmTotals", firmTotals);
		model.addAttribute("topFirms", TOP_FIRMS);
		model.addAttribute("candidates", this.opportunities.candidates(plan.id(), detail));
		model.addAttribute("landingZones",
				plan.listZones().stream().filter((z) -> !z.code().equals(plan.rootZone().code())).toList());
		if (candidate != null && landing != null && !landing.isBlank()) {
			model.addAttribute("effect", this.opportunities.landing(plan.id(), candidate, landing, detail.year()));
		}
		return "chain";
	}

	@GetMapping("/chains/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone, Locale locale) {
		Plan plan = this.catalog.current();
		ChainReport report = this.chains.report(plan.id(), year, blankToNull(zone));
		ChainMatrix matrix = this.chains.matrix(plan.id(), report.year());
		String zoneName = (report.zone() != null) ? new Names(plan, locale).zone(report.zone())
				: message("chain.allZones", locale);
		byte[] body = ChainWorkbook.write(report, matrix, zoneName, locale, this::message);
		return ResponseEntity.ok()
			.contentType(Files.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("chains-" + report.year() + ".xlsx").build().toString())
			.body(body);
	}

	private void filters(Model model, Plan plan, int year, String zoneCode) {
		List<Integer> years = new ArrayList<>(this.chains.years(plan.id()));
		if (!years.contains(year)) {
			years.add(year);
			years.sort(Integer::compare);
		}
		String root = plan.rootZone().code();
		List<Zone> zones = plan.listZones().stream().filter((z) -> !z.code().equals(root)).toList();
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		model.addAttribute("zones", zones);
		model.addAttribute("zoneCode", (zoneCode != null) ? zoneCode : "");
		model.addAttribute("zoneName",
				(zoneCode != null) ? plan.findZone(zoneCode).map(Zone::name).orElse(null) : plan.rootZone().name());
	}

	/**
	 * The matrix's columns grouped by zone level: the levels asked for (a level key, or
	 * {@code all}), the usual ones otherwise.
	 */
	static List<Group> groups(ChainMatrix matrix, String levels) {
		List<ZoneLevel> shown;
		if (levels.isEmpty()) {
			shown = MATRIX_LEVELS;
		}
		else if ("all".equals(levels)) {
			shown = ALL_LEVELS;
		}
		else {
			shown = ALL_LEVELS.stream().filter((level) -> level.key().equals(levels)).toList();
		}
		List<Group> groups = new ArrayList<>();
		for (ZoneLevel level : shown) {
			List<Integer> columns = new ArrayList<>();
			for (int i = 0; i < matrix.zones().size(); i++) {
				if (matrix.zones().get(i).level().equals(level.key())) {
					columns.add(i);
				}
			}
			if (!columns.isEmpty()) {
				groups.add(new Group(level.key(), columns));
			}
		}
		return groups;
	}

	static String stageOf(SegmentFigures segment) {
		return (segment.stage() != null) ? segment.stage().toLowerCase(Locale.ROOT) : "unknown";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * Matrix columns of one zone level.
	 *
	 * @param level the level's key
	 * @param columns the indexes of its zones among the matrix's columns
	 */
	record Group(String level, List<Integer> columns) {
	}

}
