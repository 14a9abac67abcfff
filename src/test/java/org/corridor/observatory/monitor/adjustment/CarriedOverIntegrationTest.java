package org.corridor.observatory.monitor.adjustment;

import java.sql.Timestamp;
import java.time.Instant;

import org.corridor.observatory.monitor.targets.LegacyZoneTargets;
import org.corridor.observatory.monitor.validation.LegacyRules;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.plan.PlanVersions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to V24 with rules and zone targets changed the old way (in
 * force at once, in {@code validation_rule} and {@code zone_target}): they are proposed,
 * by the system, as one plan adjustment for the corridor approver to decide, not put in
 * force; the old tables are emptied, so a second start proposes nothing more.
 */
@SpringBootTest(properties = { "observatory.test.context=carried-over", "observatory.demo.enabled=false" })
@ActiveProfiles("test")
@DirtiesContext
class CarriedOverIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegacyRules rules;

	@Autowired
	LegacyZoneTargets targets;

	@Autowired
	PlanVersions versions;

	@Autowired
	PlanAdjustments adjustments;

	@Test
	void rulesAndZoneTargetsOfTheOldTablesBecomeOneProposal() {
		Timestamp now = Timestamp.from(Instant.now());
		String insert = "insert into validation_rule (plan_id, code, name_zh, name_en, left_indicator, left_zones,"
				+ " left_year_offset, operator, right_indicator, right_zones, right_year_offset, tolerance_percent,"
				+ " severity, enabled, origin, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?, ?,"
				+ " ?, 'old-admin', ?)";
		// the pack's rule as seeded, then disabled by an administrator; and one added
		this.jdbc.sql(insert)
			.params("chengxi-2021", "DISTRICTS_ADD_UP_TO_CORRIDOR", "各区县数字经济核心产业营业收入之和与大走廊相符",
					"The districts' digital-economy core revenue adds up to the corridor's", "DIGITAL_CORE_REVENUE",
					"sum:district", "approx", "DIGITAL_CORE_REVENUE", "CORRIDOR", 2, "warning", false, "pack", now)
			.update();
		this.jdbc.sql(insert)
			.params("chengxi-2021", "XIHU_WITHIN", "西湖区不超过大走廊", "Xihu within the corridor", "DIGITAL_CORE_REVENUE",
					"XIHU", "le", "DIGITAL_CORE_REVENUE", "CORRIDOR", 0, "error", true, "admin", now)
			.update();
		this.jdbc
			.sql("insert into zone_target (plan_id, indicator_code, zone_code, target_year, target_value)"
					+ " values ('chengxi-2021', 'DIGITAL_CORE_REVENUE', 'XIHU', 2025, 2600)")
			.update();

		this.rules.carryOver();
		this.targets.carryOver();

		PlanVersion proposal = this.versions.pending().orElseThrow();
		assertThat(proposal.proposedBy()).isEqualTo("system");
		assertThat(proposal.reason()).isEqualTo(PlanAdjustments.CARRIED_OVER);
		assertThat(this.adjustments.ruleChanges(proposal)).extracting((c) -> c.rule().code() + " " + c.kind())
			.containsExactlyInAnyOrder("DISTRICTS_ADD_UP_TO_CORRIDOR DISABLED", "XIHU_WITHIN ADDED");
		assertThat(this.adjustments.zoneTargetChanges(proposal)).singleElement()
			.satisfies((c) -> assertThat(c.line()).contains("XIHU", "> 2600"));
		// not in force
		assertThat(this.versions.current().listRules()).allMatch((r) -> r.enabled());
		assertThat(this.versions.current().decomposition().isEmpty()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from validation_rule").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from zone_target").query(Integer.class).single()).isZero();

		this.rules.carryOver();
		this.targets.carryOver();
		assertThat(this.versions.list()).hasSize(2);
	}

}
