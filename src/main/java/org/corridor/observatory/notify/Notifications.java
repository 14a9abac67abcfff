package org.corridor.observatory.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.corridor.observatory.security.Account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells accounts things: one notification each in the app, and a mail to each that has an
 * address, sent once the notifications are committed. An account reads its own
 * notifications only.
 */
@Service
public class Notifications {

	/** How many notifications the tasks page lists, newest first. */
	public static final int SHOWN = 50;

	private static final String SELECT = "select n.id, n.kind, n.text_zh, n.text_en, n.link, n.created_at, n.read_at"
			+ " from notification n join app_user u on u.id = n.user_id where u.username = ?";

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Notifications(JdbcClient jdbc, Mailer mailer, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Tells each account the notice: in the app at once (in the caller's transaction), by
	 * mail to those with an address after that transaction commits. Mail failures are
	 * logged by the mailer and never reach the caller.
	 */
	@Transactional
	public void notify(Collection<Account> recipients, Notice notice) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		for (Account account : recipients) {
			this.jdbc
				.sql("insert into notification (user_id, kind, text_zh, text_en, link, created_at)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(account.id(), notice.kind(), notice.textZh(), notice.textEn(), notice.link(), now)
				.update();
		}
		this.events.publishEvent(new NotificationsChanged(null));
		List<String> addresses = recipients.stream().map(Account::email).filter(Objects::nonNull).distinct().toList();
		if (addresses.isEmpty()) {
			return;
		}
		Runnable mail = () -> addresses.forEach((address) -> this.mailer.send(address, notice));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mail.run();
				}
			});
		}
		else {
			mail.run();
		}
	}

	/** An account's latest notifications, newest first, at most {@link #SHOWN}. */
	public List<Notification> list(String username) {
		return this.jdbc.sql(SELECT + " order by n.id desc fetch first " + SHOWN + " rows only")
			.param(username)
			.query(this::notification)
			.list();
	}

	/** How many of an account's notifications are unread. */
	public long unreadCount(String username) {
		return this.jdbc
			.sql("select count(*) from notification n join app_user u on u.id = n.user_id"
					+ " where u.username = ? and n.read_at is null")
			.param(username)
			.query(Long.class)
			.single();
	}

	/**
	 * Opens one of an account's notifications, which marks it read.
	 * @return the notification, or empty when the account has none of that number
	 */
	@Transactional
	public Optional<Notification> open(String username, long id) {
		this.jdbc
			.sql("update notification set read_at = ? where id = ? and read_at is null"
					+ " and user_id = (select id from app_user where username = ?)")
			.params(Timestamp.from(Instant.now(this.clock)), id, username)
			.update();
		this.events.publishEvent(new NotificationsChanged(username));
		return this.jdbc.sql(SELECT + " and n.id = ?").params(username, id).query(this::notification).optional();
	}

	/** Marks every notification of an account read. */
	@Transactional
	public void markAllRead(String username) {
		this.jdbc
			.sql("update notification set read_at = ? where read_at is null"
					+ " and user_id = (select id from app_user where username = ?)")
			.params(Timestamp.from(Instant.now(this.clock)), username)
			.update();
		this.events.publishEvent(new NotificationsChanged(username));
	}

	private Notification notification(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp(7);
		return new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getTimestamp(6).toInstant(), (read != null) ? read.toInstant() : null);
	}

}
