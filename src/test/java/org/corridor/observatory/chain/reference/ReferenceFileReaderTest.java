package org.corridor.observatory.chain.reference;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.chain.candidate.CandidateFileReaderTest;
import org.corridor.observatory.chain.demo.DemoReference;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.corridor.observatory.chain.candidate.CandidateFileReaderTest.assertProblem;

class ReferenceFileReaderTest {

	static final Plan PLAN = SamplePacks.corridor();

	static final int CURRENT_YEAR = 2025;

	static final String HEADER = "参照区域,年度,环节,从业人员,营业收入,来源";

	@Test
	void readsAGbkCsvWithTotalsAndSegments() {
		String csv = HEADER + "\r\n" + "浙江省,2023,合计,38600000,1250000000,浙江统计年鉴 2024\r\n"
				+ "浙江省,2023年,ic_chip_design,52000,3100000,\r\n" + "浙江省,2024,total,,1310000000,\r\n"
				+ "浙江省,2024,IC_CHIP_DESIGN,56000,,\r\n";
		List<ReferenceFigure> figures = ReferenceFileReader.read("参照.csv", csv.getBytes(Charset.forName("GBK")), PLAN,
				CURRENT_YEAR);
		assertThat(figures).hasSize(4);
		ReferenceFigure total = figures.get(0);
		assertThat(total.region()).isEqualTo("浙江省");
		assertThat(total.year()).isEqualTo(2023);
		assertThat(total.segment()).isNull();
		assertThat(total.total()).isTrue();
		assertThat(total.employees()).isEqualByComparingTo("38600000");
		assertThat(total.revenue()).isEqualByComparingTo("1250000000");
		assertThat(total.source()).isEqualTo("浙江统计年鉴 2024");
		assertThat(total.demo()).isFalse();
		ReferenceFigure design = figures.get(1);
		assertThat(design.year()).isEqualTo(2023);
		assertThat(design.segment()).isEqualTo("IC_CHIP_DESIGN");
		// no source given: the file is the source
		assertThat(design.source()).isEqualTo("参照.csv");
		assertThat(figures.get(2).employees()).isNull();
		assertThat(figures.get(3).revenue()).isNull();
	}

	@Test
	void readsTheSameFromXlsxWithEnglishHeaders() throws IOException {
		byte[] xlsx = CandidateFileReaderTest.xlsx(new String[][] { { "region", "year", "segment", "employees" },
				{ "杭州市", "2024", "TOTAL", "8000000" }, { "杭州市", "2024", "AI_SMART_TERMINALS", "90000" } });
		assertThat(ReferenceFileReader.read("r.xlsx", xlsx, PLAN, CURRENT_YEAR)).extracting(ReferenceFigure::segment)
			.containsExactly(null, "AI_SMART_TERMINALS");
	}

	@Test
	void reportsEveryBadRowAndKeepsNothing() {
		String csv = HEADER + "\r\n" // row 1
				+ "浙江省,2023,合计,1000,500,\r\n" // row 2: fine
				+ "江苏省,2023,IC_CHIP_DESIGN,10,5,\r\n" // row 3: another region
				+ ",2023,AI_SMART_TERMINALS,10,5,\r\n" // row 4: no region
				+ "浙江省,2023,合计,1000,500,\r\n" // row 5: repeats row 2
				+ "浙江省,23,IC_CHIP_DESIGN,10,5,\r\n" // row 6: the year
				+ "浙江省,2030,IC_CHIP_DESIGN,10,5,\r\n" // row 7: a future year
				+ "浙江省,,IC_CHIP_DESIGN,10,5,\r\n" // row 8: no year
				+ "浙江省,2023,NO_SUCH_SEGMENT,10,5,\r\n" // row 9: unknown segment
				+ "浙江省,2023,,10,5,\r\n" // row 10: no segment
				+ "浙江省,2023,AI_SMART_TERMINALS,,,\r\n" // row 11: no figure
				+ "浙江省,2023,AI_APPLICATION_SCENARIOS,12.5,-1,\r\n" // row 12: figures
				+ "浙江省,2023,IC_SEMICONDUCTOR_MATERIALS,2000,600,\r\n" // row 13: above
																		// total
				+ "浙江省,2022,IC_CHIP_DESIGN,10,5,\r\n"; // row 14: 2022 has no total
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> ReferenceFileReader.read("r.csv", csv.getBytes(StandardCharsets.UTF_8), PLAN, CURRENT_YEAR));
		List<ImportProblem> problems = rejected.problems();
		assertThat(problems).noneSatisfy((p) -> assertThat(p.row()).isEqualTo(2));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 3, "参照区域", "第 2 行为“浙江省”"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 4, "参照区域", "不能为空"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 5, "环节", "2023 年合计与第 2 行重复"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 6, "年度", "四位年份"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 7, "年度", "在未来"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 8, "年度", "不能为空"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 9, "环节", "未知的环节代码“NO_SUCH_SEGMENT”"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 10, "环节", "不能为空"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 11, "从业人员", "至少填写一项"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 12, "从业人员", "整数"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 12, "营业收入", "不能为负"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 13, "从业人员", "大于同年合计 1000"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 13, "营业收入", "大于同年合计 500"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 14, "环节", "2022 年有环节数据但没有合计行"));
		assertThat(problems).extracting(ImportProblem::row).isSorted();
		assertThat(problems).allSatisfy((p) -> assertThat(p.en()).isNotBlank());
	}

	@Test
	void aDemoReferencePassesTheChecksOfAFile() {
		List<ReferenceFigure> demo = DemoReference.generate(PLAN, 7, List.of(2021, 2022, 2023));
		StringBuilder csv = new StringBuilder(HEADER + "\r\n");
		for (ReferenceFigure figure : demo) {
			csv.append(String.join(",", figure.region(), String.valueOf(figure.year()),
					figure.total() ? "合计" : figure.segment(), figure.employees().toPlainString(),
					figure.revenue().toPlainString(), "demo"))
				.append("\r\n");
		}
		assertThat(ReferenceFileReader.read("demo.csv", csv.toString().getBytes(StandardCharsets.UTF_8), PLAN,
				CURRENT_YEAR))
			.extracting(ReferenceFigure::segment)
			.isEqualTo(demo.stream().map(ReferenceFigure::segment).toList());
	}

	@Test
	void refusesAFileWithoutTheRequiredColumns() {
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> ReferenceFileReader
			.read("r.csv", "参照区域,年度\r\n浙江省,2023\r\n".getBytes(StandardCharsets.UTF_8), PLAN, CURRENT_YEAR));
		assertThat(rejected.problems()).extracting(ImportProblem::zh).containsExactly("缺少必需的列“环节”");
	}

	@Test
	void theTemplateNamesEveryColumn() {
		String csv = new String(ReferenceFileReader.TEMPLATE.csv(Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF参照区域,年度,环节,从业人员,营业收入,来源,备注\r\n");
		String english = new String(ReferenceFileReader.TEMPLATE.csv(Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(english).contains("region,year,segment,employees,revenue,source,note");
		assertThat(ReferenceFileReader.TEMPLATE.xlsx(Locale.ENGLISH)).isNotEmpty();
	}

}
