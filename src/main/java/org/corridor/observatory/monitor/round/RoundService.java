package org.corridor.observatory.monitor.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.imports.ObservationFileReader;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting rounds (填报 → 审核 → 审定 → 发布): who may take which step, checked here for every
 * path (page, upload, API) — a reporter or reviewer only for the zones of their account —
 * and every step recorded as a round event and in the audit. A step from one state to
 * another is also published as a {@link RoundStepTaken} (for listeners after it commits).
 */
@Service
public class RoundService {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RoundStore store;

	private final ObservationStore observations;

	private final PlanCatalog catalog;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SubmissionRules rules;

	RoundService(RoundStore store, ObservationStore observations, PlanCatalog catalog, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, SubmissionRules rules) {
		this.rules = rules;
		this.store = store;
		this.observations = observations;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** Opens a round: the corridor approver (or an administrator). */
	@Transactional
	public Round open(String planId, int year, String title, LocalDate deadline, List<String> indicators,
			List<String> zones) {
		Actor actor = Actor.current();
		require(actor.is(Role.APPROVER) || actor.is(Role.ADMIN) || actor.isSystem(), "开启填报轮次", "open a round");
		Plan plan = this.catalog.getPlan(planId);
		List<ImportProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank() || title.length() > 200) {
			problems.add(ImportProblem.ofFile("名称须为 1–200 个字符", "the title must be 1–200 characters"));
		}
		if (year < plan.header().baselineYear() || year > plan.header().outlookYear()) {
			problems.add(ImportProblem.ofFile(
					"年度 " + year + " 不在规划范围（" + plan.header().baselineYear() + "–" + plan.header().outlookYear() + "）内",
					"the year " + year + " lies outside the plan (" + plan.header().baselineYear() + "–"
							+ plan.header().outlookYear() + ")"));
		}
		if (deadline == null) {
			problems.add(ImportProblem.ofFile("须给出截止日期", "a deadline is needed"));
		}
		Set<String> asked = new LinkedHashSet<>(indicators);
		if (asked.isEmpty()) {
			problems.add(ImportProblem.ofFile("至少选一个指标", "choose at least one indicator"));
		}
		for (String code : asked) {
			if (plan.findIndicator(code).isEmpty()) {
				problems
					.add(ImportProblem.ofFile("指标 " + code + " 不在规划中", "indicator " + code + " is not in the plan"));
			}
			else if (plan.getIndicator(code).query() != null) {
				problems.add(ImportProblem.ofFile("指标 " + code + " 由登记库计算，不需填报",
						"indicator " + code + " is computed from a registry and is not reported"));
			}
		}
		Set<String> zoneSet = new LinkedHashSet<>(zones);
		if (zoneSet.isEmpty()) {
			problems.add(ImportProblem.ofFile("至少选一个空间单元", "choose at least one zone"));
		}
		for (String zone : zoneSet) {
			if (plan.findZone(zone).isEmpty()) {
				problems.add(ImportProblem.ofFile("空间单元 " + zone + " 不在规划中", "zone " + zone + " is not in the plan"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		Instant now = Instant.now(this.clock);
		long id = this.store.insertRound(planId, year, title.strip(), deadline, actor.username(), now);
		asked.forEach((code) -> this.store.insertIndicator(id, code));
		for (String zone : zoneSet) {
			this.store.insertZone(id, zone, RoundState.DRAFT, actor.username(), now);
			this.store.insertEvent(id,
					new RoundEvent(zone, "open", null, RoundState.DRAFT, actor.username(), now, null));
		}
		Round round = getRound(id);
		this.audit.record("open", "round", planId + "/" + id, null, null, round);
		return round;
	}

	public Round getRound(long id) {
		return this.store.findRound(id)
			.orElseThrow(() -> new IllegalArgumentException("没有此填报轮次 / no such round: " + id));
	}

	/**
	 * The rounds of a plan, newest first; a scoped account sees the rounds of its zones.
	 */
	public List<Round> listRounds(String planId) {
		Actor actor = Actor.current();
		return this.store.listRounds(planId)
			.stream()
			.filter((round) -> round.zones().stream().anyMatch((zone) -> mayRead(actor, zone)))
			.toList();
	}

	/** Every zone of a round and where it stands; a scoped account sees its own zones. */
	public List<ZoneProgress> listProgress(long roundId) {
		Round round = getRound(roundId);
		Actor actor = Actor.current();
		return this.store.listProgress(round, today())
			.stream()
			.filter((progress) -> mayRead(actor, progress.zone()))
			.toList();
	}

	public List<RoundEvent> listEvents(long roundId) {
		Actor actor = Actor.current();
		return this.store.listEvents(roundId).stream().filter((event) -> mayRead(actor, event.zone())).toList();
	}

	/** A zone's figures in a round, one per indicator asked, filled or not. */
	public List<RoundFigure> listFigures(long roundId, String zone) {
		Round round = getRound(roundId);
		requireZone(round, zone, false);
		Map<String, RoundFigure> stored = this.store.listFigures(roundId, zone)
			.stream()
			.collect(Collectors.toMap(RoundFigure::indicator, Function.identity()));
		return round.indicators()
			.stream()
			.map((code) -> stored.getOrDefault(code, new RoundFigure(code, null, null)))
			.toList();
	}

	public RoundState getState(long roundId, String zone) {
		return this.store.findState(roundId, zone)
			.orElseThrow(() -> new IllegalArgumentException(
					"空间单元 " + zone + " 不在此轮次中 / zone " + zone + " is not asked in this round"));
	}

	/**
	 * Saves the reporter's figures as a draft; a blank value clears one. Every value is
	 * checked as an imported figure would be, and nothing is saved when any fails.
	 * @param values indicator code → value as typed (blank for none)
	 * @param notes indicator code → note
	 */
	@Transactional
	public List<RoundFigure> saveDraft(long roundId, String zone, Map<String, String> values,
			Map<String, String> notes) {
		Round round = getRound(roundId);
		Actor actor = requireReporter(round, zone);
		RoundState state = getState(roundId, zone);
		if (!state.isEditable()) {
			throw new RoundConflictException("此空间单元的数据已" + state.zh() + "，不能修改 / the figures of this zone are "
					+ state.en() + " and cannot be changed");
		}
		Plan plan = this.catalog.getPlan(round.planId());
		List<ImportProblem> problems = new ArrayList<>();
		List<RoundFigure> figures = new ArrayList<>();
		for (String code : round.indicators()) {
			String text = values.getOrDefault(code, "").strip();
			String note = notes.getOrDefault(code, "").strip();
			if (text.isEmpty()) {
				figures.add(new RoundFigure(code, null, note.isEmpty() ? null : note));
				continue;
			}
			try {
				ObservationRecord record = ObservationFileReader.checkFigure(plan, currentYear(), code, zone,
						round.year(), text, note, this.observations.published(round.planId()));
				figures.add(new RoundFigure(code, record.value(), record.note()));
			}
			catch (ImportRejectedException ex) {
				ex.problems()
					.forEach((problem) -> problems
						.add(new ImportProblem(0, code, problem.value(), problem.zh(), problem.en())));
			}
		}
		values.keySet()
			.stream()
			.filter((code) -> !round.indicators().contains(code))
			.forEach((code) -> problems.add(new ImportProblem(0, code, values.get(code), "此轮次没有这个指标",
					"the round does not ask for this indicator")));
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		Instant now = Instant.now(this.clock);
		List<RoundFigure> before = listFigures(roundId, zone);
		figures.forEach((figure) -> this.store.saveFigure(roundId, zone, figure, actor.username(), now));
		this.store.insertEvent(roundId, new RoundEvent(zone, "save", state, state, actor.username(), now, null));
		this.audit.record("save", "round-figures", round.planId() + "/" + roundId + "/" + zone, zone, before, figures);
		return listFigures(roundId, zone);
	}

	/**
	 * The problems of one figure as typed, checked as an import would; none when good.
	 */
	public List<ImportProblem> check(long roundId, String zone, String indicator, String value) {
		Round round = getRound(roundId);
		requireReporter(round, zone);
		try {
			ObservationFileReader.checkFigure(this.catalog.getPlan(round.planId()), currentYear(), indicator, zone,
					round.year(), value, null, this.observations.published(round.planId()));
			return List.of();
		}
		catch (ImportRejectedException ex) {
			return ex.problems();
		}
	}

	/**
	 * Submits a zone's figures for review: every indicator filled in, no rule between
	 * figures broken at error level, every warning acknowledged with a comment.
	 */
	@Transactional
	public void submit(long roundId, String zone) {
		Round round = getRound(roundId);
		requireReporter(round, zone);
		List<RoundFigure> figures = listFigures(roundId, zone);
		List<ImportProblem> missing = figures.stream()
			.filter((figure) -> figure.value() == null)
			.map((figure) -> new ImportProblem(0, figure.indicator(), null, "尚未填写", "not filled in"))
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportRejectedException(missing);
		}
		this.rules.check(round, zone, figures);
		move(round, zone, "submit", Set.of(RoundState.DRAFT, RoundState.RETURNED), RoundState.SUBMITTED, null);
	}

	/** The district reviewer approves a zone's submitted figures. */
	@Transactional
	public void approve(long roundId, String zone, String comment) {
		Round round = getRound(roundId);
		Actor actor = Actor.current();
		require(actor.is(Role.ADMIN) || (actor.is(Role.REVIEWER) && actor.mayWorkOn(zone)), "审核此空间单元的数据",
				"review the figures of this zone");
		move(round, zone, "approve", Set.of(RoundState.SUBMITTED), RoundState.DISTRICT_APPROVED, comment);
	}

	/**
	 * The reviewer or the approver returns a zone's figures to its reporter, with a
	 * comment.
	 */
	@Transactional
	public void sendBack(long roundId, String zone, String comment) {
		Round round = getRound(roundId);
		Actor actor = Actor.current();
		require(actor.is(Role.ADMIN) || actor.is(Role.APPROVER) || (actor.is(Role.REVIEWER) && actor.mayWorkOn(zone)),
				"退回此空间单元的数据", "return the figures of this zone");
		requireText(comment, "退回须说明原因", "a return needs a comment");
		move(round, zone, "return", Set.of(RoundState.SUBMITTED, RoundState.DISTRICT_APPROVED), RoundState.RETURNED,
				comment);
	}

	/**
	 * The corridor approver approves (审定) a zone's reviewed figures, which publishes
	 * them: they replace the published figures (kept as revisions) and are locked.
	 */
	@Transactional
	public ImportBatch publish(long roundId, String zone, String comment) {
		Round round = getRound(roundId);
		Actor actor = Actor.current();
		require(actor.is(Role.ADMIN) || actor.is(Role.APPROVER), "审定发布数据", "approve and publish figures");
		move(round, zone, "publish", Set.of(RoundState.DISTRICT_APPROVED), RoundState.PUBLISHED, comment);
		List<ObservationRecord> records = listFigures(roundId, zone).stream()
			.map((figure) -> new ObservationRecord(figure.indicator(), zone, round.year(), figure.value(),
					"填报轮次 " + round.title() + " / round " + roundId, figure.note()))
			.toList();
		return this.observations.store(round.planId(), "round " + roundId + " " + zone, "ROUND", null, records, false);
	}

	/**
	 * Un-approves published figures for a correction, with a reason: the reporter may
	 * change them again, and the published values stay until the correction is published.
	 */
	@Transactional
	public void unapprove(long roundId, String zone, String reason) {
		Round round = getRound(roundId);
		Actor actor = Actor.current();
		require(actor.is(Role.ADMIN) || actor.is(Role.APPROVER), "撤销审定", "un-approve published figures");
		requireText(reason, "撤销审定须说明原因", "un-approving needs a reason");
		move(round, zone, "unapprove", Set.of(RoundState.PUBLISHED), RoundState.RETURNED, reason);
	}

	private void move(Round round, String zone, String action, Set<RoundState> from, RoundState to, String note) {
		RoundState state = getState(round.id(), zone);
		if (!from.contains(state)) {
			throw new RoundConflictException("空间单元 " + zone + " 的数据" + state.zh() + "，不能" + action
					+ " / the figures of zone " + zone + " are " + state.en() + ": cannot " + action);
		}
		Actor actor = Actor.current();
		Instant now = Instant.now(this.clock);
		String comment = (note == null || note.isBlank()) ? null : note.strip();
		this.store.updateState(round.id(), zone, to, actor.username(), now);
		RoundEvent event = new RoundEvent(zone, action, state, to, actor.username(), now, comment);
		this.store.insertEvent(round.id(), event);
		this.audit.record(action, "round-zone", round.planId() + "/" + round.id() + "/" + zone, zone,
				AuditLog.fields("state", state), AuditLog.fields("state", to, "comment", comment));
		this.events.publishEvent(new RoundStepTaken(round, event));
	}

	private Actor requireReporter(Round round, String zone) {
		requireZone(round, zone, true);
		Actor actor = Actor.current();
		require(actor.is(Role.ADMIN) || (actor.is(Role.REPORTER) && actor.mayWorkOn(zone)), "填报此空间单元的数据",
				"fill in the figures of this zone");
		return actor;
	}

	private void requireZone(Round round, String zone, boolean writing) {
		if (!round.zones().contains(zone)) {
			throw new IllegalArgumentException(
					"空间单元 " + zone + " 不在此轮次中 / zone " + zone + " is not asked in this round");
		}
		Actor actor = Actor.current();
		if (!(writing ? actor.mayWorkOn(zone) : mayRead(actor, zone))) {
			Actor.current().requireZone(zone);
		}
	}

	private static boolean mayRead(Actor actor, String zone) {
		return actor.isSystem() || (actor.role() != null && !actor.role().isScoped()) || actor.mayWorkOn(zone);
	}

	private static void require(boolean allowed, String zh, String en) {
		if (!allowed) {
			throw new AccessDeniedException("无权" + zh + " / you may not " + en);
		}
	}

	private static void requireText(String text, String zh, String en) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(zh + " / " + en);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	private int currentYear() {
		return today().getYear();
	}

	/** The published figure of the year before the round's, for the form. */
	public Map<String, BigDecimal> lastYear(long roundId, String zone) {
		Round round = getRound(roundId);
		return round.indicators()
			.stream()
			.flatMap((code) -> this.observations.series(round.planId(), code, zone)
				.stream()
				.filter((value) -> value.year() == round.year() - 1)
				.map((value) -> Map.entry(code, value.value())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
