package org.corridor.observatory.monitor.adjustment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.FigureKind;
import org.corridor.observatory.plan.IndicatorEdit;
import org.corridor.observatory.plan.IndicatorTable;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.plan.ValueKind;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The indicator table as a workbook: downloaded and read back unchanged it says exactly
 * what the plan says, in Chinese and in English; targets of every comparator are read; a
 * bad cell is reported at its row and column.
 */
class IndicatorWorkbookTest {

	private final Plan plan = SamplePacks.corridor();

	@Test
	void aDownloadedTableReadsBackAsThePlansIndicators() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			List<IndicatorWorkbook.EditRow> rows = IndicatorWorkbook.read("indicators.xlsx",
					IndicatorWorkbook.xlsx(this.plan, locale), this.plan);
			assertThat(rows).hasSize(this.plan.listIndicators().size());
			for (IndicatorWorkbook.EditRow row : rows) {
				IndicatorEdit expected = IndicatorEdit.of(this.plan.getIndicator(row.edit().code()));
				assertThat(IndicatorRows.normalised(row.edit())).isEqualTo(IndicatorRows.normalised(expected));
			}
		}
	}

	@Test
	void targetsOfEveryKindAreRead() throws IOException {
		byte[] book = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.TARGETS,
				"2023：≥ 8000；2024 ≈ 9,000\n2025 9500–10500；2030 <= 1.5；2035 = 3");
		IndicatorEdit edit = IndicatorWorkbook.read("t.xlsx", book, this.plan)
			.stream()
			.filter((r) -> r.edit().code().equals("DIGITAL_CORE_REVENUE"))
			.findFirst()
			.orElseThrow()
			.edit();
		assertThat(edit.targets()).extracting((t) -> t.year() + " " + t.comparator())
			.containsExactly("2023 " + Comparator.GE, "2024 " + Comparator.APPROX, "2025 " + Comparator.BETWEEN,
					"2030 " + Comparator.LE, "2035 " + Comparator.EQ);
		assertThat(edit.targets().get(1).value()).isEqualByComparingTo("9000");
		assertThat(edit.targets().get(2).upper()).isEqualByComparingTo("10500");
	}

	@Test
	void thePlanTableKindRunningTotalAndNegativesAreColumns() throws IOException {
		byte[] book = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.TABLE, "表1");
		book = withCell(book, "DIGITAL_CORE_REVENUE", IndicatorColumn.KIND, "数量");
		book = withCell(book, "DIGITAL_CORE_REVENUE", IndicatorColumn.CUMULATIVE, "是");
		book = withCell(book, "DIGITAL_CORE_REVENUE", IndicatorColumn.NEGATIVE_ALLOWED, "yes");
		IndicatorEdit edit = IndicatorWorkbook.read("t.xlsx", book, this.plan)
			.stream()
			.filter((r) -> r.edit().code().equals("DIGITAL_CORE_REVENUE"))
			.findFirst()
			.orElseThrow()
			.edit();
		assertThat(edit.table()).isEqualTo("TABLE_1");
		assertThat(edit.figures()).isEqualTo(new FigureKind(ValueKind.QUANTITY, true, true));
		String yaml = IndicatorTable.parse("indicators: [{code: DIGITAL_CORE_REVENUE}]").put(edit, null).dump(null);
		assertThat(yaml).contains("table: TABLE_1", "kind: quantity", "cumulative: true", "negative_allowed: true");

		// the kind the unit implies stays implicit; a table by its English number
		book = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.TABLE, "Table 1");
		IndicatorEdit plain = IndicatorWorkbook.read("t.xlsx", book, this.plan)
			.stream()
			.filter((r) -> r.edit().code().equals("DIGITAL_CORE_REVENUE"))
			.findFirst()
			.orElseThrow()
			.edit();
		assertThat(plain.table()).isEqualTo("TABLE_1");
		assertThat(IndicatorTable.parse("indicators: [{code: DIGITAL_CORE_REVENUE}]").put(plain, null).dump(null))
			.doesNotContain("kind:", "cumulative:", "negative_allowed:");

		byte[] unknown = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.TABLE, "表9");
		assertThatThrownBy(() -> IndicatorWorkbook.read("t.xlsx", unknown, this.plan)).isInstanceOfSatisfying(
				ImportRejectedException.class, (ex) -> assertThat(ex.problems()).singleElement().satisfies((p) -> {
					assertThat(p.column()).isEqualTo("所属规划表");
					assertThat(p.zh()).contains("表1");
				}));
		byte[] maybe = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.CUMULATIVE, "也许");
		assertThatThrownBy(() -> IndicatorWorkbook.read("t.xlsx", maybe, this.plan)).isInstanceOfSatisfying(
				ImportRejectedException.class,
				(ex) -> assertThat(ex.problems()).extracting(ImportProblem::column).containsExactly("累计"));
	}

	@Test
	void badCellsAreReportedAtTheirRowAndColumn() throws IOException {
		byte[] book = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.DIRECTION, "上升");
		assertThatThrownBy(() -> IndicatorWorkbook.read("t.xlsx", book, this.plan))
			.isInstanceOfSatisfying(ImportRejectedException.class, (ex) -> {
				ImportProblem problem = ex.problems().get(0);
				assertThat(problem.row()).isEqualTo(2);
				assertThat(problem.column()).isEqualTo("方向");
				assertThat(problem.value()).isEqualTo("上升");
				assertThat(problem.zh()).contains("越大越好");
				assertThat(problem.en()).contains("higher");
			});
		byte[] half = withCell("DIGITAL_CORE_REVENUE", IndicatorColumn.BASELINE_YEAR, "2020");
		assertThatThrownBy(() -> IndicatorWorkbook.read("t.xlsx", half, this.plan)).isInstanceOfSatisfying(
				ImportRejectedException.class,
				(ex) -> assertThat(ex.problems()).extracting(ImportProblem::column).containsExactly("基期值"));
	}

	private byte[] withCell(String code, IndicatorColumn column, String value) throws IOException {
		return withCell(IndicatorWorkbook.xlsx(this.plan, Locale.SIMPLIFIED_CHINESE), code, column, value);
	}

	private static byte[] withCell(byte[] book, String code, IndicatorColumn column, String value) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Row row : workbook.getSheetAt(0)) {
				if (code.equals(row.getCell(0).getStringCellValue())) {
					row.createCell(column.ordinal()).setCellValue(value);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
