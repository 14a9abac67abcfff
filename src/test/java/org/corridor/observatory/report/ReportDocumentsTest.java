package org.corridor.observatory.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlatformStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The corridor's report on the demo figures, opened again: the Word file with POI, the
 * PDF with PDFBox (its tables read back from the cells drawn, {@link PdfTables}). Every
 * cell of the indicator table is the evaluation API's or the plan API's figure or word,
 * written as the report writes numbers ({@link ReportFormat}), in both files; parts 一
 * (counts by progress word and status), 三 (each district's row), 四 (platforms by stage on
 * the day, the plan's platform counts against the registry) and 五 (each chain's row) are
 * the platform's own APIs' figures; every page carries DEMO; the PDF embeds its font,
 * draws Traditional characters, and renders with {@code pdftoppm} to PNGs under
 * {@code target/screenshots/} (look at them).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsTest {

	static final String PLAN = "chengxi-2021";

	static final String API = "/api/v1/plans/" + PLAN;

	@Autowired
	ReportBuilder builder;

	@Autowired
	TestRestTemplate http;

	AnnualReport report;

	int year;

	JsonNode api;

	Map<String, JsonNode> indicators = new LinkedHashMap<>();

	JsonNode structure;

	byte[] docx;

	byte[] pdf;

	@BeforeAll
	void build() {
		LocalDate today = LocalDate.now();
		this.api = this.http.getForObject(API + "/evaluations", JsonNode.class);
		this.year = this.api.at("/data/year").asInt();
		for (JsonNode indicator : this.http.getForObject(API + "/indicators", JsonNode.class)) {
			this.indicators.put(indicator.get("code").asText(), indicator);
		}
		this.structure = this.http.getForObject(API + "/structure", JsonNode.class);
		this.report = this.builder.build(PLAN, this.year, null, today, ReportBuilder.Progress.NONE);
		ReportDocument zh = ReportComposer.compose(this.report, Locale.SIMPLIFIED_CHINESE,
				ReportComposer.ChartProgress.NONE);
		this.docx = DocxWriter.write(zh);
		this.pdf = PdfWriter.write(zh);
	}

	@Test
	void theWordTableIsTheEvaluationApiInEveryColumn() throws IOException {
		List<List<String>> expected = indicatorRows();
		long lagging = evaluations().stream().filter((e) -> rating(e) == NdrcRating.LAGGING).count();
		assertThat(lagging).as("the demo figures have a lagging indicator, so that its chart is looked for")
			.isPositive();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx))) {
			assertThat(table(doc, ReportComposer.TABLE_ZH)).containsExactlyElementsOf(expected);
			assertThat(
					doc.getParagraphs().stream().filter((p) -> "Heading1".equals(p.getStyle())).map((p) -> p.getText()))
				.startsWith("一、规划实施总体情况", "二、主要目标指标完成情况", "三、空间格局与区县", "四、战略科技力量与平台", "五、产业体系与产业链", "六、存在的主要问题",
						"七、后半程研判", "附录");
			assertThat(doc.getHeaderList()).isNotEmpty();
			for (XWPFHeader header : doc.getHeaderList()) {
				assertThat(header.getText()).contains("DEMO");
			}
			// a chart per lagging indicator and the districts' small maps
			assertThat(this.report.districtShapes()).isNotEmpty();
			assertThat(doc.getAllPictures()).hasSize((int) lagging + 1);
		}
	}

	@Test
	void thePdfTableIsTheEvaluationApiInEveryColumnAndEveryPageSaysDemo() throws IOException, InterruptedException {
		try (PDDocument doc = Loader.loadPDF(this.pdf)) {
			PdfTables tables = PdfTables.of(doc);
			assertSameCells(tables.table(ReportComposer.TABLE_ZH), indicatorRows());
			assertThat(tables.headersAloneAtAPageFoot()).isEmpty();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				assertThat(stripper.getText(doc)).as("page %d", i).contains("DEMO");
			}
			PDFont font = doc.getPage(0)
				.getResources()
				.getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).contains("NotoSansSC");
		}
		render(this.pdf, "report-corridor-zh");
	}

	@Test
	void partOneCountsTheEvaluationApisStatuses() throws IOException {
		List<JsonNode> evaluations = evaluations();
		Map<NdrcRating, Integer> ratings = new EnumMap<>(NdrcRating.class);
		Map<Status, Integer> statuses = new EnumMap<>(Status.class);
		List<Double> completions = new ArrayList<>();
		for (JsonNode e : evaluations) {
			ratings.merge(rating(e), 1, Integer::sum);
			statuses.merge(Status.valueOf(e.get("status").asText()), 1, Integer::sum);
			if (rating(e).rated() && !e.get("completion").isNull()) {
				completions.add(Math.max(0, Math.min(1, e.get("completion").asDouble())));
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (NdrcRating rating : NdrcRating.values()) {
			rows.add(List.of(rating.label().zh(), String.valueOf(ratings.getOrDefault(rating, 0))));
		}
		String overview = paragraph("纳入监测的 ");
		assertThat(overview).contains("纳入监测的 " + evaluations.size() + " 项主要指标中，"
				+ ratings.getOrDefault(NdrcRating.AHEAD, 0) + " 项提前实现，" + ratings.getOrDefault(NdrcRating.FASTER, 0)
				+ " 项快于预期，" + ratings.getOrDefault(NdrcRating.AS_EXPECTED, 0) + " 项基本符合预期，"
				+ ratings.getOrDefault(NdrcRating.LAGGING, 0) + " 项滞后");
		for (Status status : Status.values()) {
			int n = statuses.getOrDefault(status, 0);
			if (n > 0 || status.severity() >= 0) {
				assertThat(overview).contains(status.zh() + " " + n + " 项");
			}
		}
		assertThat(completions).isNotEmpty();
		assertThat(overview).contains("已评价指标平均完成度为 "
				+ ReportFormat.percent(completions.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
		List<String> headers = List.of("进展评价", "指标数", "对应平台状态");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx));
				PDDocument pdf = Loader.loadPDF(this.pdf)) {
			assertThat(table(doc, headers).stream().map((row) -> row.subList(0, 2)).toList())
				.containsExactlyElementsOf(rows);
			assertThat(PdfTables.of(pdf).table(headers).stream().map((row) -> row.subList(0, 2)).toList())
				.containsExactlyElementsOf(rows);
		}
	}

	@Test
	void partThreeIsEachDistrictsEvaluation() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode zone : this.structure.get("zones")) {
			if (!zone.get("level").asText().equals("DISTRICT") || !zone.get("reporting").asBoolean()) {
				continue;
			}
			JsonNode evaluation = this.http.getForObject(
					API + "/evaluations?year=" + this.year + "&zone=" + zone.get("code").asText(), JsonNode.class);
			Map<NdrcRating, Integer> counts = new EnumMap<>(NdrcRating.class);
			int rated = 0;
			double sum = 0;
			int completed = 0;
			List<String> shares = new ArrayList<>();
			for (JsonNode e : evaluation.at("/data/indicators")) {
				NdrcRating rating = rating(e);
				counts.merge(rating, 1, Integer::sum);
				if (rating.rated()) {
					rated++;
					if (!e.get("completion").isNull()) {
						sum += Math.max(0, Math.min(1, e.get("completion").asDouble()));
						completed++;
					}
				}
				JsonNode contribution = e.get("contribution");
				if (!contribution.isNull() && contribution.get("additive").asBoolean()
						&& !contribution.get("share").isNull()) {
					shares.add(name(e) + " " + ReportFormat.percent(contribution.get("share").asDouble()));
				}
			}
			rows.add(List.of(zone.at("/name/zh").asText(), String.valueOf(rated),
					String.valueOf(counts.getOrDefault(NdrcRating.AHEAD, 0)),
					String.valueOf(counts.getOrDefault(NdrcRating.FASTER, 0)),
					String.valueOf(counts.getOrDefault(NdrcRating.AS_EXPECTED, 0)),
					String.valueOf(counts.getOrDefault(NdrcRating.LAGGING, 0)),
					ReportFormat.percent((completed > 0) ? sum / completed : null),
					shares.isEmpty() ? ReportFormat.NONE : String.join("；", shares)));
		}
		assertThat(rows).hasSize(6);
		assertThat(rows).as("the demo districts have shares of the corridor")
			.anyMatch((row) -> row.get(7).contains("%"));
		List<String> headers = List.of("区县", "评价指标数", "提前实现", "快于预期", "基本符合预期", "滞后", "平均完成度", "占全域比重（贡献）");
		assertThat(paragraph("走廊涉及 ")).startsWith("走廊涉及 " + rows.size() + " 个区县。");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx));
				PDDocument pdf = Loader.loadPDF(this.pdf)) {
			assertThat(table(doc, headers)).containsExactlyElementsOf(rows);
			assertSameCells(PdfTables.of(pdf).table(headers), rows);
		}
	}

	@Test
	void partFourCountsTheRegistrysPlatformsByStageOnTheDay() throws IOException {
		LocalDate day = LocalDate.of(this.year, 12, 31).isBefore(LocalDate.now()) ? LocalDate.of(this.year, 12, 31)
				: LocalDate.now();
		JsonNode platforms = this.http.getForObject(API + "/platforms", JsonNode.class).get("data");
		Map<PlatformStatus, Integer> byStage = new EnumMap<>(PlatformStatus.class);
		List<String> accredited = new ArrayList<>();
		int inPlan = 0;
		int inPlanOperating = 0;
		for (JsonNode view : platforms) {
			PlatformStatus stage = null;
			LocalDate since = null;
			for (JsonNode s : view.get("stages")) {
				if (s.get("reached").isNull()) {
					continue;
				}
				LocalDate reached = LocalDate.parse(s.get("reached").asText());
				if (!reached.isAfter(day) && (since == null || !reached.isBefore(since))) {
					stage = PlatformStatus.valueOf(s.get("status").asText());
					since = reached;
				}
				if (s.get("status").asText().equals("ACCREDITED") && reached.getYear() == this.year
						&& !reached.isAfter(day)) {
					accredited.add(view.at("/platform/name").asText());
				}
			}
			if (stage != null) {
				byStage.merge(stage, 1, Integer::sum);
			}
			if (view.at("/platform/inPlan").asBoolean()) {
				inPlan++;
				if (stage != null && stage.ordinal() >= PlatformStatus.OPERATING.ordinal()) {
					inPlanOperating++;
				}
			}
		}
		assertThat(byStage.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
		List<List<String>> rows = new ArrayList<>();
		for (PlatformStatus stage : PlatformStatus.values()) {
			rows.add(List.of(stage.label().zh(), String.valueOf(byStage.getOrDefault(stage, 0))));
		}
		String text = paragraph("平台登记库共有平台");
		assertThat(text).contains("截至 " + day + "，平台登记库共有平台 " + platforms.size() + " 个，其中谋划 "
				+ byStage.getOrDefault(PlatformStatus.PLANNED, 0) + " 个、建设中 "
				+ byStage.getOrDefault(PlatformStatus.UNDER_CONSTRUCTION, 0) + " 个、运行 "
				+ byStage.getOrDefault(PlatformStatus.OPERATING, 0) + " 个、获批认定 "
				+ byStage.getOrDefault(PlatformStatus.ACCREDITED, 0) + " 个、评估验收 "
				+ byStage.getOrDefault(PlatformStatus.EVALUATED, 0) + " 个。");
		assertThat(text).contains(this.year + "年新获批认定 " + accredited.size() + " 个"
				+ (accredited.isEmpty() ? "" : "（" + String.join("、", accredited) + "）"));
		assertThat(text).contains("规划明确的 " + inPlan + " 个平台中，" + inPlanOperating + " 个已运行或获批认定、评估验收");
		List<String> headers = List.of("阶段", "平台数");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx));
				PDDocument pdf = Loader.loadPDF(this.pdf)) {
			assertThat(table(doc, headers)).containsExactlyElementsOf(rows);
			assertSameCells(PdfTables.of(pdf).table(headers), rows);
		}
	}

	@Test
	void partFourSetsThePlansPlatformCountsAgainstTheRegistry() throws IOException, InterruptedException {
		List<List<String>> rows = new ArrayList<>();
		int reached = 0;
		for (JsonNode e : evaluations()) {
			JsonNode indicator = this.indicators.get(e.get("indicatorCode").asText());
			JsonNode query = indicator.get("query");
			if (query.isNull() || !query.get("subject").asText().equals("PLATFORMS")
					|| !query.get("measure").asText().equals("COUNT")) {
				continue;
			}
			assertThat(indicator.get("direction").asText()).isEqualTo("HIGHER");
			Double gap = e.get("targetValue").isNull() || e.get("actual").isNull() ? null
					: Math.max(0, e.get("targetValue").asDouble() - e.get("actual").asDouble());
			reached += (gap != null && gap == 0) ? 1 : 0;
			rows.add(List.of(name(e) + "（" + indicator.at("/unit/zh").asText() + "）", target(e),
					ReportFormat.figure(number(e.get("actual"))), ReportFormat.figure(gap)));
			assertThat(e.at("/working/0/en").asText()).isEqualTo("computed from the platform registry");
			assertThat(e.get("actual").asDouble()).as("the count is the registry's")
				.isEqualTo(registryCount(e.get("indicatorCode").asText(), query));
		}
		assertThat(rows).as("the plan counts national innovation centres in the registry").isNotEmpty();
		assertThat(paragraph("由平台登记库计数的指标")).contains("规划中由平台登记库计数的指标 " + rows.size() + " 项，按指标口径统计到 " + this.year
				+ " 年末的平台数，" + reached + " 项已达到目标值，" + (rows.size() - reached) + " 项尚有差距");
		List<String> headers = ReportComposer.PLATFORM_TARGETS_TABLE.stream().map(LocalizedText::zh).toList();
		assertThat(headers).containsExactly("指标", "目标值", "当前数", "差距");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx));
				PDDocument pdf = Loader.loadPDF(this.pdf)) {
			assertThat(table(doc, headers)).containsExactlyElementsOf(rows);
			assertSameCells(PdfTables.of(pdf).table(headers), rows);
		}
		byte[] en = PdfWriter
			.write(ReportComposer.compose(this.report, Locale.ENGLISH, ReportComposer.ChartProgress.NONE));
		try (PDDocument doc = Loader.loadPDF(en)) {
			List<List<String>> english = PdfTables.of(doc)
				.table(ReportComposer.PLATFORM_TARGETS_TABLE.stream().map(LocalizedText::en).toList());
			assertThat(english).hasSameSizeAs(rows);
			for (int i = 0; i < rows.size(); i++) {
				assertThat(english.get(i).subList(2, 4)).isEqualTo(rows.get(i).subList(2, 4));
			}
			assertThat(new PDFTextStripper().getText(doc))
				.contains("Indicators of the plan counted from the platform registry: " + rows.size() + ".");
		}
	}

	@Test
	void partFiveIsTheChainAnalysisChainByChain() throws IOException {
		JsonNode chains = this.http.getForObject(API + "/chains?year=" + this.year, JsonNode.class).get("data");
		List<List<String>> rows = new ArrayList<>();
		int gaps = 0;
		for (JsonNode chain : chains.get("chains")) {
			int stars = 0;
			for (JsonNode segment : chain.get("segments")) {
				stars += segment.get("stars").asInt();
			}
			JsonNode detail = this.http
				.getForObject(API + "/chains/" + chain.get("code").asText() + "?year=" + this.year, JsonNode.class)
				.get("data");
			List<String> top = new ArrayList<>();
			for (JsonNode gap : detail.get("gaps")) {
				if (top.size() < 3) {
					String segment = gap.get("segmentName").isNull() ? "全链" : gap.at("/segmentName/zh").asText();
					top.add(GAP_WORDS.get(gap.get("kind").asText()) + "：" + segment + "（"
							+ gap.at("/evidence/zh").asText() + "）");
				}
			}
			gaps += detail.get("gaps").size();
			rows.add(List.of(chain.at("/name/zh").asText(), chain.get("firms").asText(),
					ReportFormat.figure(number(chain.get("revenue"))),
					ReportFormat.percent(number(chain.get("growth"))), stars + " / " + 3 * chain.get("segments").size(),
					String.valueOf(detail.get("gaps").size()),
					top.isEmpty() ? ReportFormat.NONE : String.join("；", top)));
		}
		assertThat(rows).isNotEmpty();
		assertThat(paragraph("重点产业链共识别"))
			.contains("按企业登记库" + chains.get("year").asInt() + "年数据，" + rows.size() + " 条重点产业链共识别补链强链短板 " + gaps + " 处");
		List<String> headers = List.of("产业链", "企业数", "营业收入（万元）", "增速", "星级", "短板数", "主要短板");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx));
				PDDocument pdf = Loader.loadPDF(this.pdf)) {
			assertThat(table(doc, headers)).containsExactlyElementsOf(rows);
			assertSameCells(PdfTables.of(pdf).table(headers), rows);
		}
	}

	@Test
	void traditionalCharactersAndEnglishRender() throws IOException, InterruptedException {
		ReportDocument traditional = new ReportDocument("臺灣 科技 鏈 — 繁體字測試", "產業鏈 補鏈強鏈 臺灣 科技 鏈", null, "臺灣 科技 鏈",
				List.of(new ReportDocument.Paragraph("臺灣 科技 鏈：實現 區縣 與 產業 體系 發展 報告 數據 (Traditional)")));
		byte[] pdf = PdfWriter.write(traditional);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("臺灣 科技 鏈", "實現 區縣 與 產業 體系 發展 報告 數據").doesNotContain("?");
		}
		render(pdf, "report-traditional");
		byte[] en = PdfWriter
			.write(ReportComposer.compose(this.report, Locale.ENGLISH, ReportComposer.ChartProgress.NONE));
		try (PDDocument doc = Loader.loadPDF(en)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("1. Overall implementation", "2. Main targets", "Appendix");
		}
		render(en, "report-corridor-en");
	}

	@Test
	void midwayTheProjectionTableIsTheApisProjection() throws IOException {
		int year = this.report.year() - 2;
		JsonNode midway = this.http.getForObject("/api/v1/plans/" + PLAN + "/evaluations?year=" + year, JsonNode.class);
		AnnualReport earlier = this.builder.build(PLAN, year, null, LocalDate.now(), ReportBuilder.Progress.NONE);
		byte[] docx = DocxWriter
			.write(ReportComposer.compose(earlier, Locale.SIMPLIFIED_CHINESE, ReportComposer.ChartProgress.NONE));
		Map<String, JsonNode> byName = new HashMap<>();
		for (JsonNode e : midway.at("/data/indicators")) {
			earlier.indicators()
				.stream()
				.filter((row) -> row.indicator().code().value().equals(e.get("indicatorCode").asText()))
				.forEach((row) -> byName.put(row.indicator().name().zh(), e));
		}
		long projected = 0;
		for (JsonNode e : midway.at("/data/indicators")) {
			if (!e.get("projectedToMeet").isNull()) {
				projected++;
			}
		}
		assertThat(projected).as("the demo figures give projections midway").isPositive();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable table = doc.getTables()
				.stream()
				.filter((t) -> t.getRow(0).getTableCells().size() > 3
						&& t.getRow(0).getCell(3).getText().equals("趋势预测值"))
				.findFirst()
				.orElseThrow();
			assertThat(table.getRows()).hasSize((int) projected + 1);
			for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
				List<String> cells = row.getTableCells().stream().map((c) -> c.getText()).toList();
				JsonNode e = byName.get(cells.get(0));
				assertFigure(cells.get(2), e.get("targetValue"), 0.005);
				assertFigure(cells.get(3), e.get("projection"), 0.005);
				assertThat(cells.get(4)).isEqualTo(e.get("projectedToMeet").asBoolean() ? "能" : "否");
				assertPercent(cells.get(6), e.get("requiredCagr"));
			}
		}
	}

	static final Map<String, String> GAP_WORDS = Map.of("EMPTY", "缺链", "SINGLE_POINT", "单点", "WEAK", "弱链", "NO_LEADER",
			"缺链主");

	/** The evaluation API's indicators in the report's year, in its order. */
	private List<JsonNode> evaluations() {
		List<JsonNode> all = new ArrayList<>();
		this.api.at("/data/indicators").forEach(all::add);
		return all;
	}

	/**
	 * The indicator table as the APIs give it: the evaluation API's figures and words,
	 * the plan API's names, units, categories and attributes, binding indicators first.
	 */
	private List<List<String>> indicatorRows() {
		Map<String, String> categories = new HashMap<>();
		for (JsonNode category : this.structure.get("categories")) {
			categories.put(category.get("code").asText(), category.at("/name/zh").asText());
		}
		List<List<String>> binding = new ArrayList<>();
		List<List<String>> others = new ArrayList<>();
		for (JsonNode e : evaluations()) {
			JsonNode indicator = this.indicators.get(e.get("indicatorCode").asText());
			String attribute = indicator.get("attribute").asText();
			List<String> row = List.of(
					categories.getOrDefault(indicator.get("category").asText(null), ReportFormat.NONE), name(e),
					indicator.at("/unit/zh").asText(), ReportFormat.figure(number(e.get("baselineValue"))), target(e),
					requirement(indicator, e), ReportFormat.figure(number(e.get("actual"))),
					ReportFormat.percent(number(e.get("completion"))), rating(e).label().zh(),
					attribute.equals("BINDING") ? "约束性" : attribute.equals("EXPECTED") ? "预期性" : ReportFormat.NONE);
			(attribute.equals("BINDING") ? binding : others).add(row);
		}
		binding.addAll(others);
		return binding;
	}

	/** The target as the evaluation API gives it: {@code ≥ 3（2025年）}, or a dash. */
	private static String target(JsonNode e) {
		JsonNode target = e.get("target");
		if (target.isNull()) {
			return ReportFormat.NONE;
		}
		String value = new BigDecimal(target.get("value").asText()).toPlainString();
		String stated = target.get("comparator").asText().equals("BETWEEN")
				? value + "–" + new BigDecimal(target.get("upper").asText()).toPlainString()
				: Comparator.valueOf(target.get("comparator").asText()).symbol() + " " + value;
		return stated + "（" + target.get("year").asInt() + "年）";
	}

	/**
	 * 年均/累计要求 from the API's figures as docs/reports.md states it: points to gain for a
	 * percentage, the total change when the baseline or target is not positive, else the
	 * yearly growth from the baseline to the target.
	 */
	private static String requirement(JsonNode indicator, JsonNode e) {
		JsonNode target = e.get("target");
		if (target.isNull() || e.get("baselineValue").isNull() || e.get("baselineYear").isNull()
				|| e.get("targetValue").isNull() || indicator.get("direction").asText().equals("RANGE")) {
			return ReportFormat.NONE;
		}
		double b = e.get("baselineValue").asDouble();
		double t = e.get("targetValue").asDouble();
		int years = target.get("year").asInt() - e.get("baselineYear").asInt();
		if (years <= 0) {
			return ReportFormat.NONE;
		}
		if (indicator.at("/unit/zh").asText().strip().equals("%")) {
			return ((t >= b) ? "累计提高 " : "累计降低 ") + ReportFormat.figure(Math.abs(t - b)) + " 个百分点";
		}
		if (b <= 0 || t <= 0) {
			return ((t >= b) ? "累计增加 " : "累计减少 ") + ReportFormat.figure(Math.abs(t - b));
		}
		double cagr = Math.pow(t / b, 1.0 / years) - 1;
		return ((cagr >= 0) ? "年均增长 " : "年均下降 ") + ReportFormat.percent(Math.abs(cagr));
	}

	private String name(JsonNode e) {
		return this.indicators.get(e.get("indicatorCode").asText()).at("/name/zh").asText();
	}

	private static NdrcRating rating(JsonNode e) {
		return NdrcRating.of(Status.valueOf(e.get("status").asText()),
				e.get("performanceRatio").isNull() ? null : e.get("performanceRatio").asDouble());
	}

	/**
	 * How many platforms the registry counts for a computed indicator in the report's
	 * year (the evaluation API's records), each of them a registered platform of a type
	 * the query names.
	 */
	private double registryCount(String code, JsonNode query) {
		JsonNode platforms = this.http.getForObject(API + "/platforms", JsonNode.class).get("data");
		Map<String, String> types = new HashMap<>();
		platforms.forEach((view) -> types.put(view.at("/platform/code").asText(), view.at("/platform/type").asText()));
		List<String> wanted = new ArrayList<>();
		query.get("types").forEach((type) -> wanted.add(type.asText()));
		JsonNode records = this.http
			.getForObject(API + "/evaluations/" + code + "/records?year=" + this.year, JsonNode.class)
			.get("data");
		for (JsonNode record : records.get("records")) {
			assertThat(types.get(record.get("code").asText())).as("platform %s", record.get("code").asText())
				.isIn(wanted);
		}
		return records.get("total").asDouble();
	}

	/** The text of the first paragraph of the Word file that contains {@code words}. */
	private String paragraph(String words) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.docx))) {
			return doc.getParagraphs()
				.stream()
				.map((p) -> p.getText())
				.filter((text) -> text.contains(words))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no paragraph with " + words));
		}
	}

	/** The rows under the Word table whose header row is {@code headers}. */
	static List<List<String>> table(XWPFDocument doc, List<String> headers) {
		XWPFTable table = doc.getTables()
			.stream()
			.filter((t) -> t.getRow(0).getTableCells().stream().map((c) -> c.getText()).toList().equals(headers))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table headed " + headers));
		return table.getRows()
			.subList(1, table.getRows().size())
			.stream()
			.map((row) -> row.getTableCells().stream().map((c) -> c.getText()).toList())
			.toList();
	}

	/** The PDF's cells, wrapped as drawn, are the expected ones, white space aside. */
	static void assertSameCells(List<List<String>> drawn, List<List<String>> expected) {
		assertThat(drawn).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(drawn.get(i).stream().map(PdfTables::squeezed).toList()).as("row %d", i + 1)
				.isEqualTo(expected.get(i).stream().map(PdfTables::squeezed).toList());
		}
	}

	private static Double number(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asDouble();
	}

	static void assertFigure(String cell, JsonNode api, double tolerance) {
		if (api == null || api.isNull()) {
			assertThat(cell).isEqualTo(ReportFormat.NONE);
			return;
		}
		assertThat(Double.parseDouble(cell.replace(",", ""))).isCloseTo(api.asDouble(), within(tolerance + 1e-9));
	}

	static void assertPercent(String cell, JsonNode api) {
		if (api == null || api.isNull()) {
			assertThat(cell).isEqualTo(ReportFormat.NONE);
			return;
		}
		assertThat(cell).endsWith("%");
		double shown = Double.parseDouble(cell.substring(0, cell.length() - 1).replace(",", "")) / 100;
		assertThat(shown).isCloseTo(api.asDouble(), within(0.0005 + 1e-9));
	}

	/**
	 * Renders the PDF's pages to PNGs with pdftoppm, into the screenshots folder. Outside
	 * CI, without poppler-utils installed, renders nothing (the checks on the PDF's text
	 * stand); in CI ({@code CI=true}) a missing pdftoppm fails.
	 */
	static List<Path> render(byte[] pdf, String name) throws IOException, InterruptedException {
		if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
			assertThat(System.getenv("CI")).as("CI needs pdftoppm (poppler-utils)").isNotEqualTo("true");
			return List.of();
		}
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", file.toString(),
				folder.resolve(name).toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
		List<Path> pngs = new ArrayList<>();
		try (var files = Files.list(folder)) {
			files.filter((f) -> f.getFileName().toString().startsWith(name + "-") && f.toString().endsWith(".png"))
				.forEach(pngs::add);
		}
		assertThat(pngs).isNotEmpty();
		return pngs;
	}

}
