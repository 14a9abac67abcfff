package org.corridor.observatory.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.corridor.observatory.plan.LocalizedText;
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
 * PDF with PDFBox. The indicator table agrees with the evaluation API figure by figure
 * (baseline, actual, completion, the progress word from the status); every page carries
 * DEMO; the PDF embeds its font, draws Traditional characters, and renders with
 * {@code pdftoppm} to PNGs under {@code target/screenshots/} (look at them).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsTest {

	static final String PLAN = "chengxi-2021";

	@Autowired
	ReportBuilder builder;

	@Autowired
	TestRestTemplate http;

	AnnualReport report;

	JsonNode api;

	@BeforeAll
	void build() {
		LocalDate today = LocalDate.now();
		this.api = this.http.getForObject("/api/v1/plans/" + PLAN + "/evaluations", JsonNode.class);
		int year = this.api.at("/data/year").asInt();
		this.report = this.builder.build(PLAN, year, null, today, ReportBuilder.Progress.NONE);
	}

	@Test
	void theWordTableIsTheEvaluationApiFigureByFigure() throws IOException {
		byte[] docx = DocxWriter
			.write(ReportComposer.compose(this.report, Locale.SIMPLIFIED_CHINESE, ReportComposer.ChartProgress.NONE));
		Map<String, JsonNode> byName = indicatorsByName(Locale.SIMPLIFIED_CHINESE);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable table = doc.getTables()
				.stream()
				.filter((t) -> t.getRow(0).getCell(0).getText().equals("类别"))
				.findFirst()
				.orElseThrow();
			List<String> headers = table.getRow(0).getTableCells().stream().map((c) -> c.getText()).toList();
			assertThat(headers).containsExactlyElementsOf(ReportComposer.TABLE_ZH);
			assertThat(table.getRows()).hasSize(byName.size() + 1);
			boolean bindingSeen = true;
			for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
				List<String> cells = row.getTableCells().stream().map((c) -> c.getText()).toList();
				JsonNode e = byName.get(cells.get(1));
				assertThat(e).as("indicator %s in the API", cells.get(1)).isNotNull();
				assertFigure(cells.get(3), e.get("baselineValue"), 0.005);
				assertFigure(cells.get(6), e.get("actual"), 0.005);
				assertPercent(cells.get(7), e.get("completion"));
				assertThat(cells.get(8)).isEqualTo(NdrcRating
					.of(org.corridor.observatory.monitor.Status.valueOf(e.get("status").asText()),
							e.get("performanceRatio").isNull() ? null : e.get("performanceRatio").asDouble())
					.label()
					.zh());
				boolean binding = cells.get(9).equals("约束性");
				assertThat(!binding || bindingSeen).as("binding indicators first").isTrue();
				bindingSeen = binding;
			}
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
			assertThat(doc.getAllPictures()).hasSize(this.report.lagging().size() + 1);
		}
	}

	@Test
	void thePdfTableIsTheEvaluationApiAndEveryPageSaysDemo() throws IOException, InterruptedException {
		byte[] pdf = PdfWriter
			.write(ReportComposer.compose(this.report, Locale.SIMPLIFIED_CHINESE, ReportComposer.ChartProgress.NONE));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(doc);
			List<String> lines = List.of(text.split("\\R"));
			for (JsonNode e : this.api.at("/data/indicators")) {
				String baseline = ReportFormat.figure(number(e.get("baselineValue")));
				String actual = ReportFormat.figure(number(e.get("actual")));
				String completion = ReportFormat.percent(number(e.get("completion")));
				assertThat(lines)
					.as("a table row with %s, %s and %s for %s", baseline, actual, completion,
							e.get("indicatorCode").asText())
					.anyMatch((line) -> inOrder(line, baseline, actual, completion));
			}
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
		render(pdf, "report-corridor-zh");
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

	private static boolean inOrder(String line, String... parts) {
		int from = 0;
		for (String part : parts) {
			int at = line.indexOf(part, from);
			if (at < 0) {
				return false;
			}
			from = at + part.length();
		}
		return true;
	}

	private Map<String, JsonNode> indicatorsByName(Locale locale) {
		Map<String, JsonNode> byName = new HashMap<>();
		for (JsonNode e : this.api.at("/data/indicators")) {
			LocalizedText name = this.report.indicators()
				.stream()
				.filter((row) -> row.indicator().code().value().equals(e.get("indicatorCode").asText()))
				.findFirst()
				.orElseThrow()
				.indicator()
				.name();
			byName.put(name.in(locale), e);
		}
		return byName;
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
