package org.corridor.observatory.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The versions of the plan (规划版本): version 1 is the pack as loaded, each approved
 * adjustment of the indicator system is the next. A version is the pack with its own
 * {@code indicators.yaml}, {@code rules.yaml} and {@code decomposition.yaml}
 * ({@link PlanTexts}), stored whole in the database ({@code plan_version}, V16 and V24)
 * and loaded by {@link PlanPackLoader} like the pack itself, so that it is checked as
 * strictly and every field of the format travels with it.
 * <p>
 * <b>The version in force.</b> On a day D the version in force is the approved version
 * with the highest number whose effective date is on or before D; version 1 when there is
 * none. A year Y is evaluated under the version in force on 31 December of Y, or today
 * when that day is still to come: past years under the version of their time, the current
 * year (and any later one) under the current version.
 * <p>
 * This class keeps the versions and their plans; who may propose and approve, and the
 * audit, are the business of the caller (monitor's {@code PlanAdjustments}). Approved
 * versions are taken into memory after their transaction commits.
 */
@Component
public class PlanVersions {

	private static final Logger log = LoggerFactory.getLogger(PlanVersions.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = "id, plan_id, version_number, state, reason, effective_date, indicators_yaml,"
			+ " rules_yaml, decomposition_yaml, proposed_by, proposed_at, decided_by, decided_at, decision_comment";

	private final PackSnapshot pack;

	private final Plan first;

	private final PlanStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The plans of the approved versions, by number. */
	private final Map<Integer, Plan> plans = new ConcurrentHashMap<>();

	/** The approved versions, by number. */
	private volatile List<PlanVersion> approved = List.of();

	PlanVersions(PackBeforeDatabase.LoadedPack loaded, PlanStore store, JdbcClient jdbc, Clock clock) {
		this.pack = loaded.snapshot();
		this.first = loaded.plan();
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
		store.save(this.first);
		recordFirst();
		refresh();
		for (PlanVersion version : this.approved) {
			if (version.number() > 1 && this.plans.containsKey(version.number())) {
				store.save(this.plans.get(version.number()));
			}
		}
	}

	/** Stores version 1 as the pack loaded now; its texts follow the pack's. */
	private void recordFirst() {
		PlanTexts texts = this.pack.texts();
		int updated = this.jdbc
			.sql("update plan_version set indicators_yaml = ?, rules_yaml = ?, decomposition_yaml = ?"
					+ " where plan_id = ? and version_number = 1")
			.params(texts.indicators(), texts.rules(), texts.decomposition(), this.first.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into plan_version (plan_id, version_number, state, reason, effective_date,"
						+ " indicators_yaml, rules_yaml, decomposition_yaml, proposed_by, proposed_at, decided_by,"
						+ " decided_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(this.first.id(), PlanVersion.State.APPROVED.name(), "规划印发 / the plan as issued",
						LocalDate.of(this.first.header().startYear(), 1, 1), texts.indicators(), texts.rules(),
						texts.decomposition(), "system", now(), "system", now())
				.update();
		}
	}

	/**
	 * Takes the approved versions from the database; one that no longer loads is left
	 * out.
	 */
	private void refresh() {
		List<PlanVersion> versions = new ArrayList<>();
		for (PlanVersion version : list()) {
			if (version.state() != PlanVersion.State.APPROVED) {
				continue;
			}
			int number = version.number();
			if (number == 1) {
				this.plans.put(1, this.first);
			}
			else if (!this.plans.containsKey(number)) {
				try {
					this.plans.put(number, load(version.texts()).withVersionNumber(number));
				}
				catch (InvalidPlanPackException ex) {
					log.error("Plan version {} no longer loads with this pack and is left out: {}", number,
							ex.getMessage());
					continue;
				}
			}
			versions.add(version);
		}
		versions.sort(Comparator.comparing(PlanVersion::number));
		this.approved = List.copyOf(versions);
	}

	/** The plan's id. */
	public String planId() {
		return this.first.id();
	}

	/** The plan in force today. */
	public Plan current() {
		return inForceOn(today());
	}

	/** The plan a year is evaluated under (see the class comment). */
	public Plan forYear(int year) {
		return inForceOn(dayFor(year, today()));
	}

	/** The plan in force on a day. */
	public Plan inForceOn(LocalDate day) {
		PlanVersion version = inForce(this.approved, day);
		return (version != null) ? this.plans.getOrDefault(version.number(), this.first) : this.first;
	}

	/** The plan of an approved version. */
	public Optional<Plan> version(int number) {
		return Optional.ofNullable(this.plans.get(number));
	}

	/** The highest approved version: what a new proposal starts from. */
	public PlanVersion latest() {
		return this.approved.get(this.approved.size() - 1);
	}

	/** The approved versions, by number. */
	public List<PlanVersion> listApproved() {
		return this.approved;
	}

	/**
	 * The approved version in force on {@code day}: the highest number whose effective
	 * date is on or before it; null when none is.
	 */
	static PlanVersion inForce(List<PlanVersion> approved, LocalDate day) {
		PlanVersion found = null;
		for (PlanVersion version : approved) {
			if (version.state() == PlanVersion.State.APPROVED && version.number() != null
					&& !version.effectiveDate().isAfter(day) && (found == null || version.number() > found.number())) {
				found = version;
			}
		}
		return found;
	}

	/**
	 * The day whose version a year is evaluated under: 31 December, or today if earlier.
	 */
	static LocalDate dayFor(int year, LocalDate today) {
		LocalDate end = LocalDate.of(year, 12, 31);
		return end.isAfter(today) ? today : end;
	}

	/** Today in Beijing. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(BEIJING));
	}

	/** Every version and proposal, newest first. */
	public List<PlanVersion> list() {
		return this.jdbc.sql("select " + COLUMNS + " from plan_version where plan_id = ? order by id desc")
			.param(this.first.id())
			.query((rs, row) -> new PlanVersion(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
					PlanVersion.State.valueOf(rs.getString(4)), rs.getString(5), rs.getDate(6).toLocalDate(),
					rs.getString(7), orPack(rs.getString(8), this.pack.texts().rules()),
					orPack(rs.getString(9), this.pack.texts().decomposition()), rs.getString(10),
					rs.getTimestamp(11).toInstant(), rs.getString(12),
					(rs.getTimestamp(13) != null) ? rs.getTimestamp(13).toInstant() : null, rs.getString(14)))
			.list();
	}

	/**
	 * A version stored before its rules and decomposition were (V24) has the pack's.
	 */
	private static String orPack(String text, String pack) {
		return (text != null) ? text : pack;
	}

	/** The proposal waiting for a decision, if any. */
	public Optional<PlanVersion> pending() {
		return list().stream().filter((v) -> v.state() == PlanVersion.State.PROPOSED).findFirst();
	}

	public PlanVersion get(long id) {
		return list().stream()
			.filter((v) -> v.id() == id)
			.findFirst()
			.orElseThrow(() -> new PlanVersionConflictException("没有编号为 " + id + " 的规划调整",
					"there is no plan adjustment with id " + id));
	}

	/**
	 * The plan with these texts as its {@code indicators.yaml}, {@code rules.yaml} and
	 * {@code decomposition.yaml}, read by the pack's own readers.
	 * @throws InvalidPlanPackException with every problem of the texts
	 */
	public Plan load(PlanTexts texts) {
		return PlanPackLoader.load(this.pack.with(texts));
	}

	/**
	 * Stores a proposal, or replaces the waiting one when it is the same person's; the
	 * texts are checked first.
	 * @throws InvalidPlanPackException when the texts do not load
	 * @throws PlanVersionConflictException when another person's proposal waits
	 */
	public PlanVersion propose(PlanTexts texts, String reason, LocalDate effectiveDate, String by) {
		load(texts);
		Optional<PlanVersion> pending = pending();
		if (pending.isPresent()) {
			PlanVersion waiting = pending.get();
			if (!waiting.proposedBy().equals(by)) {
				throw new PlanVersionConflictException("已有 " + waiting.proposedBy() + " 提出的调整待审定，请等其审定或退回后再提",
						"a proposal by " + waiting.proposedBy() + " is waiting; propose once it is decided");
			}
			this.jdbc
				.sql("update plan_version set indicators_yaml = ?, rules_yaml = ?, decomposition_yaml = ?, reason = ?,"
						+ " effective_date = ?, proposed_at = ? where id = ?")
				.params(texts.indicators(), texts.rules(), texts.decomposition(), reason, effectiveDate, now(),
						waiting.id())
				.update();
			return get(waiting.id());
		}
		this.jdbc
			.sql("insert into plan_version (plan_id, state, reason, effective_date, indicators_yaml, rules_yaml,"
					+ " decomposition_yaml, proposed_by, proposed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(this.first.id(), PlanVersion.State.PROPOSED.name(), reason, effectiveDate, texts.indicators(),
					texts.rules(), texts.decomposition(), by, now())
			.update();
		return pending().orElseThrow();
	}

	/**
	 * Approves a proposal as the next version, writes its indicators to the database and
	 * takes it into memory once the transaction commits.
	 * @throws PlanVersionConflictException when it is not waiting for a decision
	 * @throws InvalidPlanPackException when its text no longer loads
	 */
	public PlanVersion approve(long id, String by, String comment) {
		PlanVersion proposal = waiting(id);
		Plan plan = load(proposal.texts());
		int number = this.jdbc.sql("select max(version_number) from plan_version where plan_id = ?")
			.param(this.first.id())
			.query(Integer.class)
			.optional()
			.orElse(1) + 1;
		this.jdbc
			.sql("update plan_version set state = ?, version_number = ?, decided_by = ?, decided_at = ?,"
					+ " decision_comment = ? where id = ?")
			.params(PlanVersion.State.APPROVED.name(), number, by, now(), comment, id)
			.update();
		this.store.save(plan.withVersionNumber(number));
		afterCommit(this::refresh);
		return get(id);
	}

	/** Rejects a proposal; it is kept, with the comment. */
	public PlanVersion reject(long id, String by, String comment) {
		waiting(id);
		this.jdbc
			.sql("update plan_version set state = ?, decided_by = ?, decided_at = ?, decision_comment = ? where id = ?")
			.params(PlanVersion.State.REJECTED.name(), by, now(), comment, id)
			.update();
		return get(id);
	}

	private PlanVersion waiting(long id) {
		PlanVersion proposal = get(id);
		if (proposal.state() != PlanVersion.State.PROPOSED) {
			throw new PlanVersionConflictException("此调整已" + proposal.state().zh() + "，不能再审定",
					"this adjustment is already " + proposal.state().en());
		}
		return proposal;
	}

	/**
	 * A version as a pack: the loaded pack's files with the version's
	 * {@code indicators.yaml}, {@code rules.yaml} and {@code decomposition.yaml}, zipped.
	 */
	public byte[] export(int number) {
		PlanVersion version = this.approved.stream()
			.filter((v) -> v.number() == number)
			.findFirst()
			.orElseThrow(
					() -> new PlanVersionConflictException("没有第 " + number + " 版", "there is no version " + number));
		return (number == 1) ? this.pack.zip() : this.pack.with(version.texts()).zip();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
