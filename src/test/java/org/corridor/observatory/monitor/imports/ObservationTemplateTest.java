package org.corridor.observatory.monitor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorCode;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObservationTemplateTest {

	@Test
	void chineseWorkbookHasHeadersDropDownsAndReferenceSheets() throws IOException {
		try (XSSFWorkbook workbook = open(ObservationTemplate.xlsx(ObservationFileReaderTest.PLAN, Locale.CHINA))) {
			Sheet data = workbook.getSheetAt(0);
			assertThat(data.getSheetName()).isEqualTo("填报");
			assertThat(texts(data.getRow(0))).containsExactly("指标代码", "空间单元代码", "期间", "数值", "来源", "备注");
			assertThat(workbook.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(data.getPaneInformation().isFreezePane()).isTrue();
			assertThat(data.getColumnWidth(0)).isGreaterThan(data.getColumnWidth(2));
			List<? extends DataValidation> validations = data.getDataValidations();
			assertThat(validations).extracting((validation) -> validation.getValidationConstraint().getFormula1())
				.containsExactlyInAnyOrder("indicator_codes", "zone_codes");
			assertThat(workbook.getName("indicator_codes").getRefersToFormula()).isEqualTo("lists!$A$1:$A$2");
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex("lists"))).isTrue();
			assertThat(texts(workbook.getSheet("lists").getRow(1))).containsExactly("GREEN_AREA", "XIHU");
			assertThat(texts(workbook.getSheet("指标").getRow(1))).containsExactly("GDP", "地区生产总值", "GDP", "亿元");
			assertThat(texts(workbook.getSheet("空间单元").getRow(2))).containsExactly("XIHU", "西湖区", "Xihu District",
					"区县");
		}
	}

	@Test
	void englishWorkbookHasEnglishHeaders() throws IOException {
		try (XSSFWorkbook workbook = open(ObservationTemplate.xlsx(ObservationFileReaderTest.PLAN, Locale.ENGLISH))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("data");
			assertThat(texts(workbook.getSheetAt(0).getRow(0))).containsExactly("indicator_code", "zone_code", "period",
					"value", "source", "note");
			assertThat(texts(workbook.getSheet("indicators").getRow(2))).containsExactly("GREEN_AREA", "绿地面积",
					"Green area", "100 million yuan");
			assertThat(texts(workbook.getSheet("zones").getRow(1))).containsExactly("CX", "城西科创大走廊", "Chengxi Corridor",
					"Corridor");
		}
	}

	@Test
	void filledInWorkbookImports() throws IOException {
		for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
			try (XSSFWorkbook workbook = open(ObservationTemplate.xlsx(ObservationFileReaderTest.PLAN, locale))) {
				ObservationFileReaderTest.fill(workbook.getSheetAt(0).createRow(1), "GDP", "XIHU", "2023", 321.5,
						"统计年鉴");
				ParsedFile file = ObservationFileReaderTest.read("template.xlsx",
						ObservationFileReaderTest.bytes(workbook));
				assertThat(file.records())
					.containsExactly(new ObservationRecord("GDP", "XIHU", 2023, new BigDecimal("321.5"), "统计年鉴", null));
			}
		}
	}

	@Test
	void offersOnlyTheIndicatorsTheImportAccepts() throws IOException {
		Plan plan = withComputedIndicator();
		try (XSSFWorkbook workbook = open(ObservationTemplate.xlsx(plan, Locale.CHINA))) {
			assertThat(column(workbook.getSheet("lists"), 0)).containsExactly("GDP", "GREEN_AREA");
			assertThat(column(workbook.getSheet("指标"), 0)).containsExactly("指标代码", "GDP", "GREEN_AREA");
			assertThat(workbook.getName("indicator_codes").getRefersToFormula()).isEqualTo("lists!$A$1:$A$2");
		}
		assertThat(ObservationTemplate.reported(plan)).extracting((i) -> i.code().value())
			.containsExactly("GDP", "GREEN_AREA");
	}

	@Test
	void instructionsInBothLanguagesWithAnExampleRowThatImports() throws IOException {
		for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
			boolean zh = locale.getLanguage().equals("zh");
			try (XSSFWorkbook workbook = open(ObservationTemplate.xlsx(withComputedIndicator(), locale))) {
				Sheet instructions = workbook.getSheetAt(1);
				assertThat(instructions.getSheetName()).isEqualTo(zh ? "填写说明" : "instructions");
				List<String> lines = column(instructions, 0);
				assertThat(String.join("\n", lines)).contains(zh ? "不接受填报" : "not reported");
				int exampleRow = instructions.getLastRowNum();
				assertThat(texts(instructions.getRow(exampleRow - 1)))
					.containsExactly(zh ? new String[] { "指标代码", "空间单元代码", "期间", "数值", "来源", "备注" }
							: new String[] { "indicator_code", "zone_code", "period", "value", "source", "note" });
				List<String> example = texts(instructions.getRow(exampleRow));
				assertThat(example.subList(0, 4)).containsExactly("GDP", "CX", "2023", "8500.5");
				Row filled = workbook.getSheetAt(0).createRow(1);
				for (int c = 0; c < example.size(); c++) {
					filled.createCell(c).setCellValue(example.get(c));
				}
				assertThat(ObservationFileReaderTest.read("template.xlsx", ObservationFileReaderTest.bytes(workbook))
					.records())
					.containsExactly(new ObservationRecord("GDP", "CX", 2023, new BigDecimal("8500.5"),
							"统计年鉴 / statistical yearbook", null));
			}
		}
	}

	/**
	 * The test plan with a third indicator that a registry computes, which the import
	 * refuses.
	 */
	private static Plan withComputedIndicator() {
		Plan plan = ObservationFileReaderTest.PLAN;
		Indicator gdp = plan.getIndicator("GDP");
		Indicator computed = new Indicator(new IndicatorCode("LABS"), LocalizedText.of("实验室数", "Labs"),
				LocalizedText.of("家", "labs"), gdp.category(), null, gdp.direction(), gdp.attribute(), null, List.of(),
				gdp.frequency(), null, null, null, "实验室",
				IndicatorQuery.platforms(IndicatorQuery.Measure.COUNT, List.of(), null, null, null, null, null));
		List<Indicator> indicators = new ArrayList<>(plan.listIndicators());
		indicators.add(computed);
		return new Plan(plan.header(), plan.listGoals(), plan.listCategories(), indicators, plan.listZones(), List.of(),
				plan.geometry(), plan.sourceText());
	}

	private static List<String> column(Sheet sheet, int c) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getCell(c) != null) {
				values.add(row.getCell(c).getStringCellValue());
			}
		}
		return values;
	}

	@Test
	void csvTemplateIsChineseHeaderRowInUtf8WithByteOrderMark() {
		byte[] csv = ObservationTemplate.csv(ObservationFileReaderTest.PLAN);
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF指标代码,空间单元代码,期间,数值,来源,备注\r\n");
		byte[] filled = (new String(csv, StandardCharsets.UTF_8) + "GDP,CX,2022,7,,\r\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(ObservationFileReaderTest.read("template.csv", filled).records())
			.containsExactly(new ObservationRecord("GDP", "CX", 2022, new BigDecimal("7"), null, null));
	}

	private static XSSFWorkbook open(byte[] content) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(content));
	}

	private static List<String> texts(Row row) {
		return StreamSupport.stream(row.spliterator(), false).map((cell) -> cell.getStringCellValue()).toList();
	}

}
