package org.corridor.observatory.monitor.validation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.RuleOperator;
import org.corridor.observatory.plan.Severity;
import org.corridor.observatory.plan.ZoneSet;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules an administrator edited before versions of the plan carried them (kept in
 * {@code validation_rule}, V14, and in force at once): on the first start after V24 those
 * that differ from the latest version are proposed, by the system, as a plan adjustment
 * the corridor approver decides, and the table is emptied, so that it happens once. When
 * someone's proposal is already waiting, the rows stay for a later start. The proposal is
 * its own transaction (a refused one must not spoil another), the emptying another.
 */
@Component
public class LegacyRules {

	private static final Logger log = LoggerFactory.getLogger(LegacyRules.class);

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final PlanAdjustments adjustments;

	LegacyRules(JdbcClient jdbc, PlanCatalog catalog, PlanAdjustments adjustments) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.adjustments = adjustments;
	}

	/** Proposes the stored rules that differ from the latest version, once. */
	@EventListener(ApplicationReadyEvent.class)
	public void carryOver() {
		String planId = this.catalog.current().id();
		List<FigureRule> stored = this.jdbc.sql("select * from validation_rule where plan_id = ? order by id")
			.param(planId)
			.query((rs, row) -> read(rs))
			.list();
		if (stored.isEmpty()) {
			return;
		}
		List<FigureRule> latest = this.adjustments.draft().listRules().stream().map(LegacyRules::normal).toList();
		if (!latest.containsAll(stored.stream().map(LegacyRules::normal).toList())) {
			try {
				this.adjustments.proposeRules(stored, PlanAdjustments.CARRIED_OVER,
						LocalDate.now(ZoneId.of("Asia/Shanghai")));
				log.warn("Rules edited before plan versions were proposed as a plan adjustment; the corridor approver"
						+ " decides it on /indicator-system");
			}
			catch (ImportRejectedException ex) {
				log.warn(
						"Rules edited before plan versions could not be carried over and are kept for a later start: {}",
						ex.getMessage());
				return;
			}
			catch (PlanVersionConflictException ex) {
				log.warn("Rules edited before plan versions wait to be carried over until the waiting proposal is"
						+ " decided");
				return;
			}
		}
		this.jdbc.sql("delete from validation_rule where plan_id = ?").param(planId).update();
	}

	private static FigureRule normal(FigureRule rule) {
		return new FigureRule(rule.code(), rule.name(), rule.left(), rule.operator(), rule.right(),
				rule.tolerancePercent().stripTrailingZeros(), rule.severity(), rule.enabled());
	}

	private static FigureRule read(ResultSet rs) throws SQLException {
		return new FigureRule(rs.getString("code"), LocalizedText.of(rs.getString("name_zh"), rs.getString("name_en")),
				new FigureRule.Side(rs.getString("left_indicator"), ZoneSet.parse(rs.getString("left_zones")),
						rs.getInt("left_year_offset")),
				RuleOperator.parse(rs.getString("operator")),
				new FigureRule.Side(rs.getString("right_indicator"), ZoneSet.parse(rs.getString("right_zones")),
						rs.getInt("right_year_offset")),
				rs.getBigDecimal("tolerance_percent").stripTrailingZeros(),
				Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)), rs.getBoolean("enabled"));
	}

}
