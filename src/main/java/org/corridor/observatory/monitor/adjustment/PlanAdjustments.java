package org.corridor.observatory.monitor.adjustment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.IndicatorEdit;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.DecompositionTable;
import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.IndicatorTable;
import org.corridor.observatory.plan.InvalidPlanPackException;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PackProblem;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanAdjusted;
import org.corridor.observatory.plan.PlanTexts;
import org.corridor.observatory.plan.PlanVersion;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.PlanVersions;
import org.corridor.observatory.plan.RuleTable;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjusting the plan's indicator system (规划调整): the administrator proposes rows of the
 * indicator table (表1), on the page or in a workbook, and rules between figures
 * (validation's rules page, sheet and API), the administrator or the corridor approver
 * targets decomposed to zones (the targets page and its file), each with a reason and an
 * effective date; one waiting proposal carries every kind of change. The corridor
 * approver alone, never the person who proposed it, approves the proposal as the next
 * version of the plan or rejects it (an administrator proposes, but does not decide:
 * {@link DecisionRefusedException}). Every step is checked here for every path and
 * recorded in the audit in the same transaction; an approval publishes
 * {@link PlanAdjusted} for after its commit.
 * <p>
 * A proposal is the whole {@code indicators.yaml}, {@code rules.yaml} and
 * {@code decomposition.yaml} of the next version: the latest version (or the person's own
 * waiting proposal) with the changes written over it, each indicator row marked with an
 * {@code adjustment:} that names the version and its reason. It must load with the rest
 * of the pack, through the pack's own readers; a problem rejects it with its row and
 * column, and nothing is stored.
 */
@Service
public class PlanAdjustments {

	/**
	 * The reason of the proposal that carries over rules and zone targets stored before
	 * versions of the plan carried them (V24).
	 */
	public static final String CARRIED_OVER = "沿用版本化之前已生效的校验规则和分解目标（升级时自动提出，请审定）/ the rules and"
			+ " zone targets in force before plan versions carried them, carried over on upgrade: please decide";

	private static final Pattern INDICATOR_PATH = Pattern.compile("^indicators\\[(\\d+)\\]\\.?([a-z_]+)?");

	private final PlanVersions versions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PlanAdjustments(PlanVersions versions, AuditLog audit, ApplicationEventPublisher events) {
		this.versions = versions;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * What a change to an indicator in a proposal is.
	 *
	 * @param code the indicator
	 * @param name its name
	 * @param added whether the proposal adds it
	 */
	public record Change(String code, LocalizedText name, boolean added) {
	}

	/**
	 * Proposes one row, from the page's form.
	 * @throws ImportRejectedException with every problem of the form
	 */
	@Transactional
	public PlanVersion proposeRow(Map<IndicatorColumn, String> form, String reason, LocalDate effectiveDate) {
		Actor actor = requireAdministrator();
		Plan base = this.versions.load(baseTexts(actor));
		List<ImportProblem> problems = new ArrayList<>();
		IndicatorEdit edit = IndicatorRows.parse(base, form::get, 0, IndicatorColumn::bilingual, problems);
		checkReason(reason, effectiveDate, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return propose(actor, List.of(new IndicatorWorkbook.EditRow(0, edit)), reason, effectiveDate,
				IndicatorColumn::bilingual);
	}

	/**
	 * Proposes the rows of an edited workbook.
	 * @throws ImportRejectedException with every problem of the file
	 */
	@Transactional
	public PlanVersion proposeWorkbook(String fileName, byte[] content, String reason, LocalDate effectiveDate) {
		Actor actor = requireAdministrator();
		List<ImportProblem> problems = new ArrayList<>();
		checkReason(reason, effectiveDate, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		Plan base = this.versions.load(baseTexts(actor));
		List<IndicatorWorkbook.EditRow> rows = IndicatorWorkbook.read(fileName, content, base);
		return propose(actor, rows, reason, effectiveDate, IndicatorColumn::bilingual);
	}

	private PlanVersion propose(Actor actor, List<IndicatorWorkbook.EditRow> rows, String reason,
			LocalDate effectiveDate, java.util.function.Function<IndicatorColumn, String> header) {
		PlanVersion before = this.versions.pending().orElse(null);
		int number = this.versions.latest().number() + 1;
		PlanTexts texts = baseTexts(actor);
		Plan base = this.versions.load(texts);
		IndicatorTable table = IndicatorTable.parse(texts.indicators());
		Indicator.Adjustment adjustment = new Indicator.Adjustment(number,
				LocalizedText.of("规划调整（第 " + number + " 版）：" + reason.strip(),
						"plan adjustment (version " + number + "): " + reason.strip()));
		List<String> changed = new ArrayList<>();
		for (IndicatorWorkbook.EditRow row : rows) {
			boolean same = base.findIndicator(row.edit().code())
				.map((indicator) -> IndicatorRows.normalised(IndicatorEdit.of(indicator))
					.equals(IndicatorRows.normalised(row.edit())))
				.orElse(false);
			if (!same) {
				table.put(row.edit(), adjustment);
				changed.add(row.edit().code());
			}
		}
		if (changed.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("没有任何指标与现行版本不同，未提出调整",
					"no indicator differs from the current version; nothing was proposed")));
		}
		String yaml = table.dump("规划指标体系 第 " + number + " 版（提议）/ the plan's indicator system, version " + number
				+ " (proposed)\n" + reason.strip().replace('\n', ' '));
		PlanVersion proposal;
		try {
			proposal = this.versions.propose(texts.withIndicators(yaml), reason.strip(), effectiveDate,
					actor.username());
		}
		catch (InvalidPlanPackException ex) {
			throw new ImportRejectedException(located(ex.problems(), IndicatorTable.parse(yaml).codes(), rows, header));
		}
		Map<String, Object> after = new LinkedHashMap<>(proposal.summary());
		after.put("indicators", changed);
		this.audit.record((before != null) ? "amend" : "propose", "plan-version", key(proposal), null,
				(before != null) ? before.summary() : null, after);
		return proposal;
	}

	/**
	 * The problems of a proposal that does not load, at the rows and columns that cause
	 * them.
	 */
	private static List<ImportProblem> located(List<PackProblem> problems, List<String> codes,
			List<IndicatorWorkbook.EditRow> rows, java.util.function.Function<IndicatorColumn, String> header) {
		List<ImportProblem> located = new ArrayList<>();
		for (PackProblem problem : problems) {
			Matcher m = INDICATOR_PATH.matcher(problem.path());
			if (problem.file().equals("indicators.yaml") && m.find()) {
				int index = Integer.parseInt(m.group(1));
				String code = (index < codes.size()) ? codes.get(index) : null;
				int row = rows.stream()
					.filter((r) -> r.edit().code().equals(code))
					.mapToInt(IndicatorWorkbook.EditRow::number)
					.findFirst()
					.orElse(0);
				IndicatorColumn column = (m.group(2) != null) ? IndicatorColumn.forKey(m.group(2)) : null;
				located.add(new ImportProblem(row, (column != null) ? header.apply(column) : null, code,
						problem.zh() + "（" + problem.path() + "）", problem.en() + " (" + problem.path() + ")"));
			}
			else {
				located.add(ImportProblem.ofFile(problem.toString(), problem.toString()));
			}
		}
		return located;
	}

	/**
	 * Approves a waiting proposal as the next version.
	 * @throws DecisionRefusedException when the current person is not the corridor
	 * approver, or proposed it
	 * @throws PlanVersionConflictException when it is not waiting
	 */
	@Transactional
	public PlanVersion approve(long id, String comment) {
		Actor actor = requireApprover();
		PlanVersion proposal = this.versions.get(id);
		if (Objects.equals(proposal.proposedBy(), actor.username())) {
			throw new DecisionRefusedException(DecisionRefusedException.Reason.OWN_PROPOSAL, "提议人不能审定自己提出的调整",
					"a proposal cannot be approved by its proposer");
		}
		Map<String, Object> changed = withChanges(proposal);
		PlanVersion approved = this.versions.approve(id, actor.username(), blankToNull(comment));
		Map<String, Object> decided = new LinkedHashMap<>(approved.summary());
		decided.putAll(changed);
		this.audit.record("approve", "plan-version", key(approved), null, proposal.summary(), decided);
		this.events.publishEvent(new PlanAdjusted(approved.planId(), approved.number()));
		return approved;
	}

	/**
	 * Rejects a waiting proposal, with a comment.
	 * @throws DecisionRefusedException when the current person is not the corridor
	 * approver
	 * @throws PlanVersionConflictException when it is not waiting
	 */
	@Transactional
	public PlanVersion reject(long id, String comment) {
		Actor actor = requireApprover();
		PlanVersion proposal = this.versions.get(id);
		Map<String, Object> changed = withChanges(proposal);
		PlanVersion rejected = this.versions.reject(id, actor.username(), blankToNull(comment));
		Map<String, Object> decided = new LinkedHashMap<>(rejected.summary());
		decided.putAll(changed);
		this.audit.record("reject", "plan-version", key(rejected), null, proposal.summary(), decided);
		return rejected;
	}

	/**
	 * What the audit keeps of a decision: the indicators, rules and zone targets the
	 * proposal changes against the latest version.
	 */
	private Map<String, Object> withChanges(PlanVersion proposal) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("indicators", changes(proposal).stream().map(Change::code).toList());
		map.put("rules", ruleChanges(proposal).stream().map((c) -> c.rule().code() + " " + c.kind().en()).toList());
		map.put("zoneTargets", zoneTargetChanges(proposal).stream().map(ZoneTargetChange::line).toList());
		return map;
	}

	/** What a proposal adds and changes, against the latest approved version. */
	public List<Change> changes(PlanVersion proposal) {
		Plan base = latestPlan();
		Plan proposed = proposedPlan(proposal);
		if (proposed == null) {
			return List.of();
		}
		List<Change> changes = new ArrayList<>();
		for (Indicator indicator : proposed.listIndicators()) {
			Indicator old = base.findIndicator(indicator.code().value()).orElse(null);
			if (old == null || !old.equals(indicator)) {
				changes.add(new Change(indicator.code().value(), indicator.name(), old == null));
			}
		}
		return changes;
	}

	/**
	 * The texts a proposal by this person starts from: their waiting proposal, else the
	 * latest version.
	 */
	private PlanTexts baseTexts(Actor actor) {
		return this.versions.pending()
			.filter((p) -> p.proposedBy().equals(actor.username()))
			.map(PlanVersion::texts)
			.orElseGet(() -> this.versions.latest().texts());
	}

	/**
	 * The plan a change by the current person is made to and checked against: their
	 * waiting proposal, else the latest approved version.
	 */
	public Plan draft() {
		return this.versions.load(baseTexts(Actor.current()));
	}

	/** The plan of the latest approved version. */
	private Plan latestPlan() {
		PlanVersion latest = this.versions.latest();
		return this.versions.version(latest.number()).orElseGet(() -> this.versions.load(latest.texts()));
	}

	/** The plan a proposal would put in force, or null when it no longer loads. */
	private Plan proposedPlan(PlanVersion proposal) {
		try {
			return this.versions.load(proposal.texts());
		}
		catch (InvalidPlanPackException ex) {
			return null;
		}
	}

	/**
	 * Proposes rules between figures (校验规则): each written over the rule of its code in
	 * the {@code rules.yaml} of the proposal, or added; rules not given stay as they are.
	 * The rules are checked by the caller against {@link #draft()}; the whole pack is
	 * loaded again with them.
	 * @throws ImportRejectedException when no rule changes, or the rules do not load
	 * @throws PlanVersionConflictException when another person's proposal waits
	 */
	@Transactional
	public PlanVersion proposeRules(List<FigureRule> rules, String reason, LocalDate effectiveDate) {
		Actor actor = requireAdministrator();
		List<ImportProblem> problems = new ArrayList<>();
		checkReason(reason, effectiveDate, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		PlanTexts texts = baseTexts(actor);
		Plan base = this.versions.load(texts);
		RuleTable table = RuleTable.parse(texts.rules());
		List<String> changed = new ArrayList<>();
		for (FigureRule rule : rules) {
			boolean same = base.listRules().stream().anyMatch((r) -> RuleChange.same(r, rule));
			if (!same) {
				table.put(rule);
				changed.add(rule.code());
			}
		}
		if (changed.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("没有任何校验规则与现行版本不同，未提出调整",
					"no rule differs from the current version; nothing was proposed")));
		}
		int number = this.versions.latest().number() + 1;
		String yaml = table.dump("校验规则 第 " + number + " 版（提议）/ the rules between figures, version " + number
				+ " (proposed)\n" + reason.strip().replace('\n', ' '));
		return store(actor, texts.withRules(yaml), reason, effectiveDate, "rules", changed);
	}

	/**
	 * Proposes targets and baselines decomposed to zones (分解目标): laid over the
	 * {@code decomposition.yaml} of the proposal for every indicator and zone they cover.
	 * The upload is checked by the caller against {@link #draft()}; the pack's reader
	 * checks it again, sums included.
	 * @throws ImportRejectedException when nothing changes, or the decomposition does not
	 * load
	 * @throws PlanVersionConflictException when another person's proposal waits
	 */
	@Transactional
	public PlanVersion proposeDecomposition(Decomposition upload, String reason, LocalDate effectiveDate) {
		Actor actor = requireProposerOfTargets();
		List<ImportProblem> problems = new ArrayList<>();
		checkReason(reason, effectiveDate, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		PlanTexts texts = baseTexts(actor);
		Plan base = this.versions.load(texts);
		Decomposition before = base.decomposition();
		Decomposition after = before.overlaidBy(upload);
		List<String> changed = ZoneTargetChange.between(before, after).stream().map(ZoneTargetChange::line).toList();
		if (changed.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("没有任何分解目标与现行版本不同，未提出调整",
					"no zone target differs from the current version; nothing was proposed")));
		}
		int number = this.versions.latest().number() + 1;
		String yaml = DecompositionTable.parse(texts.decomposition())
			.overlay(upload)
			.dump("分解目标 第 " + number + " 版（提议）/ the targets decomposed to zones, version " + number + " (proposed)\n"
					+ reason.strip().replace('\n', ' '));
		return store(actor, texts.withDecomposition(yaml), reason, effectiveDate, "zoneTargets", changed);
	}

	/** Stores a proposal of rules or zone targets, audited with what it changes. */
	private PlanVersion store(Actor actor, PlanTexts texts, String reason, LocalDate effectiveDate, String kind,
			List<String> changed) {
		PlanVersion before = this.versions.pending().orElse(null);
		PlanVersion proposal;
		try {
			proposal = this.versions.propose(texts, reason.strip(), effectiveDate, actor.username());
		}
		catch (InvalidPlanPackException ex) {
			throw new ImportRejectedException(ex.problems()
				.stream()
				.map((problem) -> ImportProblem.ofFile(problem.toString(), problem.toString()))
				.toList());
		}
		Map<String, Object> after = new LinkedHashMap<>(proposal.summary());
		after.put(kind, changed);
		this.audit.record((before != null) ? "amend" : "propose", "plan-version", key(proposal), null,
				(before != null) ? before.summary() : null, after);
		return proposal;
	}

	/**
	 * What a proposal does to the rules between figures, against the latest approved
	 * version: each rule added, changed, switched on or off, or removed.
	 */
	public List<RuleChange> ruleChanges(PlanVersion proposal) {
		Plan proposed = proposedPlan(proposal);
		return (proposed != null) ? RuleChange.between(latestPlan().listRules(), proposed.listRules()) : List.of();
	}

	/**
	 * What a proposal does to the targets and baselines decomposed to zones, against the
	 * latest approved version.
	 */
	public List<ZoneTargetChange> zoneTargetChanges(PlanVersion proposal) {
		Plan proposed = proposedPlan(proposal);
		return (proposed != null) ? ZoneTargetChange.between(latestPlan().decomposition(), proposed.decomposition())
				: List.of();
	}

	private static void checkReason(String reason, LocalDate effectiveDate, List<ImportProblem> problems) {
		if (reason == null || reason.isBlank()) {
			problems.add(new ImportProblem(0, "调整理由 / reason", "", "必填：说明调整的依据（文件、会议或决定）",
					"required: the basis of the adjustment (document, meeting or decision)"));
		}
		else if (reason.strip().length() > 2000) {
			problems.add(new ImportProblem(0, "调整理由 / reason", reason, "超过 2000 个字符", "longer than 2000 characters"));
		}
		if (effectiveDate == null) {
			problems.add(new ImportProblem(0, "生效日期 / effective date", "", "必填", "required"));
		}
	}

	private static Actor requireAdministrator() {
		Actor actor = Actor.current();
		if (!actor.is(Role.ADMIN) && !actor.isSystem()) {
			throw new AccessDeniedException("只有系统管理员可以提出规划调整 / only an administrator proposes plan adjustments");
		}
		return actor;
	}

	/** Zone targets are proposed by the administrator or the corridor approver. */
	private static Actor requireProposerOfTargets() {
		Actor actor = Actor.current();
		if (!actor.is(Role.ADMIN) && !actor.is(Role.APPROVER) && !actor.isSystem()) {
			throw new AccessDeniedException(
					"只有系统管理员或管委会审定人可以提出分解目标 / only an administrator or the corridor approver proposes zone targets");
		}
		return actor;
	}

	/**
	 * Plan adjustments are decided by the corridor approver only: the four eyes
	 * are the administrator who proposes and the approver who decides, so a second
	 * administrator does not stand in for the approver.
	 */
	private static Actor requireApprover() {
		Actor actor = Actor.current();
		if (!actor.is(Role.APPROVER)) {
			throw new DecisionRefusedException(DecisionRefusedException.Reason.NOT_THE_APPROVER, "只有管委会审定人可以审定规划调整",
					"only the corridor approver decides plan adjustments");
		}
		return actor;
	}

	private static String key(PlanVersion version) {
		return version.planId() + "/" + version.id();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
