package org.corridor.observatory.registry.enterprise.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.registry.enterprise.EnterpriseSummary;
import org.corridor.observatory.web.Names;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The firm export is written while its rows are read: bytes reach the client long before
 * the last row is read, a client that goes away stops the reading, and what arrives is a
 * workbook with the DEMO line, the header and one row a firm.
 */
class FirmWorkbookTest {

	private static final FirmWorkbook.Text TEXT = (key) -> key;

	private static final Names NAMES = new Names(SamplePacks.corridor(), Locale.SIMPLIFIED_CHINESE);

	@Test
	void writesTheFirstRowsBeforeTheLastIsRead() throws IOException {
		CountingStream out = new CountingStream(null, Long.MAX_VALUE);
		long[] writtenWhenHalfRead = { -1 };

		FirmWorkbook.write(out, firms(40_000, (n) -> {
			if (n == 20_000) {
				writtenWhenHalfRead[0] = out.count;
			}
		}), true, NAMES, TEXT);

		assertThat(writtenWhenHalfRead[0]).isGreaterThan(100_000);
		assertThat(out.count).isGreaterThan(writtenWhenHalfRead[0]);
	}

	@Test
	void stopsReadingWhenTheClientGoesAway() {
		CountingStream out = new CountingStream(null, 200_000);
		long[] read = { 0 };

		assertThatThrownBy(() -> FirmWorkbook.write(out, firms(1_000_000, (n) -> read[0] = n), false, NAMES, TEXT))
			.hasStackTraceContaining("Broken pipe");

		assertThat(read[0]).isLessThan(100_000);
	}

	@Test
	void holdsTheDemoLineTheHeaderAndEveryFirm() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		FirmWorkbook.write(bytes, firms(250, (n) -> {
		}), true, NAMES, TEXT);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet sheet = workbook.getSheet("firm.sheet");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DEMO");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("firm.col.uscc");
			assertThat(sheet.getLastRowNum()).isEqualTo(251);
			assertThat(sheet.getRow(251).getCell(1).getStringCellValue()).isEqualTo("杭州示例企业 249");
			assertThat(sheet.getRow(251).getCell(5).getStringCellValue())
				.isEqualTo(NAMES.zones(List.of("CORE_AREA", "XIHU")))
				.doesNotContain("CORE_AREA");
		}
	}

	/**
	 * {@code count} firms made one by one as the workbook asks; {@code made} hears each.
	 */
	private static Consumer<Consumer<EnterpriseSummary>> firms(int count, Consumer<Integer> made) {
		return (each) -> {
			for (int n = 1; n <= count; n++) {
				made.accept(n);
				each.accept(new EnterpriseSummary(String.format("91330106%010d", n), "杭州示例企业 " + (n - 1), "I6513",
						"互联网数据服务", List.of("AI_CHAIN"), List.of(), 120.0, 30.3, List.of("CORE_AREA", "XIHU"), true));
			}
		};
	}

	/** Counts the bytes written; fails every write once {@code failAfter} have been. */
	private static final class CountingStream extends OutputStream {

		private final OutputStream target;

		private final long failAfter;

		private long count;

		CountingStream(OutputStream target, long failAfter) {
			this.target = target;
			this.failAfter = failAfter;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (this.count >= this.failAfter) {
				throw new IOException("Broken pipe");
			}
			this.count += len;
			if (this.target != null) {
				this.target.write(b, off, len);
			}
		}

	}

}
