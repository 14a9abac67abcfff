package org.corridor.observatory.tabular;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one full-width fold of the imports. */
class CellsTest {

	@Test
	void foldsFullWidthDigitsLettersAndSigns() {
		assertThat(Cells.halfWidth("１２３．５")).isEqualTo("123.5");
		assertThat(Cells.halfWidth("－３，０００")).isEqualTo("-3,000");
		assertThat(Cells.halfWidth("\u22125")).isEqualTo("-5");
		assertThat(Cells.halfWidth("２０２４Ｑ１")).isEqualTo("2024Q1");
		assertThat(Cells.halfWidth("（万元）\u3000")).isEqualTo("(万元) ");
	}

	@Test
	void foldsAndUpperCasesCodesLeavingChineseAlone() {
		assertThat(Cells.foldUpper("ｉ６５１３")).isEqualTo("I6513");
		assertThat(Cells.foldUpper("tech_sme")).isEqualTo("TECH_SME");
		assertThat(Cells.foldUpper("梯队ａ")).isEqualTo("梯队A");
	}

	@Test
	void returnsTheSameTextWhenNothingChanges() {
		String code = "I6513";
		assertThat(Cells.foldUpper(code)).isSameAs(code);
	}

}
