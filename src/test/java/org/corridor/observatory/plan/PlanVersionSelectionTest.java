package org.corridor.observatory.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which version of the plan a day and a year are evaluated under: the approved version
 * with the highest number whose effective date is on or before the day; a year by its 31
 * December, or by today while that day is still to come.
 */
class PlanVersionSelectionTest {

	private static PlanVersion version(Integer number, PlanVersion.State state, String effective) {
		return new PlanVersion(number != null ? number : 99, "p", number, state, "r", LocalDate.parse(effective), "",
				"", "", "a", Instant.EPOCH, null, null, null);
	}

	private final List<PlanVersion> versions = List.of(version(1, PlanVersion.State.APPROVED, "2021-01-01"),
			version(2, PlanVersion.State.APPROVED, "2023-07-01"), version(3, PlanVersion.State.APPROVED, "2026-01-01"),
			version(null, PlanVersion.State.PROPOSED, "2022-01-01"),
			version(null, PlanVersion.State.REJECTED, "2022-01-01"));

	@Test
	void aDayIsUnderTheHighestApprovedVersionAlreadyEffective() {
		assertThat(PlanVersions.inForce(this.versions, LocalDate.parse("2022-12-31")).number()).isEqualTo(1);
		assertThat(PlanVersions.inForce(this.versions, LocalDate.parse("2023-06-30")).number()).isEqualTo(1);
		assertThat(PlanVersions.inForce(this.versions, LocalDate.parse("2023-07-01")).number()).isEqualTo(2);
		assertThat(PlanVersions.inForce(this.versions, LocalDate.parse("2026-01-01")).number()).isEqualTo(3);
		assertThat(PlanVersions.inForce(this.versions, LocalDate.parse("2020-12-31"))).isNull();
	}

	@Test
	void aLaterVersionWithAnEarlierEffectiveDateWins() {
		List<PlanVersion> backdated = List.of(version(1, PlanVersion.State.APPROVED, "2021-01-01"),
				version(2, PlanVersion.State.APPROVED, "2024-01-01"),
				version(3, PlanVersion.State.APPROVED, "2023-01-01"));
		assertThat(PlanVersions.inForce(backdated, LocalDate.parse("2024-06-01")).number()).isEqualTo(3);
		assertThat(PlanVersions.inForce(backdated, LocalDate.parse("2023-06-01")).number()).isEqualTo(3);
	}

	@Test
	void aYearIsEvaluatedByItsLastDayOrByTodayWhileThatIsToCome() {
		LocalDate today = LocalDate.parse("2026-12-05");
		assertThat(PlanVersions.dayFor(2022, today)).isEqualTo(LocalDate.parse("2022-12-31"));
		assertThat(PlanVersions.dayFor(2023, today)).isEqualTo(LocalDate.parse("2023-12-31"));
		assertThat(PlanVersions.dayFor(2026, today)).isEqualTo(today);
		assertThat(PlanVersions.dayFor(2030, today)).isEqualTo(today);
		// so 2023 is evaluated under version 2 (effective mid-2023), 2022 under version 1
		assertThat(PlanVersions.inForce(this.versions, PlanVersions.dayFor(2023, today)).number()).isEqualTo(2);
		assertThat(PlanVersions.inForce(this.versions, PlanVersions.dayFor(2022, today)).number()).isEqualTo(1);
		assertThat(PlanVersions.inForce(this.versions, PlanVersions.dayFor(2026, today)).number()).isEqualTo(3);
		// a version effective later this year is not yet the current year's
		List<PlanVersion> later = List.of(version(1, PlanVersion.State.APPROVED, "2021-01-01"),
				version(2, PlanVersion.State.APPROVED, "2026-12-20"));
		assertThat(PlanVersions.inForce(later, PlanVersions.dayFor(2026, today)).number()).isEqualTo(1);
	}

}
