package org.corridor.observatory.plan;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextReaderTest {

	@TempDir
	Path folder;

	private final Problems problems = new Problems();

	@Test
	void readsTheTextWithoutAByteOrderMark() throws IOException {
		Files.writeString(this.folder.resolve("source.txt"), "\uFEFF河谷规划");

		assertThat(reader().read("source.txt")).isEqualTo("河谷规划");
		assertThat(this.problems.isEmpty()).isTrue();
	}

	@Test
	void reportsAMissingTextAtThePlanFilesSourceTextField() {
		assertThat(reader().read("text.txt")).isEmpty();

		assertThat(SamplePacks.describe(this.problems.list()))
			.containsExactly("plan.yaml : source_text : 找不到规划原文文件 text.txt / source text file text.txt is missing");
	}

	@Test
	void reportsATextThatIsNotUtf8() throws IOException {
		Files.write(this.folder.resolve("source.txt"), "河谷规划".getBytes(Charset.forName("GBK")));

		assertThat(reader().read("source.txt")).isEmpty();

		assertThat(SamplePacks.describe(this.problems.list()))
			.containsExactly("source.txt : / : 规划原文不是 UTF-8 编码 / the source text is not UTF-8 encoded");
	}

	private SourceTextReader reader() {
		return new SourceTextReader(PackFiles.folder(this.folder), this.problems);
	}

}
