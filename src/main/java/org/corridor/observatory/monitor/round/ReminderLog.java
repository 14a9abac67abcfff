package org.corridor.observatory.monitor.round;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deadline reminders sent: one of each kind per round and zone. */
@Repository
class ReminderLog {

	private final JdbcClient jdbc;

	ReminderLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that a reminder is sent, unless it was before.
	 * @return whether it is recorded now (false: sent before)
	 * @throws org.springframework.dao.DuplicateKeyException when another run records the
	 * same reminder at the same time
	 */
	boolean claim(long round, String zone, String kind, Instant at) {
		long sent = this.jdbc
			.sql("select count(*) from round_reminder where round_id = ? and zone_code = ? and kind = ?")
			.params(round, zone, kind)
			.query(Long.class)
			.single();
		if (sent > 0) {
			return false;
		}
		this.jdbc.sql("insert into round_reminder (round_id, zone_code, kind, sent_at) values (?, ?, ?, ?)")
			.params(round, zone, kind, Timestamp.from(at))
			.update();
		return true;
	}

}
