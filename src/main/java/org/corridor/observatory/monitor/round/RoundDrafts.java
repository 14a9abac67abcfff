package org.corridor.observatory.monitor.round;

import java.util.List;

import org.corridor.observatory.monitor.UnpublishedFigures;
import org.corridor.observatory.monitor.imports.ObservationRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of reporting rounds not yet approved by the committee — drafts, submitted
 * and reviewed figures, corrections under way — as unpublished figures for insiders.
 */
@Component
class RoundDrafts implements UnpublishedFigures {

	private final JdbcClient jdbc;

	RoundDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ObservationRecord> listUnpublished(String planId) {
		return this.jdbc
			.sql("select v.indicator_code, v.zone_code, r.obs_year, v.obs_value, r.title, v.note from report_value v"
					+ " join report_round r on r.id = v.round_id join report_round_zone z on z.round_id = v.round_id"
					+ " and z.zone_code = v.zone_code where r.plan_id = ? and z.state <> 'PUBLISHED'"
					+ " and v.obs_value is not null order by r.id")
			.param(planId)
			.query((rs, row) -> new ObservationRecord(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getBigDecimal(4), rs.getString(5), rs.getString(6)))
			.list();
	}

}
