package org.corridor.observatory.monitor.imports;

import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorCode;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanGeometry;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ObservationFileReaderTest {

	static final int CURRENT_YEAR = 2024;

	static final Plan PLAN = plan();

	/**
	 * A plan with baseline 2020 and outlook 2035: GDP yearly, GREEN_AREA once; zones CX
	 * and XIHU.
	 */
	static Plan plan() {
		PlanHeader header = new PlanHeader("test", "1", LocalizedText.of("测试规划", "Test plan"),
				LocalizedText.of("测试", "Test"), LocalizedText.of("测试文件", "Test document"), 2021, 2025, 2020, 2035,
				List.of(2025, 2035));
		List<Indicator> indicators = List.of(indicator("GDP", "地区生产总值", "GDP", Frequency.ANNUAL),
				indicator("GREEN_AREA", "绿地面积", "Green area", Frequency.ONCE));
		List<Zone> zones = List.of(
				new Zone("CX", ZoneLevel.CORRIDOR, null, LocalizedText.of("城西科创大走廊", "Chengxi Corridor"), null,
						Map.of(), List.of(), null, "走廊"),
				new Zone("XIHU", ZoneLevel.DISTRICT, "CX", LocalizedText.of("西湖区", "Xihu District"), null, Map.of(),
						List.of(), "330106", "西湖区"));
		return new Plan(header, List.of(), List.of(), indicators, zones, List.of(), PlanGeometry.NONE, "source");
	}

	private static Indicator indicator(String code, String zh, String en, Frequency frequency) {
		return new Indicator(new IndicatorCode(code), LocalizedText.of(zh, en),
				LocalizedText.of("亿元", "100 million yuan"), "economy", null, Direction.HIGHER, Attribute.EXPECTED, null,
				List.of(), frequency, null, null, null, zh, null);
	}

	static ParsedFile read(String fileName, byte[] content) {
		return ObservationFileReader.read(fileName, content, PLAN, CURRENT_YEAR);
	}

	static List<ImportProblem> problems(String fileName, byte[] content) {
		return assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(fileName, content))
			.actual()
			.problems();
	}

	@Test
	void stopsCheckingRowsOnceMoreThanTenThousandProblemsAreFound() {
		StringBuilder csv = new StringBuilder("indicator_code,zone_code,period,value\n");
		for (int i = 0; i < 30_000; i++) {
			csv.append("NO_SUCH_INDICATOR,CORRIDOR,2023,1\n");
		}
		List<ImportProblem> problems = problems("many.csv", utf8(csv.toString()));
		// each row has two problems against this test's plan: the
		// 10 001st is in row 5 002, and the 25 000 rows after it are not checked
		assertThat(problems).hasSize(10_001);
		assertThat(problems.get(10_000).en()).isEqualTo("more than 10000 problems: only the first 10000 are listed;"
				+ " reading stopped at row 5002 and the rows after it were not checked");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsGoodUtf8Csv() {
		ParsedFile file = read("figures.csv", utf8("indicator_code,zone_code,period,value,source,note\n"
				+ "GDP,CX,2023,1234.50,Statistics bureau,\n" + " GDP , XIHU , 2022 , 0.125 , , provisional \n"));
		assertThat(file.format()).isEqualTo("CSV");
		assertThat(file.encoding()).isEqualTo("UTF-8");
		assertThat(file.records()).containsExactly(
				new ObservationRecord("GDP", "CX", 2023, new BigDecimal("1234.50"), "Statistics bureau", null),
				new ObservationRecord("GDP", "XIHU", 2022, new BigDecimal("0.125"), null, "provisional"));
		assertThat(file.records().get(0).value().scale()).isEqualTo(2);
	}

	@Test
	void readsUtf8CsvWithByteOrderMark() {
		byte[] content = utf8("\uFEFF指标代码,空间单元代码,期间,数值,来源,备注\r\nGDP,CX,2023,100,统计局,初步数\r\n");
		ParsedFile file = read("填报.csv", content);
		assertThat(file.encoding()).isEqualTo("UTF-8");
		assertThat(file.records())
			.containsExactly(new ObservationRecord("GDP", "CX", 2023, new BigDecimal("100"), "统计局", "初步数"));
	}

	@Test
	void detectsGbkCsvAsGb18030() {
		byte[] content = "指标代码,空间单元代码,期间,数值,来源,备注\r\nGDP,XIHU,2021,88.8,杭州市统计局,西湖区数据\r\n"
			.getBytes(Charset.forName("GBK"));
		ParsedFile file = read("GBK.CSV", content);
		assertThat(file.encoding()).isEqualTo("GB18030");
		assertThat(file.records())
			.containsExactly(new ObservationRecord("GDP", "XIHU", 2021, new BigDecimal("88.8"), "杭州市统计局", "西湖区数据"));
	}

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		ParsedFile file = read("q.csv", utf8("indicator_code,zone_code,period,value,source,note\n"
				+ "GDP,CX,2023,\"1,234.5\",\"Bureau, Hangzhou\",\"said \"\"final\"\"\nsecond line\"\n"));
		assertThat(file.records()).containsExactly(new ObservationRecord("GDP", "CX", 2023, new BigDecimal("1234.5"),
				"Bureau, Hangzhou", "said \"final\"\nsecond line"));
	}

	@Test
	void countsRowsAsExcelShowsThem() {
		// Row 2 spans two lines inside quotes, row 3 is blank: the bad row is row 4.
		List<ImportProblem> problems = problems("rows.csv",
				utf8("Value,PERIOD, Zone_Code ,indicator_code,,\n1,2023,CX,GDP,\"a\nb\"\n\n2,2023,CX,NOPE,,\n"));
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(tuple(2, "E"), tuple(4, "indicator_code"));
	}

	@Test
	void rejectsWholeFileWhenOneRowHasUnknownIndicator() {
		List<ImportProblem> problems = problems("one.csv",
				utf8("indicator_code,zone_code,period,value\nGDP,CX,2023,1\ngdp,CX,2022,2\nGDP,CX,2021,3\n"));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("indicator_code");
			assertThat(problem.value()).isEqualTo("gdp");
			assertThat(problem.zh()).contains("指标代码 gdp 不在规划中").contains("GDP");
			assertThat(problem.en()).contains("indicator code gdp is not in the plan").contains("did you mean GDP");
		});
	}

	@Test
	void reportsEveryProblemOfEveryRowWithItsRowAndColumn() {
		List<ImportProblem> problems = problems("bad.csv",
				utf8("指标代码,空间单元代码,期间,数值\n" + "GDP,CX,2023,1\n" + "NOPE,CX,2023,1\n" + "GDP,MARS,2022,1\n"
						+ "GDP,CX,2021,\n" + "GDP,XIHU,2021,abc\n" + "GDP,,2030,NaN\n"));
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
			.containsExactly(tuple(3, "指标代码", "NOPE"), tuple(4, "空间单元代码", "MARS"), tuple(5, "数值", ""),
					tuple(6, "数值", "abc"), tuple(7, "空间单元代码", ""), tuple(7, "期间", "2030"), tuple(7, "数值", "NaN"));
		assertThat(problems.get(2).en()).isEqualTo("required cell is empty");
		assertThat(problems.get(3).en()).contains("\"abc\" is not a number");
		assertThat(problems.get(5).en()).contains("2030 has not begun");
		assertThat(problems.get(6).zh()).contains("NaN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "12..3", "—", "1,23", "1.2.3", "12%", "1e5", "Infinity", "-inf", "#DIV/0!" })
	void rejectsValuesThatAreNotFiniteNumbers(String value) {
		List<ImportProblem> problems = problems("v.csv",
				utf8("indicator_code,zone_code,period,value\nGDP,CX,2023,\"" + value + "\"\n"));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.column()).isEqualTo("value");
			assertThat(problem.value()).isEqualTo(value);
		});
	}

	@Test
	void rejectsValuesThatDoNotFitTheStore() {
		List<ImportProblem> problems = problems("v.csv", utf8(
				"indicator_code,zone_code,period,value\nGDP,CX,2023,0.1234567\nGDP,CX,2022,1234567890123456789\n"));
		assertThat(problems).extracting(ImportProblem::row).containsExactly(2, 3);
		assertThat(problems.get(0).en()).contains("decimal places");
		assertThat(problems.get(1).en()).contains("too large");
	}

	@Test
	void reportsDuplicateNamingTheFirstRow() {
		List<ImportProblem> problems = problems("dup.csv", utf8(
				"indicator_code,zone_code,period,value\nGDP,CX,2023,1\nGDP,XIHU,2023,2\nGDP,CX,2022,3\nGDP,CX,2023,4\n"));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(5);
			assertThat(problem.column()).isEqualTo("period");
			assertThat(problem.zh()).contains("第 2 行");
			assertThat(problem.en()).contains("duplicate of row 2");
		});
	}

	@Test
	void checksPeriodsAgainstFormatPlanYearsAndFrequency() {
		List<ImportProblem> problems = problems("p.csv",
				utf8("indicator_code,zone_code,period,value\n" + "GDP,CX,2023Q2,1\n" + "GDP,CX,2023Q5,1\n"
						+ "GDP,CX,2023-13,1\n" + "GDP,CX,2009,1\n" + "GDP,CX,2025,1\n" + "GDP,CX,23,1\n"
						+ "GREEN_AREA,CX,2023-06,1\n" + "GDP,CX,2020,1\n"));
		assertThat(problems).extracting(ImportProblem::row).containsExactly(2, 3, 4, 5, 6, 7, 8);
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.column()).isEqualTo("period"));
		assertThat(problems.get(0).zh()).isEqualTo("期间 2023Q2 与指标的年度频率不符，请填写年份，如 2023");
		assertThat(problems.get(0).en()).startsWith("period 2023Q2 does not match the indicator's annual frequency");
		assertThat(problems.get(1).en()).contains("quarter must be 1–4, not 5");
		assertThat(problems.get(2).en()).contains("month must be 1–12, not 13");
		assertThat(problems.get(3).en()).contains("before the plan's base year 2020 (the plan covers 2020–2035)");
		assertThat(problems.get(4).en()).contains("2025 has not begun");
		assertThat(problems.get(5).en()).contains("malformed");
		assertThat(problems.get(6).en()).contains("one-off frequency");
	}

	@Test
	void normalisesFullWidthDigits() {
		ParsedFile file = read("fw.csv", utf8("indicator_code,zone_code,period,value\nGDP,CX,２０２３,１，２３４．５\n"));
		assertThat(file.records()).singleElement()
			.satisfies((record) -> assertThat(record.value()).isEqualTo(new BigDecimal("1234.5")))
			.satisfies((record) -> assertThat(record.year()).isEqualTo(2023));
	}

	@Test
	void readsGoodXlsxWithNumericAndTextCells() throws IOException {
		byte[] content = xlsx(new Object[] { "数值", "期间", "指标代码", "空间单元代码", "来源" },
				new Object[] { 0.1, 2023, "GDP", "CX", "统计局" }, new Object[] { "1,234.5", "2022", "GDP", "XIHU" },
				new Object[] { 2023.0, "２０２１", "GREEN_AREA", "CX", "  " });
		ParsedFile file = read("figures.xlsx", content);
		assertThat(file.format()).isEqualTo("XLSX");
		assertThat(file.encoding()).isNull();
		assertThat(file.records()).containsExactly(
				new ObservationRecord("GDP", "CX", 2023, new BigDecimal("0.1"), "统计局", null),
				new ObservationRecord("GDP", "XIHU", 2022, new BigDecimal("1234.5"), null, null),
				new ObservationRecord("GREEN_AREA", "CX", 2021, new BigDecimal("2023"), null, null));
	}

	@Test
	void reportsBadXlsxRowsWithSpreadsheetRowNumbers() throws IOException {
		byte[] content = xlsx(new Object[] { "indicator_code", "zone_code", "period", "value" },
				new Object[] { "GDP", "CX", 2023, 1 }, new Object[] {}, new Object[] { "GDP", "MOON", 2023.5, "abc" });
		List<ImportProblem> problems = problems("bad.xlsx", content);
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
			.containsExactly(tuple(4, "zone_code", "MOON"), tuple(4, "period", "2023.5"), tuple(4, "value", "abc"));
	}

	@Test
	void readsPeriodThatExcelTurnedIntoADate() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			fill(sheet.createRow(0), "indicator_code", "zone_code", "period", "value");
			Row row = sheet.createRow(1);
			fill(row, "GDP", "CX", 45078, 5);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm"));
			row.getCell(2).setCellStyle(date);
			List<ImportProblem> problems = problems("d.xlsx", bytes(workbook));
			assertThat(problems).singleElement()
				.satisfies((problem) -> assertThat(problem.en()).startsWith("period 2023-06 does not match"));
		}
	}

	@Test
	void rejectsBytesThatAreNotXlsx() {
		List<ImportProblem> problems = problems("figures.xlsx", utf8("indicator_code,zone_code,period,value\n"));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.zh()).isEqualTo("文件不是有效的 XLSX");
			assertThat(problem.en()).isEqualTo("not a valid XLSX file");
		});
	}

	@Test
	void rejectsBinaryGarbageNamedCsv() {
		byte[] garbage = new byte[256];
		for (int i = 0; i < garbage.length; i++) {
			garbage[i] = (byte) (i * 37);
		}
		assertThat(problems("garbage.csv", garbage)).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).contains("not CSV text in UTF-8 or GBK/GB18030"));
	}

	@Test
	void rejectsUnsupportedFileType() {
		assertThat(problems("figures.xls", utf8("x"))).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).contains("upload a .csv or .xlsx file"));
	}

	@Test
	void rejectsUnknownColumnNamingIt() {
		List<ImportProblem> problems = problems("u.csv",
				utf8("indicator_code,zone_code,period,value,单位\nGDP,CX,2023,1,亿元\n"));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(1);
			assertThat(problem.column()).isEqualTo("单位");
			assertThat(problem.zh()).contains("未知的列“单位”（E 列）");
			assertThat(problem.en()).contains("unknown column \"单位\"");
		});
	}

	@Test
	void rejectsColumnGivenTwiceInEitherLanguage() {
		List<ImportProblem> problems = problems("r.csv", utf8("指标代码,空间单元代码,期间,数值,VALUE\nGDP,CX,2023,1,2\n"));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.column()).isEqualTo("VALUE");
			assertThat(problem.en()).isEqualTo("column \"VALUE\" appears twice: columns D and E");
		});
	}

	@Test
	void tellsOldExcelFilesApart() {
		byte[] ole2 = new byte[512];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		assertThat(problems("old.xlsx", ole2)).singleElement()
			.satisfies(
					(problem) -> assertThat(problem.en()).startsWith("not a valid XLSX file: it is an old Excel .xls"));
	}

	@Test
	void reportsEachMissingRequiredColumn() {
		List<ImportProblem> problems = problems("m.csv", utf8("indicator_code,value,note\nGDP,1,x\n"));
		assertThat(problems).extracting(ImportProblem::en)
			.containsExactly("required column \"zone_code\" is missing", "required column \"period\" is missing");
	}

	@Test
	void pointsOutSemicolonSeparatedFiles() {
		assertThat(problems("s.csv", utf8("indicator_code;zone_code;period;value\nGDP;CX;2023;1\n"))).first()
			.satisfies((problem) -> assertThat(problem.en()).contains("separated by commas"));
	}

	@Test
	void rejectsUnclosedQuote() {
		assertThat(problems("q.csv", utf8("indicator_code,zone_code,period,value\nGDP,CX,2023,\"1\n")))
			.extracting(ImportProblem::row)
			.containsExactly(2);
	}

	@Test
	void rejectsEmptyFiles() {
		assertThat(problems("e.csv", new byte[0])).extracting(ImportProblem::en).containsExactly("the file is empty");
		assertThat(problems("e.csv", utf8("\uFEFF\r\n\r\n,,,\r\n"))).extracting(ImportProblem::en)
			.containsExactly("the file is empty: no header row and no data rows");
		assertThat(problems("e.csv", utf8("indicator_code,zone_code,period,value\n\n"))).extracting(ImportProblem::en)
			.containsExactly("the file has a header row but no data rows");
	}

	@Test
	void summarisesProblemsInBothLanguages() {
		StringBuilder csv = new StringBuilder("indicator_code,zone_code,period,value\n");
		for (int i = 0; i < 7; i++) {
			csv.append("NOPE,CX,2023,1\n");
		}
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read("s.csv", utf8(csv.toString())))
			.withMessageStartingWith("文件被拒绝，未导入任何数据，共 7 个问题 / file rejected, nothing imported: 7 problems")
			.withMessageContaining("第 2 行 / row 2, [indicator_code] \"NOPE\": 指标代码 NOPE 不在规划中")
			.withMessageEndingWith("……另有 2 个问题 / … and 2 more");
	}

	static byte[] xlsx(Object[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("data");
			for (int r = 0; r < rows.length; r++) {
				fill(sheet.createRow(r), rows[r]);
			}
			return bytes(workbook);
		}
	}

	static void fill(Row row, Object... values) {
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(c).setCellValue((String) values[c]);
			}
		}
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
