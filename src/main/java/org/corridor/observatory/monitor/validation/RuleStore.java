package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.RuleOperator;
import org.corridor.observatory.plan.Severity;
import org.corridor.observatory.plan.ZoneSet;
import org.corridor.observatory.security.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules between figures in force, per plan: seeded from the pack (a code once seeded
 * is never seeded again, so an administrator's edit stays), then added, edited, enabled
 * and disabled by the administrator; every change audited in its transaction.
 */
@Repository
public class RuleStore {

	private static final String COLUMNS = "id, code, name_zh, name_en, left_indicator, left_zones, left_year_offset,"
			+ " operator, right_indicator, right_zones, right_year_offset, tolerance_percent, severity, enabled,"
			+ " origin, changed_by, changed_at";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	RuleStore(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stores the pack's rules that are not stored yet. */
	@Transactional
	public int seed(Plan plan) {
		int seeded = 0;
		for (FigureRule rule : plan.listRules()) {
			if (findRule(plan.id(), rule.code()).isEmpty()) {
				insert(plan.id(), rule, "pack");
				this.audit.record("seed", "validation-rule", plan.id() + "/" + rule.code(), null, null, describe(rule));
				seeded++;
			}
		}
		return seeded;
	}

	public List<StoredRule> listRules(String planId) {
		return this.jdbc.sql("select " + COLUMNS + " from validation_rule where plan_id = ? order by id")
			.param(planId)
			.query((rs, row) -> read(rs))
			.list();
	}

	/** The enabled rules. */
	public List<FigureRule> listEnabled(String planId) {
		return listRules(planId).stream().map(StoredRule::rule).filter(FigureRule::enabled).toList();
	}

	public Optional<StoredRule> findRule(String planId, String code) {
		return this.jdbc.sql("select " + COLUMNS + " from validation_rule where plan_id = ? and code = ?")
			.params(planId, code)
			.query((rs, row) -> read(rs))
			.optional();
	}

	/** Adds a rule, or replaces the one with its code; audited. */
	@Transactional
	public StoredRule save(String planId, FigureRule rule) {
		Optional<StoredRule> before = findRule(planId, rule.code());
		if (before.isPresent()) {
			this.jdbc.sql("update validation_rule set name_zh = ?, name_en = ?, left_indicator = ?, left_zones = ?,"
					+ " left_year_offset = ?, operator = ?, right_indicator = ?, right_zones = ?, right_year_offset = ?,"
					+ " tolerance_percent = ?, severity = ?, enabled = ?, changed_by = ?, changed_at = ? where id = ?")
				.params(rule.name().zh(), rule.name().en(), rule.left().indicator(), rule.left().zones().toString(),
						rule.left().yearOffset(), rule.operator().key(), rule.right().indicator(),
						rule.right().zones().toString(), rule.right().yearOffset(), rule.tolerancePercent(),
						rule.severity().key(), rule.enabled(), Actor.current().username(),
						Timestamp.from(Instant.now(this.clock)), before.get().id())
				.update();
		}
		else {
			insert(planId, rule, "admin");
		}
		this.audit.record(before.isPresent() ? "edit" : "add", "validation-rule", planId + "/" + rule.code(), null,
				before.map((stored) -> describe(stored.rule())).orElse(null), describe(rule));
		return findRule(planId, rule.code()).orElseThrow();
	}

	private void insert(String planId, FigureRule rule, String origin) {
		this.jdbc
			.sql("insert into validation_rule (plan_id, code, name_zh, name_en, left_indicator, left_zones,"
					+ " left_year_offset, operator, right_indicator, right_zones, right_year_offset, tolerance_percent,"
					+ " severity, enabled, origin, changed_by, changed_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(planId, rule.code(), rule.name().zh(), rule.name().en(), rule.left().indicator(),
					rule.left().zones().toString(), rule.left().yearOffset(), rule.operator().key(),
					rule.right().indicator(), rule.right().zones().toString(), rule.right().yearOffset(),
					rule.tolerancePercent(), rule.severity().key(), rule.enabled(), origin, Actor.current().username(),
					Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	static java.util.Map<String, Object> describe(FigureRule rule) {
		return AuditLog.fields("code", rule.code(), "name", rule.name().zh(), "formula", rule.formula(), "severity",
				rule.severity().key(), "enabled", rule.enabled());
	}

	private static StoredRule read(ResultSet rs) throws SQLException {
		FigureRule rule = new FigureRule(rs.getString("code"),
				LocalizedText.of(rs.getString("name_zh"), rs.getString("name_en")),
				new FigureRule.Side(rs.getString("left_indicator"), ZoneSet.parse(rs.getString("left_zones")),
						rs.getInt("left_year_offset")),
				RuleOperator.parse(rs.getString("operator")),
				new FigureRule.Side(rs.getString("right_indicator"), ZoneSet.parse(rs.getString("right_zones")),
						rs.getInt("right_year_offset")),
				rs.getBigDecimal("tolerance_percent").stripTrailingZeros(),
				Severity.valueOf(rs.getString("severity").toUpperCase(java.util.Locale.ROOT)),
				rs.getBoolean("enabled"));
		return new StoredRule(rs.getLong("id"), rule, rs.getString("origin"), rs.getString("changed_by"),
				rs.getTimestamp("changed_at").toInstant());
	}

}
