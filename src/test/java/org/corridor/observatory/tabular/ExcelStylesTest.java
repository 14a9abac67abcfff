package org.corridor.observatory.tabular;

import java.time.Instant;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Excel cells show what a reader expects, and keep the full value. */
class ExcelStylesTest {

	private final DataFormatter shown = new DataFormatter();

	@Test
	void formatsSharesAsPercentagesAndFiguresWithSeparatorsByUnit() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Row row = workbook.createSheet().createRow(0);
			Cell share = styles.percent(row, 0, 0.899902679184795);
			assertThat(this.shown.formatCellValue(share)).isEqualTo("89.99%");
			assertThat(share.getNumericCellValue()).isEqualTo(0.899902679184795);
			assertThat(this.shown.formatCellValue(styles.figure(row, 1, 12345.678, "亿元"))).isEqualTo("12,345.68");
			assertThat(this.shown.formatCellValue(styles.figure(row, 2, 1234.0, "家"))).isEqualTo("1,234");
			assertThat(this.shown.formatCellValue(styles.year(row, 3, 2025))).isEqualTo("2025");
			assertThat(this.shown.formatCellValue(styles.number(row, 4, 1.0543, ExcelStyles.RATIO))).isEqualTo("1.05");
			assertThat(styles.percent(row, 5, null)).isNull();
			assertThat(styles.format(ExcelStyles.PERCENT)).isSameAs(styles.format(ExcelStyles.PERCENT));
		}
	}

	@Test
	void writesMomentsInBeijingTimeInStreamedWorkbooksToo() throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Row row = workbook.createSheet().createRow(0);
			Cell at = styles.beijing(row, 0, Instant.parse("2025-01-02T16:30:00Z"));
			assertThat(this.shown.formatCellValue(at)).isEqualTo("2025-01-03 00:30");
			workbook.dispose();
		}
	}

}
