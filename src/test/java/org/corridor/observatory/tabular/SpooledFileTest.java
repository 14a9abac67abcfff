package org.corridor.observatory.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file on disk (an import job's spool file) is read as a stream and gives the same rows
 * and the same problems as the same bytes read whole: UTF-8 with and without byte-order
 * mark, GBK, line breaks of every kind and quoted fields across the reader's buffers, a
 * quote left open, binary bytes, bytes of neither encoding, an empty file, a workbook.
 * And it is read in memory bounded by its rows, not its size: a 100 MB CSV in a JVM whose
 * 48 MiB heap could not hold it.
 */
class SpooledFileTest {

	private static final String HEAP = "-Xmx48m";

	@TempDir
	Path folder;

	@Test
	void givesTheRowsAndProblemsOfTheSameBytesReadWhole() throws IOException {
		String text = generated(new Random(11), 6_000);
		assertThat(text.length()).isGreaterThan(4 * 65_536);
		same("plain.csv", text.getBytes(StandardCharsets.UTF_8));
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		same("bom.csv", concat(bom, text.getBytes(StandardCharsets.UTF_8)));
		same("gbk.csv", text.getBytes(Charset.forName("GBK")));
		same("gbk-bom.csv", concat(bom, text.getBytes(Charset.forName("GBK"))));
		same("open.csv", (text + "A9,\"never closed\nX,Y\n").getBytes(StandardCharsets.UTF_8));
		same("binary.csv", "代码,名称\nA1,\u0001\u0002\n".getBytes(StandardCharsets.UTF_8));
		// valid in neither encoding: a lone continuation byte, then one GB18030 cannot
		// map
		same("neither.csv", new byte[] { 'a', ',', (byte) 0x80, (byte) 0xFF, '\n' });
		// UTF-8 cut in the middle of a character at the very end: GB18030 then
		byte[] cut = "代码,名称\nA1,甲".getBytes(StandardCharsets.UTF_8);
		same("cut.csv", java.util.Arrays.copyOf(cut, cut.length - 1));
		same("empty.csv", new byte[0]);
		same("notes.txt", text.getBytes(StandardCharsets.UTF_8));
		same("no.xlsx", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsAFileLargerThanTheHeapAsAStream() throws Exception {
		Path file = this.folder.resolve("large.csv");
		long rows = 720_000;
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("代码,名称,备注\r\n");
			for (long i = 0; i < rows; i++) {
				out.write("A" + i + ",杭州某某科技有限公司第" + i + "号,\"一段带逗号, 和换行\n的备注，写得长一些，好让文件足够大：" + i + "\"\r\n");
			}
		}
		assertThat(Files.size(file)).isGreaterThan(100_000_000L);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
				SpooledFileTest.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(child.exitValue()).as(output).isZero();
		assertThat(output).contains("rows " + (rows + 1) + " problems 0 encoding UTF-8");
	}

	/** The child of {@link #readsAFileLargerThanTheHeapAsAStream}: counts the rows. */
	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		long[] count = { 0 };
		List<ImportProblem> problems = new ArrayList<>();
		boolean read = TabularFile.stream("large.csv", file, problems, (row) -> {
			count[0]++;
			if (row.number() == 400_000 && !row.cell(2).endsWith("：399998")) {
				throw new IllegalStateException("row 400000 reads " + row.cells());
			}
		});
		System.out.println("read " + read + " rows " + count[0] + " problems " + problems.size() + " encoding "
				+ TextDecoder.detect(file));
	}

	private void same(String name, byte[] bytes) throws IOException {
		List<ImportProblem> wholeProblems = new ArrayList<>();
		List<SheetRow> wholeRows = new ArrayList<>();
		boolean whole = TabularFile.stream(name, bytes, wholeProblems, wholeRows::add);
		Path file = this.folder.resolve(name);
		Files.write(file, bytes);
		List<ImportProblem> streamProblems = new ArrayList<>();
		List<SheetRow> streamRows = new ArrayList<>();
		boolean streamed = TabularFile.stream(name, file, streamProblems, streamRows::add);
		assertThat(streamed).as(name).isEqualTo(whole);
		assertThat(streamProblems).as(name).isEqualTo(wholeProblems);
		assertThat(streamRows).as(name).hasSameSizeAs(wholeRows);
		for (int i = 0; i < wholeRows.size(); i++) {
			assertThat(streamRows.get(i).number()).as(name).isEqualTo(wholeRows.get(i).number());
			assertThat(streamRows.get(i).cells()).as(name).isEqualTo(wholeRows.get(i).cells());
		}
	}

	/**
	 * CSV text with every kind of line break, blank lines, and quoted fields holding
	 * commas, doubled quotes and line breaks, in rows of random length.
	 */
	private static String generated(Random random, int rows) {
		String[] breaks = { "\n", "\r\n", "\r" };
		StringBuilder text = new StringBuilder("代码,名称,备注\r\n");
		for (int i = 0; i < rows; i++) {
			if (random.nextInt(20) == 0) {
				text.append(breaks[random.nextInt(3)]);
			}
			text.append('A').append(i).append(',');
			text.append("杭州".repeat(1 + random.nextInt(12))).append(',');
			if (random.nextBoolean()) {
				text.append('"')
					.append("说\"\"明, ".repeat(random.nextInt(6)))
					.append(breaks[random.nextInt(3)])
					.append("x".repeat(random.nextInt(40)))
					.append('"');
			}
			else {
				text.append("y".repeat(random.nextInt(60)));
			}
			text.append(breaks[random.nextInt(3)]);
		}
		return text.toString();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
