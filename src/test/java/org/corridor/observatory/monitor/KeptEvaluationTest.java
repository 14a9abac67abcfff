package org.corridor.observatory.monitor;

import java.math.BigDecimal;
import java.util.List;

import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.platform.PlatformsChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole plan's evaluation from the published figures is worked out once and kept: a
 * figure changed behind the store's back does not show, until any of the events that say
 * figures, a registry or the zones changed; a question with unpublished figures or an
 * as-of date is always worked out anew.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class KeptEvaluationTest {

	private static final String PLAN = "chengxi-2021";

	private static final String CODE = "DIGITAL_CORE_REVENUE";

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ObservationStore observations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void keepsAPlanEvaluationUntilTheFiguresRegistriesOrZonesChange() {
		this.observations.store(PLAN, "a.csv", "csv", "UTF-8",
				List.of(new ObservationRecord(CODE, "CORRIDOR", 2022, new BigDecimal("8000"), "统计公报", null)), false);
		PlanEvaluation first = this.evaluations.evaluatePlan(PLAN, 2022, null);
		assertThat(actual(first)).isEqualTo(8000.0);
		assertThat(this.evaluations.evaluatePlan(PLAN, 2022, null)).isSameAs(first);

		double value = 8000;
		for (Object event : List.of(new FiguresPublished(PLAN, 0), new RegistryChanged(PLAN),
				new PlatformsChanged(PLAN), new ZonesChanged(PLAN))) {
			value += 100;
			this.jdbc.update("update observation set obs_value = ? where plan_id = ? and indicator_code = ?", value,
					PLAN, CODE);
			PlanEvaluation kept = this.evaluations.evaluatePlan(PLAN, 2022, null);
			assertThat(actual(kept)).as("kept before %s", event).isEqualTo(value - 100);

			this.events.publishEvent(event);
			assertThat(actual(this.evaluations.evaluatePlan(PLAN, 2022, null))).as("after %s", event).isEqualTo(value);
		}
		// the default year's evaluation is kept apart from an explicit year's
		assertThat(this.evaluations.evaluatePlan(PLAN, null, null).year()).isEqualTo(2022);
	}

	private static Double actual(PlanEvaluation evaluation) {
		return evaluation.indicators()
			.stream()
			.filter((e) -> e.indicatorCode().equals(CODE))
			.findFirst()
			.orElseThrow()
			.actual();
	}

}
