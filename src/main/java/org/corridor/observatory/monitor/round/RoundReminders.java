package org.corridor.observatory.monitor.round;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.corridor.observatory.notify.Notice;
import org.corridor.observatory.notify.Notifications;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.security.Account;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * Reminds the reporters of a zone (enabled accounts with the role 区县填报 whose zones hold
 * it), in the app and by mail, with a link to the zone's form:
 * <ul>
 * <li>when its figures are returned to them — by a reviewer or the approver, or
 * un-approved for a correction — with the comment given, once the step commits;</li>
 * <li>while they are still a draft or returned, {@code observatory.reminders.days-before}
 * days before the deadline and once the deadline has passed: each of these two once per
 * round and zone, however often the daily job ({@code observatory.reminders.cron},
 * Beijing time) runs, and not before the zone has a reporter.</li>
 * </ul>
 * A reminder that fails is logged; the round's step stands.
 */
@Component
public class RoundReminders {

	/** The kind of the reminder before the deadline. */
	public static final String DUE = "due";

	/** The kind of the reminder after the deadline. */
	public static final String OVERDUE = "overdue";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Logger log = LoggerFactory.getLogger(RoundReminders.class);

	private final RoundStore store;

	private final ReminderLog sent;

	private final PlanCatalog catalog;

	private final AccountStore accounts;

	private final Notifications notifications;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int daysBefore;

	RoundReminders(RoundStore store, ReminderLog sent, PlanCatalog catalog, AccountStore accounts,
			Notifications notifications, MessageSource messages, PlatformTransactionManager transactions, Clock clock,
			@Value("${observatory.reminders.days-before}") int daysBefore) {
		this.store = store;
		this.sent = sent;
		this.catalog = catalog;
		this.accounts = accounts;
		this.notifications = notifications;
		this.messages = messages;
		// its own transaction: after a step commits, the step's is still bound
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	/** Tells the reporters that their zone's figures are back with them. */
	@TransactionalEventListener(fallbackExecution = true)
	void onStep(RoundStepTaken taken) {
		RoundEvent step = taken.step();
		if (step.to() != RoundState.RETURNED) {
			return;
		}
		String kind = step.action().equals("unapprove") ? "unapproved" : "returned";
		String by = this.accounts.findAccount(step.actor()).map(Account::displayName).orElse(step.actor());
		try {
			this.transactions.executeWithoutResult((status) -> this.notifications.notify(reporters(step.zone()),
					notice(kind, taken.round(), step.zone(), (locale) -> new Object[] { by, step.note() })));
		}
		catch (RuntimeException ex) {
			log.warn("The reporters of {} in round {} were not told of the {}: {}", step.zone(), taken.round().id(),
					kind, ex.toString());
		}
	}

	@Scheduled(cron = "${observatory.reminders.cron}", zone = "Asia/Shanghai")
	void daily() {
		int reminded = remindDue();
		if (reminded > 0) {
			log.info("Deadline reminders sent for {} zone(s)", reminded);
		}
	}

	/** Sends the deadline reminders due today, Beijing time. */
	public int remindDue() {
		return remindDue(LocalDate.now(this.clock.withZone(CHINA)));
	}

	/**
	 * Sends the deadline reminders due on a day, except those sent before.
	 * @return for how many zones a reminder went out
	 */
	public int remindDue(LocalDate today) {
		int reminded = 0;
		for (Round round : this.store.listRounds(this.catalog.current().id())) {
			long daysLeft = ChronoUnit.DAYS.between(today, round.deadline());
			String kind = (daysLeft < 0) ? OVERDUE : (daysLeft <= this.daysBefore) ? DUE : null;
			if (kind == null) {
				continue;
			}
			for (ZoneProgress progress : this.store.listProgress(round, today)) {
				if (progress.state().isEditable() && remind(round, progress, kind, daysLeft)) {
					reminded++;
				}
			}
		}
		return reminded;
	}

	private boolean remind(Round round, ZoneProgress progress, String kind, long daysLeft) {
		List<Account> reporters = reporters(progress.zone());
		if (reporters.isEmpty()) {
			return false;
		}
		Notice notice = notice(kind, round, progress.zone(), (locale) -> new Object[] { round.deadline().toString(),
				daysLeft, locale.equals(ZH) ? progress.state().zh() : progress.state().en() });
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (!this.sent.claim(round.id(), progress.zone(), kind, Instant.now(this.clock))) {
					return false;
				}
				this.notifications.notify(reporters, notice);
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			return false; // another run sent it just now
		}
	}

	private List<Account> reporters(String zone) {
		return this.accounts.listAccounts()
			.stream()
			.filter((account) -> account.enabled() && account.role() == Role.REPORTER && account.zones().contains(zone))
			.toList();
	}

	/**
	 * A notice from the messages {@code notification.<kind>.subject} and {@code .text},
	 * with the round's title and the zone's name as arguments 0 and 1, then {@code more}.
	 */
	private Notice notice(String kind, Round round, String zone, Function<Locale, Object[]> more) {
		String link = "/rounds/" + round.id() + "/zones/" + UriUtils.encodePathSegment(zone, StandardCharsets.UTF_8);
		return new Notice(kind, text(kind, "subject", ZH, round, zone, more),
				text(kind, "subject", Locale.ENGLISH, round, zone, more), text(kind, "text", ZH, round, zone, more),
				text(kind, "text", Locale.ENGLISH, round, zone, more), link);
	}

	private String text(String kind, String part, Locale locale, Round round, String zone,
			Function<Locale, Object[]> more) {
		String name = this.catalog.getPlan(round.planId())
			.findZone(zone)
			.map(Zone::name)
			.map((n) -> n.in(locale))
			.orElse(zone);
		Object[] args = Stream.concat(Stream.of(round.title(), name), Stream.of(more.apply(locale))).toArray();
		return this.messages.getMessage("notification." + kind + "." + part, args, locale);
	}

}
