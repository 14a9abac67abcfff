package org.corridor.observatory.chain.candidate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.chain.demo.DemoCandidates;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

public class CandidateFileReaderTest {

	static final Plan PLAN = SamplePacks.corridor();

	static final String HEADER = "企业名称,统一社会信用代码,行业代码,环节,所在地区,营业收入（万元）,研发费用,从业人员,备注";

	static final String FIRST = EnterpriseFixtures.uscc("C1D2E3F4");

	static final String SECOND = EnterpriseFixtures.uscc("A7B8C9D0");

	@Test
	void readsAGbkCsvWithCodesNamesAndFiguresAsTyped() {
		String fullWidth = FIRST.toLowerCase(Locale.ROOT)
			.chars()
			.mapToObj((c) -> String.valueOf((char) (c + 0xFEE0)))
			.reduce("", String::concat);
		String csv = HEADER + "\r\n" + "深圳示例芯片設計有限公司," + fullWidth
				+ ",6520,ic_chip_design、IC_MANUFACTURING_TECH,深圳市南山区," + "\"1,250,000\",120000.5,860,重点跟进\r\n"
				+ "上海示例软件有限公司,,I6513,,,,,,\r\n";
		List<CandidateFirm> firms = CandidateFileReader.read("候选.csv", csv.getBytes(Charset.forName("GBK")), PLAN);
		assertThat(firms).hasSize(2);
		CandidateFirm chip = firms.get(0);
		assertThat(chip.name()).isEqualTo("深圳示例芯片設計有限公司");
		assertThat(chip.uscc()).isEqualTo(FIRST);
		assertThat(chip.industryCode()).isEqualTo("I6520");
		assertThat(chip.segments()).containsExactly("IC_CHIP_DESIGN", "IC_MANUFACTURING_TECH");
		assertThat(chip.region()).isEqualTo("深圳市南山区");
		assertThat(chip.revenue()).isEqualByComparingTo("1250000");
		assertThat(chip.rdSpending()).isEqualByComparingTo("120000.5");
		assertThat(chip.employees()).isEqualTo(860);
		assertThat(chip.demo()).isFalse();
		assertThat(chip.source()).isEqualTo("候选.csv");
		CandidateFirm bare = firms.get(1);
		assertThat(bare.uscc()).isNull();
		assertThat(bare.segments()).isEmpty();
		assertThat(bare.region()).isNull();
		assertThat(bare.revenue()).isNull();
		assertThat(bare.employees()).isNull();
	}

	@Test
	void readsTheSameFromXlsxWithEnglishHeaders() throws IOException {
		byte[] xlsx = xlsx(new String[][] { { "name", "uscc", "industry_code", "segments", "region", "revenue" },
				{ "北京示例智能科技有限公司", SECOND, "C3983", "AI_SENSING_BIG_DATA_INTELLIGENCE", "北京市海淀区", "5000" } });
		assertThat(CandidateFileReader.read("c.xlsx", xlsx, PLAN)).singleElement().satisfies((firm) -> {
			assertThat(firm.uscc()).isEqualTo(SECOND);
			assertThat(firm.industryCode()).isEqualTo("C3983");
			assertThat(firm.revenue()).isEqualTo(new BigDecimal("5000"));
		});
	}

	@Test
	void reportsEveryBadRowAndKeepsNothing() {
		String badCheck = FIRST.substring(0, 17) + ((FIRST.charAt(17) == '1') ? "2" : "1");
		String csv = HEADER + "\r\n" // row 1
				+ "甲公司," + FIRST + ",6520,,,,,,\r\n" // row 2: fine
				+ "乙公司," + FIRST + ",6520,,,,,,\r\n" // row 3: repeats row 2's code
				+ "丙公司," + badCheck + ",6520,,,,,,\r\n" // row 4: check character
				+ ",,6520,,,,,,\r\n" // row 5: no name
				+ "丁有限公司,,9999,NO_SUCH_SEGMENT,,,,,\r\n" // row 6: industry, segment
				+ "丁有限公司,,65,,,,,,\r\n" // row 7: same name without a code; a division
				+ "戊公司,,6520,,,-5,abc,12.5,\r\n" // row 8: figures
				+ "己公司,,,,,,,,\r\n"; // row 9: no industry
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> CandidateFileReader.read("c.csv", csv.getBytes(StandardCharsets.UTF_8), PLAN));
		List<ImportProblem> problems = rejected.problems();
		assertThat(problems).noneSatisfy((p) -> assertThat(p.row()).isEqualTo(2));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 3, "统一社会信用代码", "与第 2 行重复"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 4, "统一社会信用代码", "校验码（第 18 位）"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 5, "企业名称", "不能为空"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 6, "行业代码", "没有行业代码 9999"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 6, "环节", "未知的环节代码“NO_SUCH_SEGMENT”"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 7, "企业名称", "与第 6 行相同"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 7, "行业代码", "不是小类"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 8, "营业收入（万元）", "不能为负"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 8, "研发费用", ""));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 8, "从业人员", "整数"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 9, "行业代码", "为空"));
		assertThat(problems).allSatisfy((p) -> assertThat(p.en()).isNotBlank());
	}

	@Test
	void twoFirmsOfOneNameAreToldApartByTheirCodes() {
		String csv = HEADER + "\r\n" + "示例科技有限公司," + FIRST + ",6520,,上海市浦东新区,,,,\r\n" + "示例科技有限公司," + SECOND
				+ ",6520,,深圳市南山区,,,,\r\n";
		assertThat(CandidateFileReader.read("c.csv", csv.getBytes(StandardCharsets.UTF_8), PLAN)).hasSize(2);
		String without = csv + "示例科技有限公司,,6520,,,,,,\r\n";
		assertThat(catchThrowableOfType(ImportRejectedException.class,
				() -> CandidateFileReader.read("c.csv", without.getBytes(StandardCharsets.UTF_8), PLAN))
			.problems()).singleElement().satisfies((p) -> assertProblem(p, 4, "企业名称", "与第 2 行相同"));
	}

	@Test
	void refusesAFileWithoutTheRequiredColumns() {
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> CandidateFileReader.read("c.csv", "企业名称,颜色\r\n甲,red\r\n".getBytes(StandardCharsets.UTF_8), PLAN));
		assertThat(rejected.problems()).extracting(ImportProblem::zh)
			.contains("未知的列“颜色”（B 列），可用的列为：企业名称, 统一社会信用代码, 行业代码, 环节, 所在地区, 营业收入, 研发费用, 从业人员, 备注", "缺少必需的列“行业代码”");
	}

	@Test
	void theTemplateNamesEveryColumnAndItsExampleCodeIsValid() {
		String csv = new String(CandidateFileReader.TEMPLATE.csv(Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF企业名称,统一社会信用代码,行业代码,环节,所在地区,营业收入,研发费用,从业人员,备注\r\n");
		String english = new String(CandidateFileReader.TEMPLATE.csv(Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(english).contains("name,uscc,industry_code,segments,region,revenue,rd_spending,employees,note");
		assertThat(Uscc.parse(CandidateColumn.USCC.spec().example()).value())
			.isEqualTo(CandidateColumn.USCC.spec().example());
		assertThat(CandidateFileReader.TEMPLATE.xlsx(Locale.SIMPLIFIED_CHINESE)).isNotEmpty();
	}

	@Test
	void demoCandidatesPassTheChecksOfAFile() {
		List<CandidateFirm> demo = DemoCandidates.generate(PLAN, 7, 300);
		StringBuilder csv = new StringBuilder(
				"name,uscc,industry_code,segments,region,revenue,rd_spending,employees\r\n");
		for (CandidateFirm firm : demo) {
			csv.append(String.join(",", firm.name(), text(firm.uscc()), firm.industryCode(),
					String.join(";", firm.segments()), firm.region(), text(firm.revenue()), text(firm.rdSpending()),
					text(firm.employees())))
				.append("\r\n");
		}
		List<CandidateFirm> read = CandidateFileReader.read("demo.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				PLAN);
		assertThat(read).hasSize(demo.size());
		assertThat(read.get(0).name()).isEqualTo(demo.get(0).name());
	}

	static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	public static byte[] xlsx(String[][] cells) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < cells.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	public static void assertProblem(ImportProblem problem, int row, String column, String reason) {
		assertThat(problem.row()).isEqualTo(row);
		assertThat(problem.column()).isEqualTo(column);
		assertThat(problem.zh()).contains(reason);
	}

}
