package org.corridor.observatory.tabular;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one header matcher every import uses. */
class HeaderTest {

	private static SheetRow row(int number, String... cells) {
		return new SheetRow(number, List.of(cells));
	}

	@Test
	void matchesHeadersInEitherLanguageAnyWidthCaseAndWithABracketedUnit() {
		List<ImportProblem> problems = new ArrayList<>();
		Header header = Header.read(row(1, "ＮＡＭＥ", "营业收入（万元）", " Code "), Sample.values(), problems);
		assertThat(problems).isEmpty();
		SheetRow data = row(2, "甲", "12", "A1");
		assertThat(header.cell(data, Sample.NAME)).isEqualTo("甲");
		assertThat(header.cell(data, Sample.REVENUE)).isEqualTo("12");
		assertThat(header.cell(data, Sample.CODE)).isEqualTo("A1");
		assertThat(header.name(Sample.REVENUE)).isEqualTo("营业收入（万元）");
		assertThat(header.isComplete()).isTrue();
	}

	@Test
	void knowsAColumnByItsAlias() {
		List<ImportProblem> problems = new ArrayList<>();
		Header header = Header.read(row(1, "代码", "名称"), Sample.values(), problems);
		assertThat(problems).isEmpty();
		assertThat(header.has(Sample.CODE)).isTrue();
	}

	@Test
	void reportsUnknownRepeatedAndMissingColumnsWithTheirLetters() {
		List<ImportProblem> problems = new ArrayList<>();
		Header header = Header.read(row(1, "名称", "颜色", "name"), Sample.values(), problems);
		assertThat(problems).extracting(ImportProblem::en)
			.containsExactly("unknown column \"颜色\" (column B); the columns are: name, revenue, code",
					"column \"name\" appears twice: columns A and C", "required column \"code\" is missing");
		assertThat(problems).extracting(ImportProblem::row).containsOnly(1);
		assertThat(header.isComplete()).isFalse();
	}

	@Test
	void saysWhenColumnsAreNotSeparatedByCommas() {
		List<ImportProblem> problems = new ArrayList<>();
		Header.read(row(1, "名称;代码"), Sample.values(), problems);
		assertThat(problems).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).contains("semicolons or tabs"));
	}

	@Test
	void reportsACellUnderNoHeader() {
		List<ImportProblem> problems = new ArrayList<>();
		Header header = Header.read(row(1, "名称", "", "代码"), Sample.values(), problems);
		header.checkUnnamed(row(2, "甲", "9", "A", "", "lost"), problems);
		assertThat(problems).extracting(ImportProblem::column).containsExactly("B", "E");
	}

	@Test
	void namesAProblemByTheFilesOwnHeader() {
		Header header = Header.read(row(1, "代码", "名称"), Sample.values(), new ArrayList<>());
		ImportProblem problem = header.problem(row(7, "A", "甲"), Sample.CODE, "A", "错", "wrong");
		assertThat(problem.row()).isEqualTo(7);
		assertThat(problem.column()).isEqualTo("代码");
	}

	enum Sample implements Column {

		NAME(Column.Spec.of("名称", "name", true, "", "", "")),

		REVENUE(Column.Spec.of("营业收入", "revenue", false, "", "", "")),

		CODE(new Column.Spec("统一代码", "code", true, List.of("代码"), "", "", ""));

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

}
