package org.corridor.observatory.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every file kind gets from the kit: a cell longer than its column's database column
 * is a located problem, a file name too long to record is refused, and reading stops once
 * the problems fill their list.
 */
class TabularFileTest {

	enum Sample implements Column {

		CODE(Spec.of("代码", "code", true, "", "", "A1")),

		NAME(Spec.of("名称", "name", true, "", "", "甲").limitedTo(5)),

		NOTE(Spec.of("备注", "note", false, "", "", ""));

		private final Spec spec;

		Sample(Spec spec) {
			this.spec = spec;
		}

		@Override
		public Spec spec() {
			return this.spec;
		}

		@Override
		public boolean text() {
			return true;
		}

	}

	@Test
	void refusesTextLongerThanItsColumnWithRowColumnAndLimit() {
		byte[] csv = "代码,名称,备注\nA1,五个字正好,随便多长都行随便多长都行\nA2,六个字就太长\n".getBytes(StandardCharsets.UTF_8);
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> TabularFile.read("long.csv", csv, Sample.values()));
		assertThat(rejected.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("名称");
			assertThat(problem.value()).isEqualTo("六个字就太长");
			assertThat(problem.zh()).isEqualTo("内容过长：6 个字符，此列最多 5 个字符");
			assertThat(problem.en()).isEqualTo("the text is too long: 6 characters; this column holds at most 5");
		});
	}

	@Test
	void countsCharactersAsTheDatabaseDoesNotUtf16Units() {
		// five characters outside the Basic Multilingual Plane: ten UTF-16 units
		String fiveRare = "𠀀𠀁𠀂𠀃𠀄";
		TabularFile file = TabularFile.read("rare.csv",
				("代码,名称\nA1," + fiveRare + "\n").getBytes(StandardCharsets.UTF_8), Sample.values());
		assertThat(file.cell(file.rows().get(0), Sample.NAME)).isEqualTo(fiveRare);
	}

	@Test
	void showsOnlyTheStartOfAVeryLongValue() {
		String huge = "长".repeat(100_000);
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> TabularFile
			.read("huge.csv", ("代码,名称\nA1," + huge + "\n").getBytes(StandardCharsets.UTF_8), Sample.values()));
		assertThat(rejected.problems().get(0).value()).hasSizeLessThan(300)
			.startsWith("长长长")
			.endsWith("（共 100000 个字符 / 100000 characters）");
	}

	@Test
	void refusesAFileNameTooLongToRecord() {
		String name = "名".repeat(600) + ".csv";
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> TabularFile.read(name, "代码,名称\nA1,甲\n".getBytes(StandardCharsets.UTF_8), Sample.values()));
		assertThat(rejected.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isZero();
			assertThat(problem.zh()).startsWith("文件名过长：604 个字符，最多 255 个");
			assertThat(problem.en()).startsWith("the file name is too long: 604 characters, at most 255");
		});
		assertThat(TabularFile.fileNameProblem("名".repeat(251) + ".csv")).isNull();
	}

	@Test
	void refusesAFileOfMoreCellsThanItsKindMayHoldWithoutReadingOn() {
		StringBuilder csv = new StringBuilder("代码,名称,备注\n");
		for (int i = 0; i < 700_000; i++) {
			csv.append("A,甲,\n");
		}
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> TabularFile.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Sample.values()));
		// three cells a row: the 2 000 001st is in row 666 668
		assertThat(rejected.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(666_668);
			assertThat(problem.en()).isEqualTo("the file is too large: by row 666668 it has more than 2000000 cells,"
					+ " the most a file of this kind may have; split it into several files");
		});
	}

	@Test
	void stopsReadingOnceTheProblemsFillTheirList() {
		StringBuilder csv = new StringBuilder("代码,名称\n");
		for (int i = 0; i < 200; i++) {
			csv.append("A").append(i).append(",太长太长太长\n");
		}
		ProblemList problems = new ProblemList(10);
		int[] read = new int[1];
		TabularFile.Collector rows = new TabularFile.Collector(Sample.values(), problems) {
			@Override
			protected void data(Header header, SheetRow row) {
				read[0]++;
			}
		};
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> TabularFile.stream("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), problems, rows));
		// one problem a row: the eleventh, in row 12, is the first not kept
		assertThat(read[0]).isEqualTo(11);
		assertThat(problems.stoppedAt()).isEqualTo(12);
		List<ImportProblem> listed = rejected.problems();
		assertThat(listed).hasSize(11);
		assertThat(listed.get(10).en()).isEqualTo(
				"more than 10 problems: only the first 10 are listed; reading stopped at row 12 and the rows after it were not checked");
	}

	/**
	 * A file on disk of more than a megabyte, whose encoding its start tells: a later row
	 * in another encoding, or with a control character, is a located problem after the
	 * rows before it were read; a start of plain ASCII leaves the whole file to tell.
	 */
	@Test
	void tellsTheEncodingOfAFileOnDiskFromItsStart(@TempDir Path folder) throws IOException {
		String gbkRow = "A999999,中文名,x\n";
		assertThat(readFromDisk(folder, "甲", StandardCharsets.UTF_8, gbkRow.getBytes(Charset.forName("GBK"))))
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.row()).isEqualTo(ROWS + 2);
				assertThat(problem.zh()).startsWith("第 " + (ROWS + 2) + " 行起的字节不是文件开头所用的编码");
			});
		assertThat(readFromDisk(folder, "甲", StandardCharsets.UTF_8,
				"A999999,名\u0001称,x\n".getBytes(StandardCharsets.UTF_8)))
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.row()).isEqualTo(ROWS + 2);
				assertThat(problem.en()).startsWith("row " + (ROWS + 2) + " holds the control character U+0001");
			});
		// ASCII for the first megabyte, then GBK: the whole file says GBK, and it reads.
		assertThat(readFromDisk(folder, "a", Charset.forName("GBK"), gbkRow.getBytes(Charset.forName("GBK"))))
			.isEmpty();
		assertThat(this.lastName).isEqualTo("中文名");
	}

	/** When the taker refuses the file, the thread splitting it ahead stops too. */
	@Test
	void stopsTheReadAheadWhenTheFileIsRefused(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("bad.csv");
		StringBuilder csv = new StringBuilder("代码,名称\n");
		for (int i = 0; i < 100_000; i++) {
			csv.append("A").append(i).append(",太长太长太长\n");
		}
		Files.writeString(file, csv);
		ProblemList problems = new ProblemList(10);
		TabularFile.Collector rows = new TabularFile.Collector(Sample.values(), problems) {
			@Override
			protected void data(Header header, SheetRow row) {
			}
		};
		assertThatThrownBy(() -> TabularFile.stream("bad.csv", file, problems, rows))
			.isInstanceOf(ImportRejectedException.class);
		assertThat(problems.stoppedAt()).isEqualTo(12);
		assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("read-ahead");
	}

	private static final int ROWS = 40_000;

	private String lastName;

	/**
	 * Reads a file of {@code ROWS} rows named {@code name} (over a megabyte) in
	 * {@code charset}, then {@code tail}; answers the problems.
	 */
	private List<ImportProblem> readFromDisk(Path folder, String name, Charset charset, byte[] tail)
			throws IOException {
		Path file = folder.resolve("big.csv");
		StringBuilder csv = new StringBuilder("code,name,note\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("A").append(i).append(',').append(name).append(",padding-padding-padding\n");
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(csv.toString().getBytes(charset));
			out.write(tail);
		}
		assertThat(Files.size(file)).isGreaterThan(1 << 20);
		ProblemList problems = new ProblemList();
		int[] read = new int[1];
		TabularFile.Collector rows = new TabularFile.Collector(Sample.values(), problems) {
			@Override
			protected void data(Header header, SheetRow row) {
				read[0]++;
				TabularFileTest.this.lastName = header.cell(row, Sample.NAME);
			}
		};
		assertThat(TabularFile.stream("big.csv", file, problems, rows)).isTrue();
		assertThat(read[0]).isGreaterThanOrEqualTo(ROWS);
		return problems;
	}

}
