package org.corridor.observatory.monitor.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoFiguresTest {

	private static final Clock IN_2029 = Clock.fixed(Instant.parse("2029-06-01T00:00:00Z"), ZoneOffset.UTC);

	private static BigDecimal value(List<ObservationRecord> records, String indicator, String zone, int year) {
		return records.stream()
			.filter((r) -> r.indicatorCode().equals(indicator) && r.zoneCode().equals(zone) && r.year() == year)
			.findFirst()
			.orElseThrow()
			.value();
	}

	@Test
	void generatesTheSameFiguresFromTheSameSeed() {
		Plan plan = SamplePacks.riverside();

		List<ObservationRecord> figures = DemoFigures.generate(plan, 7, IN_2029);

		// five indicators, 2025 (baseline) to 2028 (the last complete year)
		assertThat(figures).hasSize(20)
			.isEqualTo(DemoFigures.generate(plan, 7, IN_2029))
			.isNotEqualTo(DemoFigures.generate(plan, 8, IN_2029));
	}

	@Test
	void labelsEveryFigureAsDemoAndStopsAtTheLastCompleteYear() {
		Plan plan = SamplePacks.corridor();
		Clock in2026 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

		List<ObservationRecord> records = DemoFigures.generate(plan, 20210101, in2026);

		assertThat(records).isNotEmpty()
			.allSatisfy((record) -> assertThat(record.source()).startsWith("DEMO"))
			.allSatisfy((record) -> assertThat(record.year()).isBetween(2020, 2025));
		// the districts' shares of an amount add up to the corridor's figure (one decimal
		// each)
		BigDecimal corridor = value(records, "DIGITAL_CORE_REVENUE", "CORRIDOR", 2024);
		BigDecimal districts = records.stream()
			.filter((r) -> r.indicatorCode().equals("DIGITAL_CORE_REVENUE") && r.year() == 2024
					&& !r.zoneCode().equals("CORRIDOR"))
			.map(ObservationRecord::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(districts).isCloseTo(corridor, within(new BigDecimal("0.5")));
		// the reporting districts: 临平区, kept only to split pre-2021 figures, gets none
		assertThat(records).noneMatch((r) -> r.zoneCode().equals("LINPING"));
		// counts stay whole and at the corridor level only
		assertThat(records.stream().filter((r) -> r.indicatorCode().equals("TOP_INSTITUTIONS_ATTRACTED"))).isNotEmpty()
			.allSatisfy((r) -> {
				assertThat(r.zoneCode()).isEqualTo("CORRIDOR");
				assertThat(r.value().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
			});
		// a computed indicator gets no reported figures: the registry gives them
		assertThat(records).noneMatch((r) -> r.indicatorCode().equals("NATIONAL_INNOVATION_CENTRES"));
	}

}
