package org.corridor.observatory.registry.enterprise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EnterpriseFileReaderTest {

	static final Set<String> CHAINS = Set.of("DIGITAL", "IC", "BIOMED");

	static final Set<String> SEGMENTS = Set.of("IC_DESIGN", "IC_MFG", "SOFTWARE");

	static final Set<String> TIERS = Set.of("TECH_SME", "LITTLE_GIANT", "HIGH_TECH");

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	static final String HEADER = "统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,梯队,年度,营业收入,研发费用,从业人员,发明专利";

	static final String ALIBABA = "91330100716105852F";

	@Test
	void readsAGbkCsv() {
		String csv = HEADER + "\r\n" + ALIBABA + ",阿里巴巴（中国）网络技术有限公司,I6513,DIGITAL、IC,SOFTWARE,120.0236,30.2815,gcj02,"
				+ "\"TECH_SME:2019-05-01~2023-12-31;LITTLE_GIANT:2021-06-30\",2023,\"1,234,567.5\",18000,860,42\r\n"
				+ "９１３３０１００７１６１０５８５２Ｆ,阿里巴巴（中國）網絡技術有限公司,6513,,,,,,,2024,1300000,,900,\r\n" + "\r\n"
				+ "9144030071526726XG,腾讯科技（深圳）有限公司,I6513,digital,,113.9347,22.5404,,HIGH_TECH：20201201；little_giant:2022年7月1日,,,,,\r\n";
		List<EnterpriseRow> rows = read("企业.csv", csv.getBytes(Charset.forName("GBK")));
		assertThat(rows).extracting(EnterpriseRow::row).containsExactly(2, 3, 5);
		EnterpriseRow first = rows.get(0);
		assertThat(first.uscc().value()).isEqualTo(ALIBABA);
		assertThat(first.nameKey()).isEqualTo(rows.get(1).nameKey());
		assertThat(rows.get(1).uscc().value()).isEqualTo(ALIBABA);
		assertThat(first.industry().name()).isEqualTo("应用软件开发");
		assertThat(first.chains()).containsExactly("DIGITAL", "IC");
		assertThat(first.segments()).containsExactly("SOFTWARE");
		assertThat(first.inputCrs()).isEqualTo(Crs.GCJ02);
		assertThat(first.inputLon()).isEqualTo(120.0236);
		// Around Hangzhou GCJ-02 lies about 450 m east of WGS84.
		assertThat(first.location().lon()).isBetween(120.015, 120.0235);
		assertThat(first.tiers()).containsExactly(
				new TierEvent("TECH_SME", LocalDate.of(2019, 5, 1), LocalDate.of(2023, 12, 31)),
				new TierEvent("LITTLE_GIANT", LocalDate.of(2021, 6, 30), null));
		assertThat(first.figures())
			.isEqualTo(new EnterpriseFigures(2023, new BigDecimal("1234567.5"), new BigDecimal("18000"), 860, 42));
		assertThat(rows.get(1).hasLocation()).isFalse();
		assertThat(rows.get(2).inputCrs()).isEqualTo(Crs.WGS84);
		assertThat(rows.get(2).chains()).containsExactly("DIGITAL");
		assertThat(rows.get(2).figures()).isNull();
		assertThat(rows.get(2).tiers()).containsExactly(new TierEvent("HIGH_TECH", LocalDate.of(2020, 12, 1), null),
				new TierEvent("LITTLE_GIANT", LocalDate.of(2022, 7, 1), null));
	}

	@Test
	void reportsEveryBadRowWithItsRowAndColumn() {
		String[] lines = { good(1, "2023"), // row 2
				row(2, 0, "91330100716105852G"), row(3, 0, "９１４４０３００７１５２６７２６ＸＧ"), row(4, 2, "6518"),
				row(5, 3, "DIGITAL;AUTO"), row(6, 4, "WAFER"), row(7, 8, "UNICORN:2021-01-01"), row(8, 6, "95"),
				row(9, 5, "-73.98", 6, "40.75"), row(10, 5, "30.28", 6, "120.02"), good(1, "2023"),
				row(12, 8, "TECH_SME:2021-02-30"), row(13, 8, "TECH_SME:2022-05-01~2021-05-01"),
				row(14, 8, "LITTLE_GIANT:2026-01-01"), row(15, 8, "TECH_SME:1948-12-31"),
				row(16, 8, "TECH_SME:2021年13"), row(17, 9, "2026"), row(18, 10, "-5"), row(19, 12, "12.5"),
				row(1, 9, "2022", 1, "阿里云计算有限公司"), row(1, 9, "2021", 2, "I6511"), row(22, 7, "wgs-1984"),
				row(23, 6, ""), row(24, 1, "（ ）"), row(1, 9, "2020", 1, "阿里巴巴（中國）網絡技術有限公司"), row(26, 9, ""),
				row(27, 2, "65") };
		String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
		byte[] utf8 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
		List<ImportProblem> problems = catchThrowableOfType(ImportRejectedException.class, () -> read("bad.csv", utf8))
			.problems();
		// Rows 4 (a full-width code) and 26 (row 2's name in Traditional characters)
		// pass.
		assertThat(problems).extracting((p) -> p.row() + " " + p.column())
			.containsExactly("3 统一社会信用代码", "5 行业代码", "6 产业链", "7 环节", "8 梯队", "9 纬度", "10 经度", "11 经度", "12 年度",
					"13 梯队", "14 梯队", "15 梯队", "16 梯队", "17 梯队", "18 年度", "19 营业收入", "20 从业人员", "21 企业名称", "22 行业代码",
					"23 坐标系", "24 纬度", "25 企业名称", "27 年度", "28 行业代码");
		assertThat(problems).extracting(ImportProblem::zh).satisfies((zh) -> {
			assertThat(zh.get(0)).contains("应为“F”");
			assertThat(zh.get(1)).contains("没有行业代码 6518");
			assertThat(zh.get(2)).contains("未知的产业链代码“AUTO”");
			assertThat(zh.get(3)).contains("未知的环节代码“WAFER”");
			assertThat(zh.get(4)).contains("未知的梯队代码“UNICORN”");
			assertThat(zh.get(5)).contains("纬度应在");
			assertThat(zh.get(6)).isEqualTo("坐标在中国境外");
			assertThat(zh.get(7)).contains("疑似经纬度填反");
			assertThat(zh.get(8)).contains("与第 2 行重复");
			assertThat(zh.get(9)).contains("不存在");
			assertThat(zh.get(10)).contains("早于获得日期");
			assertThat(zh.get(11)).contains("在未来");
			assertThat(zh.get(12)).contains("早于 1949");
			assertThat(zh.get(13)).contains("格式不对");
			assertThat(zh.get(14)).contains("在未来");
			assertThat(zh.get(15)).contains("不能为负");
			assertThat(zh.get(16)).contains("整数");
			assertThat(zh.get(17)).contains("第 2 行的企业名称");
			assertThat(zh.get(18)).contains("第 2 行的行业代码为 I6513");
			assertThat(zh.get(19)).contains("未知的坐标系");
			assertThat(zh.get(20)).contains("同时填写");
			assertThat(zh.get(21)).contains("不能为空");
			assertThat(zh.get(22)).contains("没有填年度");
			assertThat(zh.get(23)).contains("四位小类");
		});
		assertThat(problems).allSatisfy((p) -> assertThat(p.en()).isNotBlank());
		assertThat(problems.get(0).value()).isEqualTo("91330100716105852G");
		assertThat(problems.get(7).value()).isEqualTo("30.28, 120.02");
		assertThat(problems.get(18).value()).isEqualTo("I6511");
	}

	@Test
	void readsAnXlsxWithEnglishHeaders() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			fill(sheet.createRow(0), "uscc", "name", "industry_code", "lon", "lat", "crs", "tiers", "year", "revenue",
					"employees");
			Row huawei = sheet.createRow(1);
			fill(huawei, "914403001922038216", "华为技术有限公司", "C3921", "114.0640", "22.6580", "bd09",
					"HIGH_TECH:2020-12-01");
			huawei.createCell(7).setCellValue(2024);
			huawei.createCell(8).setCellValue(70420000.5);
			huawei.createCell(9).setCellValue(208000);
			fill(sheet.createRow(3), "91110000802100433B", "北京百度网讯科技有限公司", "I6421");
			List<EnterpriseRow> rows = read("firms.xlsx", bytes(workbook));
			assertThat(rows).extracting(EnterpriseRow::row).containsExactly(2, 4);
			EnterpriseRow first = rows.get(0);
			assertThat(first.industry().name()).isEqualTo("通信系统设备制造");
			assertThat(first.inputCrs()).isEqualTo(Crs.BD09);
			assertThat(first.figures())
				.isEqualTo(new EnterpriseFigures(2024, new BigDecimal("70420000.5"), null, 208000, null));
			assertThat(first.tiers()).containsExactly(new TierEvent("HIGH_TECH", LocalDate.of(2020, 12, 1), null));
		}
	}

	@Test
	void readsBackItsOwnTemplates() throws IOException {
		byte[] template = EnterpriseFileReader.TEMPLATE.xlsx(Locale.SIMPLIFIED_CHINESE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("企业");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
			fill(workbook.getSheetAt(0).createRow(1), good(1, "2023").split(","));
			assertThat(read("template.xlsx", bytes(workbook))).singleElement()
				.extracting((r) -> r.uscc().value())
				.isEqualTo(ALIBABA);
		}
		try (XSSFWorkbook english = new XSSFWorkbook(
				new ByteArrayInputStream(EnterpriseFileReader.TEMPLATE.xlsx(Locale.UK)))) {
			assertThat(english.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("uscc");
			assertThat(english.getSheetName(1)).isEqualTo("Notes");
		}
		byte[] csv = EnterpriseFileReader.TEMPLATE.csv(Locale.ENGLISH);
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFuscc,name,industry_code,");
		byte[] filled = (new String(csv, StandardCharsets.UTF_8) + good(1, "2023") + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(read("template.csv", filled)).hasSize(1);
		assertThat(new String(EnterpriseFileReader.TEMPLATE.csv(Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8))
			.startsWith("\uFEFF" + HEADER);
	}

	@Test
	void readsTheSameRowsFromAnXlsxAsFromTheEquivalentCsv() throws IOException {
		String[] lines = { HEADER, good(1, "2023"), row(1, 9, "2024", 5, "", 6, "", 7, "", 10, "1234567.5"), "",
				row(2, 8, "TECH_SME:2019-05-01~2023-12-31;LITTLE_GIANT:2021-06-30", 13, ""),
				row(3, 3, "DIGITAL、IC", 4, "", 7, "wgs84", 11, "0.25"), row(4, 9, "", 10, "", 11, "", 12, "", 13, "") };
		List<EnterpriseRow> fromCsv = read("firms.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
		List<EnterpriseRow> fromXlsx = read("firms.xlsx", xlsx(lines));
		assertThat(fromCsv).hasSize(5).extracting(EnterpriseRow::row).containsExactly(2, 3, 5, 6, 7);
		assertThat(fromXlsx).isEqualTo(fromCsv);
	}

	@Test
	void findsTheSameProblemsInAnXlsxAsInTheEquivalentCsv() throws IOException {
		String[] lines = { HEADER, good(1, "2023"), row(2, 0, "91330100716105852G"), row(4, 2, "6518"),
				row(10, 5, "30.28", 6, "120.02"), good(1, "2023"), row(17, 9, "2026"), row(18, 10, "-5"),
				row(19, 12, "12.5"), row(1, 9, "2022", 1, "阿里云计算有限公司") };
		List<ImportProblem> fromCsv = catchThrowableOfType(ImportRejectedException.class,
				() -> read("bad.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
			.problems();
		List<ImportProblem> fromXlsx = catchThrowableOfType(ImportRejectedException.class,
				() -> read("bad.xlsx", xlsx(lines)))
			.problems();
		assertThat(fromCsv).extracting(ImportProblem::row).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(fromXlsx).isEqualTo(fromCsv);
	}

	@Test
	void stopsReadingOnceMoreThanTenThousandProblemsAreFound() {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 50_000; i++) {
			csv.append(row(1, 0, "X")).append('\n');
		}
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> read("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		// the 10 001st problem, in row 10 002, proves the answer: no later row is read
		assertThat(rejected.total()).isEqualTo(10_001);
		assertThat(rejected.problems()).hasSize(10_001);
		assertThat(rejected.problems().get(9_999).row()).isEqualTo(10_001);
		assertThat(rejected.problems().get(10_000)).satisfies((more) -> {
			assertThat(more.row()).isZero();
			assertThat(more.en()).isEqualTo("more than 10000 problems: only the first 10000 are listed; reading stopped"
					+ " at row 10002 and the rows after it were not checked");
			assertThat(more.zh()).contains("读到第 10002 行即停止");
		});
		assertThat(rejected.getMessage())
			.startsWith("文件被拒绝，未导入任何数据，至少 10001 个问题 / file rejected, nothing imported: at least 10001 problems");
	}

	/**
	 * An XLSX of the CSV lines given, as someone would type them into Excel: positions,
	 * years and figures as numbers, everything else as text.
	 */
	static byte[] xlsx(String... lines) throws IOException {
		Set<Integer> numeric = Set.of(5, 6, 9, 10, 11, 12, 13);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < lines.length; r++) {
				if (lines[r].isEmpty()) {
					continue;
				}
				String[] cells = lines[r].split(",", -1);
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					if (r > 0 && numeric.contains(c) && !cells[c].isEmpty()) {
						row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
					}
					else if (!cells[c].isEmpty()) {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
			}
			return bytes(workbook);
		}
	}

	@Test
	void refusesUnknownAndMissingColumns() {
		String csv = "uscc,name,industry_code,phone\n" + ALIBABA + ",x,I6513,123\n";
		List<ImportProblem> problems = catchThrowableOfType(ImportRejectedException.class,
				() -> read("e.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.problems();
		assertThat(problems).extracting(ImportProblem::column).containsExactly("phone");
		List<ImportProblem> missing = catchThrowableOfType(ImportRejectedException.class,
				() -> read("e.csv", "企业名称\n某公司\n".getBytes(StandardCharsets.UTF_8)))
			.problems();
		assertThat(missing).extracting(ImportProblem::column)
			.containsExactly("统一社会信用代码 / uscc", "行业代码 / industry_code");
	}

	@Test
	void refusesOtherFormats() {
		List<ImportProblem> problems = catchThrowableOfType(ImportRejectedException.class,
				() -> read("e.xls", new byte[] { 1, 2 }))
			.problems();
		assertThat(problems).singleElement().extracting(ImportProblem::row).isEqualTo(0);
	}

	/**
	 * Rows are folded into firms as they are read, without keeping the rows: by first
	 * appearance, chains and segments joined in the order first seen, the last row's
	 * name, the last position given, tiers by tier and day gained with the later row
	 * winning, the figures in row order, left out where the store took them already.
	 */
	@Test
	void foldsTheRowsIntoFirmsAsTheyAreRead() {
		String csv = String.join("\n", HEADER,
				row(2, 3, "IC", 4, "", 5, "", 6, "", 7, "", 8, "TECH_SME:2019-05-01~2022-12-31", 9, "2022"),
				row(3, 9, "2023"),
				row(2, 3, "DIGITAL、IC", 4, "IC_DESIGN", 5, "120.1", 6, "30.3", 7, "wgs84", 8,
						"TECH_SME:2019-05-01;HIGH_TECH:2021-01-01", 9, "2023", 10, "2000"),
				row(2, 1, "杭州测试2科技有限公司", 3, "", 4, "SOFTWARE", 5, "", 6, "", 7, "", 8, "", 9, "2024", 10, "3000"))
				+ "\n";
		byte[] content = csv.getBytes(StandardCharsets.UTF_8);
		List<Enterprise> firms = Enterprise.fold(read("f.csv", content));
		assertThat(firms).extracting(Enterprise::uscc).containsExactly(synthetic(2), synthetic(3));
		Enterprise two = firms.get(0);
		assertThat(two.chains()).containsExactly("IC", "DIGITAL");
		assertThat(two.segments()).containsExactly("IC_DESIGN", "SOFTWARE");
		assertThat(two.location()).isEqualTo(new LonLat(120.1, 30.3));
		assertThat(two.inputCrs()).isEqualTo(Crs.WGS84);
		assertThat(two.tiers()).containsExactly(new TierEvent("TECH_SME", LocalDate.of(2019, 5, 1), null),
				new TierEvent("HIGH_TECH", LocalDate.of(2021, 1, 1), null));
		assertThat(two.years()).extracting(EnterpriseFigures::year).containsExactly(2022, 2023, 2024);
		assertThat(two.years()).extracting(EnterpriseFigures::revenue)
			.containsExactly(new BigDecimal("1000"), new BigDecimal("2000"), new BigDecimal("3000"));
		assertThat(firms.get(1).years()).extracting(EnterpriseFigures::year).containsExactly(2023);

		// Folded while read, with the store taking the 2023 figures: the same firms
		// without them.
		EnterpriseFileReader.Firms read = EnterpriseFileReader.readFirms("f.csv", content, Crs.WGS84, CHAINS, SEGMENTS,
				TIERS, TODAY, (row) -> row.figures().year() == 2023);
		assertThat(read.rows()).isEqualTo(4);
		assertThat(read.firms()).hasSize(2);
		assertThat(read.firms().get(0)).usingRecursiveComparison().ignoringFields("years").isEqualTo(two);
		assertThat(read.firms().get(0).years()).extracting(EnterpriseFigures::year).containsExactly(2022, 2024);
		assertThat(read.firms().get(1).years()).isEmpty();
	}

	@Test
	void takesTheCurrentYearForTheFuture() {
		int thisYear = LocalDate.now().getYear();
		String csv = HEADER + "\n" + good(1, String.valueOf(thisYear)) + "\n";
		List<EnterpriseRow> rows = EnterpriseFileReader.read("e.csv", csv.getBytes(StandardCharsets.UTF_8), Crs.WGS84,
				CHAINS, SEGMENTS, TIERS, thisYear);
		assertThat(rows).singleElement().extracting((r) -> r.figures().year()).isEqualTo(thisYear);
	}

	static void fill(Row row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	static List<EnterpriseRow> read(String fileName, byte[] content) {
		return EnterpriseFileReader.read(fileName, content, Crs.WGS84, CHAINS, SEGMENTS, TIERS, TODAY);
	}

	/** A valid row for firm {@code n} (1 is Alibaba), in the given year. */
	static String good(int n, String year) {
		String uscc = (n == 1) ? ALIBABA : synthetic(n);
		String name = (n == 1) ? "阿里巴巴（中国）网络技术有限公司" : "杭州测试" + n + "科技有限公司";
		return String.join(",", uscc, name, "I6513", "DIGITAL", "SOFTWARE", "120.0236", "30.2815", "gcj02",
				"TECH_SME:2019-05-01", year, "1000", "100", "50", "3");
	}

	/** A valid row for firm {@code n} in 2023 with cells replaced: index, value, … */
	static String row(int n, Object... replacements) {
		String[] cells = good(n, "2023").split(",", -1);
		for (int i = 0; i < replacements.length; i += 2) {
			cells[(Integer) replacements[i]] = (String) replacements[i + 1];
		}
		return String.join(",", cells);
	}

	/** A code that passes both checks, registered in Hangzhou's Xihu district. */
	static String synthetic(int n) {
		String body = String.format("%08d", 31000000 + n);
		String first16 = "91330106" + body;
		String first17 = first16 + Uscc.organisationCheck(first16);
		return first17 + Uscc.checkCharacterOf(first17);
	}

}
