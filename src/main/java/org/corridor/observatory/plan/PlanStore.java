package org.corridor.observatory.plan;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a loaded plan's identity, indicators and zones to the database. Rows of earlier
 * pack versions are updated, never deleted, so that figures stored against them remain.
 */
@Repository
class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void save(Plan plan) {
		PlanHeader header = plan.header();
		upsert("update plan set version = ?, name_zh = ?, name_en = ?, start_year = ?, end_year = ?,"
				+ " baseline_year = ?, outlook_year = ?, loaded_at = ? where id = ?",
				"insert into plan (version, name_zh, name_en, start_year, end_year, baseline_year, outlook_year,"
						+ " loaded_at, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				header.version(), header.name().zh(), header.name().en(), header.startYear(), header.endYear(),
				header.baselineYear(), header.outlookYear(), Timestamp.from(Instant.now()), plan.id());
		for (Indicator indicator : plan.listIndicators()) {
			upsert("update plan_indicator set name_zh = ?, name_en = ?, unit_zh = ? where plan_id = ? and code = ?",
					"insert into plan_indicator (name_zh, name_en, unit_zh, plan_id, code) values (?, ?, ?, ?, ?)",
					indicator.name().zh(), indicator.name().en(), indicator.unit().zh(), plan.id(),
					indicator.code().value());
		}
		for (Zone zone : plan.listZones()) {
			upsert("update plan_zone set name_zh = ?, name_en = ?, level = ?, parent_code = ?"
					+ " where plan_id = ? and code = ?",
					"insert into plan_zone (name_zh, name_en, level, parent_code, plan_id, code)"
							+ " values (?, ?, ?, ?, ?, ?)",
					zone.name().zh(), zone.name().en(), zone.level().key(), zone.parent(), plan.id(), zone.code());
		}
	}

	private void upsert(String update, String insert, Object... params) {
		if (this.jdbc.sql(update).params(params).update() == 0) {
			this.jdbc.sql(insert).params(params).update();
		}
	}

}
