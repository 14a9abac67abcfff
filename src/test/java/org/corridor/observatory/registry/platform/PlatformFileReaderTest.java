package org.corridor.observatory.registry.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlatformFileReaderTest {

	static final Plan PLAN = SamplePacks.corridor();

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	static final String HEADER = "平台代码,平台名称,英文名称,平台类型,级别,依托单位,技术领域,谋划日期,开工建设日期,建成运行日期,获批认定日期,评估验收日期,经度,纬度,坐标系";

	@Test
	void readsAGbkCsvWithTypesByCodeOrName() {
		String csv = HEADER + "\r\n"
				+ "zhijiang_lab,之江實驗室,Zhejiang Lab,PROVINCIAL_LAB,省级,浙江省人民政府,INTELLIGENT_COMPUTING,,2017-09-06,2018/9/1,,,"
				+ "119.9713,30.2703,gcj02\r\n"
				+ "HZ_TIC_1,杭州某技术创新中心,,国家技术创新中心,,某龙头企业,,2021-03-01,,2022-01-01,2023年6月30日,,,,\r\n";
		List<PlatformRow> rows = PlatformFileReader.read("平台.csv", csv.getBytes(Charset.forName("GBK")), PLAN,
				Crs.WGS84, TODAY);
		assertThat(rows).hasSize(2);
		PlatformRow lab = rows.get(0);
		assertThat(lab.code()).isEqualTo("ZHIJIANG_LAB");
		assertThat(lab.type()).isEqualTo("PROVINCIAL_LAB");
		assertThat(lab.level()).isEqualTo("provincial");
		assertThat(lab.domains()).containsExactly("INTELLIGENT_COMPUTING");
		assertThat(lab.stages()).isEqualTo(Map.of(PlatformStatus.UNDER_CONSTRUCTION, LocalDate.of(2017, 9, 6),
				PlatformStatus.OPERATING, LocalDate.of(2018, 9, 1)));
		assertThat(lab.location().crs()).isEqualTo(Crs.GCJ02);
		// Around Hangzhou GCJ-02 lies about 450 m east of WGS84.
		assertThat(lab.location().wgs84().lon()).isBetween(119.962, 119.9712);
		PlatformRow centre = rows.get(1);
		assertThat(centre.type()).isEqualTo("NATIONAL_TECH_INNOVATION_CENTRE");
		assertThat(centre.level()).isNull();
		assertThat(centre.location()).isNull();
		assertThat(centre.stages()).containsEntry(PlatformStatus.ACCREDITED, LocalDate.of(2023, 6, 30));
	}

	@Test
	void readsTheSameFromXlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			String[][] cells = { { "code", "name", "type", "operating_on", "accredited_on" },
					{ "NEW_LAB", "新实验室", "PROVINCIAL_KEY_LAB", "2022-05-01", "2024-01-02" } };
			for (int r = 0; r < cells.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			workbook.write(out);
			List<PlatformRow> rows = PlatformFileReader.read("p.xlsx", out.toByteArray(), PLAN, Crs.WGS84, TODAY);
			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.type()).isEqualTo("PROVINCIAL_KEY_LAB");
				assertThat(row.stages()).containsEntry(PlatformStatus.ACCREDITED, LocalDate.of(2024, 1, 2));
			});
		}
	}

	@Test
	void reportsEveryBadRowAndKeepsNothing() {
		String csv = HEADER + "\r\n" + "1BAD,名称,,PROVINCIAL_LAB,,,,,,,,,,,\r\n" // row 2:
																				// code
				+ "OK_ONE,名称,,NO_SUCH_TYPE,部级,,NO_SUCH_DOMAIN,,,,,,,,\r\n" // row 3
				+ "OK_ONE,名称,,PROVINCIAL_LAB,,,,,,,,,,,\r\n" // row 4: duplicate
				+ "DATES,名称,,PROVINCIAL_LAB,,,,2022-01-01,2021-01-01,2021-02-30,2026-01-01,,,,\r\n" // row
																									// 5
				+ "SWAPPED,名称,,PROVINCIAL_LAB,,,,,,,,,30.27,119.97,\r\n" // row 6
				+ "ABROAD,,,PROVINCIAL_LAB,,,,,,,,,2.35,48.85,\r\n"; // row 7
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> PlatformFileReader.read("p.csv", csv.getBytes(StandardCharsets.UTF_8), PLAN, Crs.WGS84, TODAY));
		List<ImportProblem> problems = rejected.problems();
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 2, "平台代码", "大写字母开头"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 3, "平台类型", "未知的平台类型“NO_SUCH_TYPE”"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 3, "级别", "未知的级别"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 3, "技术领域", "NO_SUCH_DOMAIN"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 4, "平台代码", "与第 3 行重复"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 5, "开工建设日期", "早于谋划日期"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 5, "建成运行日期", "不存在"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 5, "获批认定日期", "在未来"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 6, "经度", "疑似经纬度填反"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 7, "经度", "中国境外"));
		assertThat(problems).anySatisfy((p) -> assertProblem(p, 7, "平台名称", "不能为空"));
		assertThat(problems).allSatisfy((p) -> assertThat(p.en()).isNotBlank());
	}

	@Test
	void refusesAFileWithoutTheRequiredColumns() {
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> PlatformFileReader
			.read("p.csv", "平台代码,颜色\r\nA,red\r\n".getBytes(StandardCharsets.UTF_8), PLAN, Crs.WGS84, TODAY));
		assertThat(rejected.problems()).extracting(ImportProblem::zh)
			.contains("缺少必需的列“平台名称”", "缺少必需的列“平台类型”")
			.anyMatch((zh) -> zh.startsWith("未知的列“颜色”（B 列）"));
	}

	@Test
	void theTemplateOffersTheInputColumnsOnly() {
		String csv = new String(PlatformFileReader.TEMPLATE.csv(Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + HEADER + ",备注").doesNotContain("当前状态");
		String english = new String(PlatformFileReader.TEMPLATE.csv(Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(english).contains("code,name,name_en,type,level");
	}

	private static void assertProblem(ImportProblem problem, int row, String column, String reason) {
		assertThat(problem.row()).isEqualTo(row);
		assertThat(problem.column()).isEqualTo(column);
		assertThat(problem.zh()).contains(reason);
	}

}
