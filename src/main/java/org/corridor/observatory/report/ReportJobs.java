package org.corridor.observatory.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.scenario.Scenarios;
import org.corridor.observatory.scenario.UnknownScenarioException;
import org.corridor.observatory.tabular.ImportsBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Annual reports made in the background, as the enterprise imports are: the request is
 * checked at once (a bad year, scope, date or language is refused before anything is
 * stored), stored as QUEUED in the archive ({@link ReportArchive}), and made on one
 * worker thread in order, at most {@code observatory.reports.queue-capacity} waiting (503
 * with {@code Retry-After} beyond). While it runs its phase and percentage are kept in
 * memory for the page to poll; once made, the Word and PDF files are archived with their
 * inputs and hashes and the audit records who generated which, in one transaction. A job
 * that throws anything ends FAILED with a plain message (the cause goes to the log under
 * its id); jobs a stopped process left are INTERRUPTED at the next start (not by the
 * command line, {@code observatory.imports.interrupt-on-start=false}). A job runs as the
 * account that asked for it.
 */
@Service
public class ReportJobs implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	static final String INTERRUPTED = "平台在报告生成完成前停止，请重新生成 / the platform stopped before the report was made; please"
			+ " generate it again";

	/** At most this many scenarios go into one report. */
	public static final int MAX_SCENARIOS = 5;

	private final ReportBuilder builder;

	private final Scenarios scenarios;

	private final ReportArchive archive;

	private final AuditLog audit;

	private final PlanCatalog catalog;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int capacity;

	private final boolean interruptOnStart;

	private final Semaphore slots;

	private final Map<String, ReportJob> live = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "evaluation-report");
		thread.setDaemon(true);
		return thread;
	});

	ReportJobs(ReportBuilder builder, Scenarios scenarios, ReportArchive archive, AuditLog audit, PlanCatalog catalog,
			TransactionTemplate transactions, Clock clock,
			@Value("${observatory.reports.queue-capacity:3}") int capacity,
			@Value("${observatory.imports.interrupt-on-start:true}") boolean interruptOnStart) {
		this.builder = builder;
		this.scenarios = scenarios;
		this.archive = archive;
		this.audit = audit;
		this.catalog = catalog;
		this.transactions = transactions;
		this.clock = clock;
		this.capacity = capacity;
		this.interruptOnStart = interruptOnStart;
		this.slots = new Semaphore(capacity + 1);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.interruptOnStart) {
			int interrupted = this.archive.interruptUnfinished(INTERRUPTED, this.clock.instant());
			if (interrupted > 0) {
				log.warn("{} evaluation report(s) were waiting or being made when the platform stopped;"
						+ " marked INTERRUPTED", interrupted);
			}
		}
	}

	/**
	 * Checks the request and queues the report.
	 * @param zoneCode the corridor's root zone or a district; null or blank for the
	 * corridor
	 * @param asOf the as-of date of the figures; null for today
	 * @param language {@code zh} (default) or {@code en}
	 * @param scenarioIds the what-if scenarios to include (their latest versions), at
	 * most {@link #MAX_SCENARIOS}; null or empty for none
	 * @throws IllegalArgumentException for a year outside the plan, a zone that is
	 * neither, a date after today, another language, or a scenario the plan does not have
	 * (or has archived), in Chinese and English
	 * @throws ImportsBusyException when {@code queue-capacity} reports already wait
	 */
	public ReportJob submit(String planId, Integer year, String zoneCode, LocalDate asOf, String language) {
		return submit(planId, year, zoneCode, asOf, language, List.of());
	}

	/** As {@link #submit(String, Integer, String, LocalDate, String)}, with scenarios. */
	public ReportJob submit(String planId, Integer year, String zoneCode, LocalDate asOf, String language,
			List<Long> scenarioIds) {
		Plan plan = this.catalog.getPlan(planId);
		LocalDate today = LocalDate.now(this.clock);
		int start = plan.header().startYear();
		int last = Math.min(plan.header().outlookYear(), today.getYear());
		if (year == null || year < start || year > last) {
			throw new IllegalArgumentException(
					"year: 评估年度应在 " + start + "—" + last + " 年之间 / the year must be within " + start + "–" + last);
		}
		String zone = (zoneCode == null || zoneCode.isBlank()) ? plan.rootZone().code() : zoneCode.strip();
		Optional<Zone> found = plan.findZone(zone);
		if (found.isEmpty() || !(found.get().code().equals(plan.rootZone().code())
				|| found.get().level() == ZoneLevel.DISTRICT && found.get().reporting())) {
			throw new IllegalArgumentException("zone: 报告范围应为走廊或一个填报区县，“" + zone + "”不是 / the scope must be the corridor"
					+ " or one reporting district, not \"" + zone + "\"");
		}
		LocalDate day = (asOf != null) ? asOf : today;
		if (day.isAfter(today)) {
			throw new IllegalArgumentException(
					"asOf: 数据截至日期不能晚于今天（" + today + "） / the as-of date cannot be after today (" + today + ")");
		}
		String lang = (language == null || language.isBlank()) ? "zh" : language.strip().toLowerCase(Locale.ROOT);
		if (!lang.equals("zh") && !lang.equals("en")) {
			throw new IllegalArgumentException(
					"language: 报告语言应为 zh（中文）或 en（English） / the language must be zh or en, not \"" + language + "\"");
		}
		List<ReportJob.Included> included = included(planId, scenarioIds);
		if (!this.slots.tryAcquire()) {
			throw new ImportsBusyException("报告队列已满（正在生成 1 份，另有 " + this.capacity + " 份在排队），请稍后再试",
					"the report queue is full (one being made, " + this.capacity + " waiting); please try again later",
					Duration.ofSeconds(30));
		}
		boolean queued = false;
		try {
			ReportJob job = new ReportJob(UUID.randomUUID().toString(), planId, year, zone, day, lang,
					ReportJob.State.QUEUED, "queued", 0, null, null, false, null, null, null, AuditLog.whoNow(),
					this.clock.instant(), null, included);
			this.archive.queued(job);
			this.live.put(job.id(), job);
			this.executor
				.execute(new DelegatingSecurityContextRunnable(() -> run(job), SecurityContextHolder.getContext()));
			queued = true;
			return job;
		}
		finally {
			if (!queued) {
				this.slots.release();
			}
		}
	}

	private List<ReportJob.Included> included(String planId, List<Long> scenarioIds) {
		List<Long> ids = (scenarioIds != null) ? scenarioIds.stream().distinct().toList() : List.of();
		if (ids.size() > MAX_SCENARIOS) {
			throw new IllegalArgumentException("scenario: 一份报告最多纳入 " + MAX_SCENARIOS + " 个情景，所选 " + ids.size()
					+ " 个 / a report includes at most " + MAX_SCENARIOS + " scenarios, not " + ids.size());
		}
		List<ReportJob.Included> included = new ArrayList<>();
		for (Long id : ids) {
			boolean usable;
			try {
				usable = id != null && !this.scenarios.getScenario(planId, id).archived();
			}
			catch (UnknownScenarioException ex) {
				usable = false;
			}
			if (!usable) {
				throw new IllegalArgumentException("scenario: 没有编号为 " + id + " 的可用情景（不存在或已归档） / there is no scenario "
						+ id + " to include (none, or archived)");
			}
			included.add(new ReportJob.Included(id, null));
		}
		return included;
	}

	/** The report as it stands: in memory while it is made, else from the archive. */
	public Optional<ReportJob> find(String id) {
		ReportJob running = this.live.get(id);
		return (running != null) ? Optional.of(running) : this.archive.find(id);
	}

	private void run(ReportJob job) {
		String id = job.id();
		try {
			this.archive.running(id);
			progress(job, "evaluating", 0);
			AnnualReport report = this.builder.build(job.planId(), job.year(), job.zoneCode(), job.asOf(),
					job.scenarios().stream().map(ReportJob.Included::id).toList(),
					(phase, done, total) -> progress(job, phase, (total > 0) ? 50 * done / total : 0));
			Locale locale = job.language().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
			progress(job, "charts", 50);
			ReportDocument document = ReportComposer.compose(report, locale,
					(done, total) -> progress(job, "charts", 50 + 30 * done / Math.max(1, total)));
			progress(job, "docx", 80);
			byte[] docx = DocxWriter.write(document);
			progress(job, "pdf", 88);
			byte[] pdf = PdfWriter.write(document);
			progress(job, "archiving", 97);
			String docxSha = sha256(docx);
			String pdfSha = sha256(pdf);
			Instant now = this.clock.instant();
			this.transactions.executeWithoutResult((status) -> {
				this.archive.done(id, report, docx, docxSha, pdf, pdfSha, now);
				this.audit.record("report.generate", "evaluation_report", id, job.zoneCode(), null,
						AuditLog.fields("plan", job.planId(), "year", job.year(), "zone", job.zoneCode(), "asOf",
								job.asOf().toString(), "language", job.language(), "planVersion", report.planVersion(),
								"figuresSha256", report.figuresSha256(), "demo", report.demo(), "docxSha256", docxSha,
								"pdfSha256", pdfSha, "scenarios",
								String.valueOf(ReportJob.Included.text(ReportArchive.included(report)))));
			});
		}
		catch (Throwable ex) {
			log.error("evaluation report {} failed", id, ex);
			try {
				this.archive.ended(id, ReportJob.State.FAILED,
						"报告生成因服务器内部错误失败，请稍后重试，或将编号告知管理员 / the report failed with an internal error; try again"
								+ " later, or give the administrator its id (" + id + ")",
						this.clock.instant());
			}
			catch (Throwable again) {
				log.error("could not record how evaluation report {} ended", id, again);
			}
		}
		finally {
			this.live.remove(id);
			this.slots.release();
		}
	}

	private void progress(ReportJob job, String phase, int percent) {
		this.live.put(job.id(), job.at(ReportJob.State.RUNNING, phase, Math.max(0, Math.min(99, percent))));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
