package org.corridor.observatory.monitor.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corridor.observatory.monitor.adjustment.PlanAdjustments;
import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.ZoneBaseline;
import org.corridor.observatory.plan.ZoneTarget;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The zone targets uploaded before versions of the plan carried them ({@code zone_target}
 * and {@code zone_baseline}, V15, in force at once): on the first start after V24 they
 * are proposed, by the system, as a plan adjustment the corridor approver decides (the
 * same proposal as carried-over rules), and the tables are emptied, so that it happens
 * once. A stored target takes the comparator of the plan's target of its year; one whose
 * plan target is gone is left out. When someone's proposal is already waiting, the rows
 * stay for a later start.
 */
@Component
public class LegacyZoneTargets {

	private static final Logger log = LoggerFactory.getLogger(LegacyZoneTargets.class);

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final PlanAdjustments adjustments;

	LegacyZoneTargets(JdbcClient jdbc, PlanCatalog catalog, PlanAdjustments adjustments) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.adjustments = adjustments;
	}

	/** Proposes the stored zone targets and baselines, once. */
	@EventListener(ApplicationReadyEvent.class)
	public void carryOver() {
		String planId = this.catalog.current().id();
		Plan plan = this.adjustments.draft();
		Decomposition stored = load(plan);
		if (stored.isEmpty() && count(planId) == 0) {
			return;
		}
		Decomposition merged = plan.decomposition().overlaidBy(stored);
		boolean same = merged.listTargets().equals(plan.decomposition().listTargets())
				&& Set.copyOf(merged.listBaselines()).equals(Set.copyOf(plan.decomposition().listBaselines()));
		if (!same) {
			try {
				this.adjustments.proposeDecomposition(stored, PlanAdjustments.CARRIED_OVER,
						LocalDate.now(ZoneId.of("Asia/Shanghai")));
				log.warn("Zone targets uploaded before plan versions were proposed as a plan adjustment; the corridor"
						+ " approver decides it on /indicator-system");
			}
			catch (ImportRejectedException ex) {
				log.warn("Zone targets uploaded before plan versions could not be carried over and are kept for a"
						+ " later start: {}", ex.getMessage());
				return;
			}
			catch (PlanVersionConflictException ex) {
				log.warn("Zone targets uploaded before plan versions wait to be carried over until the waiting"
						+ " proposal is decided");
				return;
			}
		}
		this.jdbc.sql("delete from zone_target where plan_id = ?").param(planId).update();
		this.jdbc.sql("delete from zone_baseline where plan_id = ?").param(planId).update();
	}

	private int count(String planId) {
		return this.jdbc
			.sql("select (select count(*) from zone_target where plan_id = ?)"
					+ " + (select count(*) from zone_baseline where plan_id = ?)")
			.params(planId, planId)
			.query(Integer.class)
			.single();
	}

	private Decomposition load(Plan plan) {
		List<ZoneTarget> targets = new ArrayList<>();
		List<Stored> stored = this.jdbc
			.sql("select indicator_code, zone_code, target_year, target_value, target_upper from zone_target"
					+ " where plan_id = ? order by indicator_code, zone_code, target_year")
			.param(plan.id())
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), plain(rs.getBigDecimal(4)),
					plain(rs.getBigDecimal(5))))
			.list();
		for (Stored row : stored) {
			Optional<Target> whole = plan.findIndicator(row.indicator())
				.flatMap((i) -> i.targets().stream().filter((t) -> t.year() == row.year()).findFirst());
			if (whole.isPresent() && plan.findZone(row.zone()).isPresent()) {
				BigDecimal upper = (whole.get().upper() != null) ? ((row.upper() != null) ? row.upper() : row.value())
						: null;
				targets.add(new ZoneTarget(row.indicator(), row.zone(),
						new Target(row.year(), whole.get().comparator(), row.value(), upper)));
			}
		}
		List<ZoneBaseline> baselines = this.jdbc
			.sql("select indicator_code, zone_code, base_year, base_value from zone_baseline where plan_id = ?"
					+ " order by indicator_code, zone_code")
			.param(plan.id())
			.query((rs, row) -> new ZoneBaseline(rs.getString(1), rs.getString(2),
					new Baseline(rs.getInt(3), plain(rs.getBigDecimal(4)))))
			.list()
			.stream()
			.filter((b) -> plan.findIndicator(b.indicator()).isPresent() && plan.findZone(b.zone()).isPresent())
			.toList();
		return new Decomposition(targets, baselines, Map.of());
	}

	/** A stored zone target as its row holds it. */
	private record Stored(String indicator, String zone, int year, BigDecimal value, BigDecimal upper) {
	}

	/** A stored number without the column's trailing zeros: 2600, not 2600.000000. */
	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
