package org.corridor.observatory.monitor.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.observatory.plan.Baseline;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.ZoneBaseline;
import org.corridor.observatory.plan.ZoneTarget;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The zone targets and baselines uploaded for a plan ({@code zone_target},
 * {@code zone_baseline}). A stored target keeps its year and value; its comparator is the
 * plan target's of that year, so a row whose plan target is gone is left out.
 */
@Repository
class ZoneTargetStore {

	private final JdbcClient jdbc;

	ZoneTargetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Decomposition load(Plan plan) {
		String planId = plan.id();
		List<ZoneTarget> targets = new ArrayList<>();
		List<Stored> stored = this.jdbc
			.sql("select indicator_code, zone_code, target_year, target_value, target_upper from zone_target"
					+ " where plan_id = ? order by indicator_code, zone_code, target_year")
			.param(planId)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), plain(rs.getBigDecimal(4)),
					plain(rs.getBigDecimal(5))))
			.list();
		for (Stored row : stored) {
			Optional<Target> whole = plan.findIndicator(row.indicator()).flatMap((i) -> planTarget(i, row.year()));
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
			.param(planId)
			.query((rs, row) -> new ZoneBaseline(rs.getString(1), rs.getString(2),
					new Baseline(rs.getInt(3), plain(rs.getBigDecimal(4)))))
			.list();
		return new Decomposition(targets, baselines, Map.of());
	}

	/**
	 * Replaces the plan's stored zone targets and baselines with {@code decomposition}'s.
	 */
	void replace(String planId, Decomposition decomposition) {
		this.jdbc.sql("delete from zone_target where plan_id = ?").param(planId).update();
		this.jdbc.sql("delete from zone_baseline where plan_id = ?").param(planId).update();
		for (ZoneTarget target : decomposition.listTargets()) {
			this.jdbc
				.sql("insert into zone_target (plan_id, indicator_code, zone_code, target_year, target_value,"
						+ " target_upper) values (?, ?, ?, ?, ?, ?)")
				.params(planId, target.indicator(), target.zone(), target.target().year(), target.target().value(),
						target.target().upper())
				.update();
		}
		for (ZoneBaseline baseline : decomposition.listBaselines()) {
			this.jdbc
				.sql("insert into zone_baseline (plan_id, indicator_code, zone_code, base_year, base_value)"
						+ " values (?, ?, ?, ?, ?)")
				.params(planId, baseline.indicator(), baseline.zone(), baseline.baseline().year(),
						baseline.baseline().value())
				.update();
		}
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

	private static Optional<Target> planTarget(Indicator indicator, int year) {
		return indicator.targets().stream().filter((t) -> t.year() == year).findFirst();
	}

}
