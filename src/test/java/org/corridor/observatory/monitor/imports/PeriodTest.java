package org.corridor.observatory.monitor.imports;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTest {

	/** Baseline 2020, outlook 2035: figures may go back to 2010. */
	private static final PlanHeader HEADER = new PlanHeader("p", "1", LocalizedText.of("规划", "Plan"),
			LocalizedText.of("规划", "Plan"), LocalizedText.of("文件", "Document"), 2021, 2025, 2020, 2035,
			List.of(2025, 2035));

	@ParameterizedTest
	@CsvSource({ "2023, 2023, 0, 0, 2023", "2023Q2, 2023, 2, 0, 2023Q2", "2023-Q4, 2023, 4, 0, 2023Q4",
			"2023q1, 2023, 1, 0, 2023Q1", "2023-06, 2023, 0, 6, 2023-06", "2023M06, 2023, 0, 6, 2023-06",
			"2023-6, 2023, 0, 6, 2023-06", "' 2023 ', 2023, 0, 0, 2023", "２０２３Ｑ３, 2023, 3, 0, 2023Q3" })
	void parsesEveryWrittenForm(String text, int year, int quarter, int month, String canonical) {
		Period period = Period.parse(text);
		assertThat(period).isEqualTo(new Period(year, quarter, month));
		assertThat(period).hasToString(canonical);
		assertThat(period.isAnnual()).isEqualTo(quarter == 0 && month == 0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "23", "20235", "2023Q", "2023/06", "2023-06-01", "Q2 2023", "abc", "2023年", "2023.0" })
	void rejectsMalformedText(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
			.withMessageContaining("格式无效")
			.withMessageContaining("is malformed");
	}

	@ParameterizedTest
	@CsvSource({ "2023Q0, quarter must be 1–4, not 0", "2023Q5, quarter must be 1–4, not 5",
			"2023-00, month must be 1–12, not 0", "2023M13, month must be 1–12, not 13" })
	void rejectsQuartersAndMonthsThatDoNotExist(String text, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text)).withMessageContaining(reason);
	}

	@Test
	void acceptsYearsFromTheBaseYearToTheCurrentYear() {
		assertThat(Period.parse("2020").requireWithin(HEADER, 2024)).isEqualTo(Period.ofYear(2020));
		assertThat(Period.parse("2024Q1").requireWithin(HEADER, 2024).year()).isEqualTo(2024);
	}

	@Test
	void rejectsYearBeforeTheBaseYear() {
		assertThatExceptionOfType(Period.InvalidPeriodException.class)
			.isThrownBy(() -> Period.parse("2019").requireWithin(HEADER, 2024))
			.satisfies((ex) -> assertThat(ex.zh()).contains("早于规划基期 2020 年（规划范围 2020–2035 年）"))
			.satisfies((ex) -> assertThat(ex.en())
				.contains("before the plan's base year 2020 (the plan covers 2020–2035)"));
	}

	@Test
	void rejectsYearThatHasNotBegun() {
		assertThatExceptionOfType(Period.InvalidPeriodException.class)
			.isThrownBy(() -> Period.parse("2025-01").requireWithin(HEADER, 2024))
			.satisfies((ex) -> assertThat(ex.en()).contains("year 2025 has not begun yet"));
	}

	@Test
	void rejectsYearAfterOutlook() {
		assertThatExceptionOfType(Period.InvalidPeriodException.class)
			.isThrownBy(() -> Period.parse("2036").requireWithin(HEADER, 2040))
			.satisfies((ex) -> assertThat(ex.en()).contains("after the plan's outlook year 2035"));
	}

}
