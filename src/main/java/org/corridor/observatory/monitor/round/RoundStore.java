package org.corridor.observatory.monitor.round;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Keeps the rounds, each zone's state and figures, and every step taken. It writes what
 * {@link RoundService} decides and checks nothing itself.
 */
@Repository
class RoundStore {

	private final JdbcClient jdbc;

	RoundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertRound(String planId, int year, String title, LocalDate deadline, String openedBy, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into report_round (plan_id, obs_year, title, deadline, opened_by, opened_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(planId, year, title, Date.valueOf(deadline), openedBy, Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void insertIndicator(long round, String indicator) {
		this.jdbc.sql("insert into report_round_indicator (round_id, indicator_code) values (?, ?)")
			.params(round, indicator)
			.update();
	}

	void insertZone(long round, String zone, RoundState state, String actor, Instant at) {
		this.jdbc
			.sql("insert into report_round_zone (round_id, zone_code, state, changed_at, changed_by)"
					+ " values (?, ?, ?, ?, ?)")
			.params(round, zone, state.name(), Timestamp.from(at), actor)
			.update();
	}

	void updateState(long round, String zone, RoundState state, String actor, Instant at) {
		this.jdbc
			.sql("update report_round_zone set state = ?, changed_at = ?, changed_by = ? where round_id = ?"
					+ " and zone_code = ?")
			.params(state.name(), Timestamp.from(at), actor, round, zone)
			.update();
	}

	void saveFigure(long round, String zone, RoundFigure figure, String actor, Instant at) {
		int updated = this.jdbc
			.sql("update report_value set obs_value = ?, note = ?, changed_at = ?, changed_by = ? where round_id = ?"
					+ " and zone_code = ? and indicator_code = ?")
			.params(figure.value(), figure.note(), Timestamp.from(at), actor, round, zone, figure.indicator())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into report_value (round_id, zone_code, indicator_code, obs_value, note, changed_at,"
						+ " changed_by) values (?, ?, ?, ?, ?, ?, ?)")
				.params(round, zone, figure.indicator(), figure.value(), figure.note(), Timestamp.from(at), actor)
				.update();
		}
	}

	void insertEvent(long round, RoundEvent event) {
		this.jdbc
			.sql("insert into report_event (round_id, zone_code, action, from_state, to_state, actor, at_time, note)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(round, event.zone(), event.action(), (event.from() != null) ? event.from().name() : null,
					event.to().name(), event.actor(), Timestamp.from(event.at()), event.note())
			.update();
	}

	Optional<Round> findRound(long id) {
		return this.jdbc
			.sql("select id, plan_id, obs_year, title, deadline, opened_by, opened_at from report_round where id = ?")
			.param(id)
			.query(this::round)
			.optional();
	}

	List<Round> listRounds(String planId) {
		return this.jdbc
			.sql("select id, plan_id, obs_year, title, deadline, opened_by, opened_at from report_round"
					+ " where plan_id = ? order by id desc")
			.param(planId)
			.query(this::round)
			.list();
	}

	Optional<RoundState> findState(long round, String zone) {
		return this.jdbc.sql("select state from report_round_zone where round_id = ? and zone_code = ?")
			.params(round, zone)
			.query((rs, row) -> RoundState.valueOf(rs.getString(1)))
			.optional();
	}

	List<ZoneProgress> listProgress(Round round, LocalDate today) {
		return this.jdbc
			.sql("select z.zone_code, z.state, z.changed_at, z.changed_by, (select count(*) from report_value v"
					+ " where v.round_id = z.round_id and v.zone_code = z.zone_code and v.obs_value is not null)"
					+ " from report_round_zone z where z.round_id = ? order by z.zone_code")
			.param(round.id())
			.query((rs, row) -> {
				RoundState state = RoundState.valueOf(rs.getString(2));
				return new ZoneProgress(rs.getString(1), state, rs.getTimestamp(3).toInstant(), rs.getString(4),
						rs.getInt(5), state.isEditable() && today.isAfter(round.deadline()));
			})
			.list();
	}

	List<RoundFigure> listFigures(long round, String zone) {
		return this.jdbc
			.sql("select indicator_code, obs_value, note from report_value where round_id = ? and zone_code = ?"
					+ " order by indicator_code")
			.params(round, zone)
			.query((rs, row) -> new RoundFigure(rs.getString(1),
					(rs.getBigDecimal(2) != null) ? rs.getBigDecimal(2).stripTrailingZeros() : null, rs.getString(3)))
			.list();
	}

	List<RoundEvent> listEvents(long round) {
		return this.jdbc
			.sql("select zone_code, action, from_state, to_state, actor, at_time, note from report_event"
					+ " where round_id = ? order by id desc")
			.param(round)
			.query((rs, row) -> new RoundEvent(rs.getString(1), rs.getString(2),
					(rs.getString(3) != null) ? RoundState.valueOf(rs.getString(3)) : null,
					RoundState.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getString(7)))
			.list();
	}

	private Round round(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong(1);
		List<String> indicators = this.jdbc
			.sql("select indicator_code from report_round_indicator where round_id = ? order by indicator_code")
			.param(id)
			.query(String.class)
			.list();
		List<String> zones = this.jdbc
			.sql("select zone_code from report_round_zone where round_id = ? order by zone_code")
			.param(id)
			.query(String.class)
			.list();
		return new Round(id, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getDate(5).toLocalDate(), indicators,
				zones, rs.getString(6), rs.getTimestamp(7).toInstant());
	}

}
