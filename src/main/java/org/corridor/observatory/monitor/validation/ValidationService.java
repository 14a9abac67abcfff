package org.corridor.observatory.monitor.validation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.monitor.BatchRules;
import org.corridor.observatory.monitor.UploadWarning;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.monitor.round.Round;
import org.corridor.observatory.monitor.round.RoundFigure;
import org.corridor.observatory.monitor.round.RoundService;
import org.corridor.observatory.monitor.round.SubmissionRules;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Severity;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the rules between figures in force: to a file before it is stored (errors
 * refuse it, warnings and outliers need an acknowledgement with a comment), to a zone's
 * round figures before they are submitted (errors refuse them, warnings need an
 * acknowledgement with a comment), and in validation runs over a round, a zone or the
 * whole database, each recorded in the audit. Outliers are flagged alongside, never
 * blocking.
 */
@Service
public class ValidationService implements BatchRules, SubmissionRules {

	private final RuleStore rules;

	private final PlanCatalog catalog;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final RoundService rounds;

	ValidationService(RuleStore rules, PlanCatalog catalog, JdbcClient jdbc, AuditLog audit, Clock clock,
			@org.springframework.context.annotation.Lazy RoundService rounds) {
		this.rules = rules;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.rounds = rounds;
	}

	@Override
	public void check(String planId, List<ObservationRecord> records) {
		Plan plan = this.catalog.getPlan(planId);
		Figures figures = published(planId);
		Set<Figures.Key> mine = new HashSet<>();
		for (ObservationRecord record : records) {
			figures.put(record);
			mine.add(new Figures.Key(record.indicatorCode(), record.zoneCode(), record.year()));
		}
		List<ImportProblem> problems = RuleEvaluator.evaluate(plan, this.rules.listEnabled(planId), figures)
			.stream()
			.filter((finding) -> finding.severity() == Severity.ERROR && finding.involvesAny(mine))
			.map(ValidationService::problem)
			.toList();
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
	}

	@Override
	public List<UploadWarning> warnings(String planId, List<ObservationRecord> records) {
		Plan plan = this.catalog.getPlan(planId);
		Figures figures = published(planId);
		Set<Figures.Key> mine = new LinkedHashSet<>();
		for (ObservationRecord record : records) {
			figures.put(record);
			mine.add(new Figures.Key(record.indicatorCode(), record.zoneCode(), record.year()));
		}
		List<Acknowledgement> earlier = listAcknowledgements(planId);
		List<UploadWarning> warnings = new ArrayList<>();
		for (Finding finding : RuleEvaluator.evaluate(plan, this.rules.listEnabled(planId), figures)) {
			if (finding.severity() == Severity.WARNING && finding.involvesAny(mine)
					&& earlier.stream().noneMatch((a) -> a.covers(finding))) {
				warnings.add(new UploadWarning(UploadWarning.key(finding.rule().code(), finding.zone(), finding.year()),
						false, finding.rule().code(), finding.zone(), finding.year(), finding.left(), finding.right(),
						finding.describeZh(), finding.describeEn()));
			}
		}
		for (Figures.Key key : mine) {
			Outliers.check(plan, figures, key.indicator(), key.zone(), key.year())
				.map(ValidationService::warning)
				.filter((warning) -> earlier.stream().noneMatch((a) -> a.covers(warning)))
				.ifPresent(warnings::add);
		}
		return warnings;
	}

	private static UploadWarning warning(Outlier outlier) {
		String code = UploadWarning.outlierCode(outlier.indicator());
		return new UploadWarning(UploadWarning.key(code, outlier.zone(), outlier.year()), true, code, outlier.zone(),
				outlier.year(), outlier.value(), outlier.reference(),
				"异常值：指标 " + outlier.indicator() + "，" + outlier.year() + " 年 " + outlier.zone() + " 为 "
						+ outlier.value().stripTrailingZeros().toPlainString() + "；" + outlier.reasonZh(),
				"outlier: indicator " + outlier.indicator() + " in " + outlier.year() + " for " + outlier.zone()
						+ " is " + outlier.value().stripTrailingZeros().toPlainString() + "; " + outlier.reasonEn());
	}

	/**
	 * Stores the acknowledgements of a staged batch's warnings, as a round's are stored
	 * (with the batch instead of the round), each one audited.
	 */
	@Override
	@Transactional
	public void acknowledge(String planId, long batchId, List<UploadWarning> warnings, Map<String, String> comments) {
		Actor actor = Actor.current();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		for (UploadWarning warning : warnings) {
			String comment = comments.get(warning.key());
			if (comment == null || comment.isBlank() || comment.strip().length() > 1000) {
				throw new IllegalArgumentException("warning " + warning.key() + " has no valid comment");
			}
			this.jdbc
				.sql("insert into validation_acknowledgement (plan_id, rule_code, zone_key, obs_year, left_value,"
						+ " right_value, batch_id, comment_text, acknowledged_by, acknowledged_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(planId, warning.code(), warning.zone(), warning.year(), warning.value(), warning.reference(),
						batchId, comment.strip(), actor.username(), now)
				.update();
			this.audit.record("acknowledge", "validation-finding", planId + "/batch/" + batchId + "/" + warning.key(),
					warning.zone().equals("-") ? null : warning.zone(), null,
					AuditLog.fields("batch", batchId, (warning.outlier() ? "outlier" : "rule"), warning.code(), "zone",
							warning.zone(), "year", warning.year(), "left", warning.value(), "right",
							warning.reference(), "comment", comment.strip()));
		}
	}

	@Override
	public void check(Round round, String zone, List<RoundFigure> figures) {
		List<ImportProblem> problems = findingsFor(round, zone, figures).stream()
			.filter(Finding::blocks)
			.map((finding) -> (finding.severity() == Severity.ERROR) ? problem(finding)
					: new ImportProblem(0, finding.rule().code(), null, finding.describeZh() + "；须填写说明后才能提交",
							finding.describeEn() + "; acknowledge it with a comment before submitting"))
			.toList();
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
	}

	/** The findings a zone's round figures bring, each marked acknowledged or not. */
	public List<Finding> findings(long roundId, String zone) {
		Round round = this.rounds.getRound(roundId);
		return findingsFor(round, zone, this.rounds.listFigures(roundId, zone));
	}

	private List<Finding> findingsFor(Round round, String zone, List<RoundFigure> figures) {
		Plan plan = this.catalog.getPlan(round.planId());
		Figures all = withRound(round.planId(), round.id());
		Set<Figures.Key> mine = new HashSet<>();
		for (RoundFigure figure : figures) {
			all.put(figure.indicator(), zone, round.year(), figure.value());
			if (figure.value() != null) {
				mine.add(new Figures.Key(figure.indicator(), zone, round.year()));
			}
		}
		return acknowledged(round.planId(),
				RuleEvaluator.evaluate(plan, this.rules.listEnabled(round.planId()), all)
					.stream()
					.filter((finding) -> finding.involvesAny(mine))
					.toList());
	}

	/** The outliers among a zone's round figures, against the published ones. */
	public List<Outlier> outliers(long roundId, String zone) {
		Round round = this.rounds.getRound(roundId);
		Plan plan = this.catalog.getPlan(round.planId());
		Figures all = withRound(round.planId(), round.id());
		List<Outlier> outliers = new ArrayList<>();
		for (RoundFigure figure : this.rounds.listFigures(roundId, zone)) {
			all.put(figure.indicator(), zone, round.year(), figure.value());
			Outliers.check(plan, all, figure.indicator(), zone, round.year()).ifPresent(outliers::add);
		}
		return outliers;
	}

	/**
	 * Acknowledges a warning of a zone's round figures with a comment: the zone's
	 * reporter (or an administrator), before submitting. Audited.
	 */
	@Transactional
	public Acknowledgement acknowledge(long roundId, String zone, String ruleCode, String findingZone, int year,
			String comment) {
		Round round = this.rounds.getRound(roundId);
		Actor actor = Actor.current();
		if (!(actor.is(Role.ADMIN) || (actor.is(Role.REPORTER) && actor.mayWorkOn(zone)))) {
			throw new AccessDeniedException("无权为此空间单元说明警告 / you may not acknowledge warnings of this zone");
		}
		if (comment == null || comment.isBlank() || comment.length() > 1000) {
			throw new ImportRejectedException(List
				.of(new ImportProblem(0, "comment", null, "说明须为 1–1000 个字符", "the comment must be 1–1000 characters")));
		}
		Finding finding = findings(roundId, zone).stream()
			.filter((f) -> f.rule().code().equals(ruleCode) && f.zone().equals(findingZone) && f.year() == year)
			.findFirst()
			.orElseThrow(() -> new ImportRejectedException(List
				.of(new ImportProblem(0, "rule", ruleCode, "没有这条待说明的发现", "there is no such finding to acknowledge"))));
		if (finding.severity() == Severity.ERROR) {
			throw new ImportRejectedException(List.of(new ImportProblem(0, "rule", ruleCode, "错误不能说明放行，须改正数值",
					"an error cannot be acknowledged; correct the figures")));
		}
		Instant now = Instant.now(this.clock);
		Acknowledgement acknowledgement = new Acknowledgement(ruleCode, findingZone, year, finding.left(),
				finding.right(), comment.strip(), actor.username(), now);
		this.jdbc
			.sql("insert into validation_acknowledgement (plan_id, rule_code, zone_key, obs_year, left_value,"
					+ " right_value, round_id, comment_text, acknowledged_by, acknowledged_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(round.planId(), ruleCode, findingZone, year, finding.left(), finding.right(), roundId,
					acknowledgement.comment(), actor.username(), Timestamp.from(now))
			.update();
		this.audit.record("acknowledge", "validation-finding", round.planId() + "/" + roundId + "/" + ruleCode, zone,
				null, AuditLog.fields("rule", ruleCode, "zone", findingZone, "year", year, "left", finding.left(),
						"right", finding.right(), "comment", acknowledgement.comment()));
		return acknowledgement;
	}

	public List<Acknowledgement> listAcknowledgements(String planId) {
		return this.jdbc
			.sql("select rule_code, zone_key, obs_year, left_value, right_value, comment_text, acknowledged_by,"
					+ " acknowledged_at from validation_acknowledgement where plan_id = ? order by id")
			.param(planId)
			.query((rs, row) -> new Acknowledgement(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	/**
	 * A validation run: the rules in force over the published figures (and a round's
	 * figures when the scope is a round), with the outliers; recorded in the audit.
	 */
	@Transactional
	public ValidationRun run(String planId, ValidationScope scope) {
		Plan plan = this.catalog.getPlan(planId);
		Figures figures;
		Set<Figures.Key> scoped = null;
		if (scope.round() != null) {
			Round round = this.rounds.getRound(scope.round());
			figures = withRound(planId, round.id());
			scoped = new HashSet<>(roundKeys(round.id()));
		}
		else {
			figures = published(planId);
		}
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : acknowledged(planId,
				RuleEvaluator.evaluate(plan, this.rules.listEnabled(planId), figures))) {
			boolean inScope = (scoped != null) ? finding.involvesAny(scoped)
					: (scope.zone() == null || finding.involvesZone(scope.zone()));
			if (inScope) {
				findings.add(finding);
			}
		}
		List<Outlier> outliers = new ArrayList<>();
		Set<Figures.Key> candidates = (scoped != null) ? scoped : keys(planId, scope.zone());
		for (Figures.Key key : candidates) {
			Outliers.check(plan, figures, key.indicator(), key.zone(), key.year()).ifPresent(outliers::add);
		}
		outliers.sort(java.util.Comparator.comparing(Outlier::indicator)
			.thenComparing(Outlier::zone)
			.thenComparing(Outlier::year));
		ValidationRun run = new ValidationRun(scope, Instant.now(this.clock), this.rules.listEnabled(planId).size(),
				findings, outliers);
		this.audit.record("run", "validation", planId + "/" + scope.describe(), scope.zone(), null,
				AuditLog.fields("scope", scope.describe(), "rules", run.rules(), "errors", run.count(Severity.ERROR),
						"warnings", run.count(Severity.WARNING), "outliers", outliers.size()));
		return run;
	}

	private List<Finding> acknowledged(String planId, List<Finding> findings) {
		List<Acknowledgement> acknowledgements = listAcknowledgements(planId);
		return findings.stream()
			.map((finding) -> acknowledgements.stream().anyMatch((a) -> a.covers(finding)) ? finding.acknowledge()
					: finding)
			.toList();
	}

	private static ImportProblem problem(Finding finding) {
		return new ImportProblem(0, finding.rule().code(), finding.left().stripTrailingZeros().toPlainString(),
				finding.describeZh(), finding.describeEn());
	}

	private Figures published(String planId) {
		Figures figures = new Figures();
		this.jdbc.sql("select indicator_code, zone_code, obs_year, obs_value from observation where plan_id = ?")
			.param(planId)
			.query((rs, row) -> figures.put(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)))
			.list();
		return figures;
	}

	private Set<Figures.Key> keys(String planId, String zone) {
		return new HashSet<>(this.jdbc
			.sql("select indicator_code, zone_code, obs_year from observation where plan_id = ?"
					+ " and (? is null or zone_code = ?)")
			.params(planId, zone, zone)
			.query((rs, row) -> new Figures.Key(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list());
	}

	/**
	 * The published figures with a round's figures (of every zone, filled in) laid over.
	 */
	private Figures withRound(String planId, long roundId) {
		Figures figures = published(planId);
		this.jdbc
			.sql("select v.indicator_code, v.zone_code, r.obs_year, v.obs_value from report_value v"
					+ " join report_round r on r.id = v.round_id where v.round_id = ? and v.obs_value is not null")
			.param(roundId)
			.query((rs, row) -> figures.put(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)))
			.list();
		return figures;
	}

	private List<Figures.Key> roundKeys(long roundId) {
		return this.jdbc
			.sql("select v.indicator_code, v.zone_code, r.obs_year from report_value v"
					+ " join report_round r on r.id = v.round_id where v.round_id = ? and v.obs_value is not null")
			.param(roundId)
			.query((rs, row) -> new Figures.Key(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

}
