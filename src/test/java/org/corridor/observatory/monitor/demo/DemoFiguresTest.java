package org.corridor.observatory.monitor.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFiguresTest {

	private static final Clock IN_2029 = Clock.fixed(Instant.parse("2029-06-01T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void generatesTheSameFiguresFromTheSameSeed() {
		Plan plan = SamplePacks.riverside();

		List<ObservationRecord> figures = DemoFigures.generate(plan, 7, IN_2029);

		// two indicators, 2025 (baseline) to 2028 (the last complete year)
		assertThat(figures).hasSize(8)
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
			.allSatisfy((record) -> assertThat(record.year()).isBetween(2020, 2025))
			.allSatisfy((record) -> assertThat(record.zoneCode()).isEqualTo(plan.rootZone().code()));
	}

}
