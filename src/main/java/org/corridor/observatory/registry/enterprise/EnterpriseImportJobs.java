package org.corridor.observatory.registry.enterprise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.ImportJob.State;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ImportsBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Enterprise imports in the background, so that a client can follow a long one. The only
 * imports that run as jobs.
 * <ul>
 * <li><b>Bounded.</b> At most {@code observatory.imports.queue-capacity} jobs wait behind
 * the running one; a job more is refused at once with {@link ImportsBusyException}
 * (answered 503 with {@code Retry-After}), before its file is kept.</li>
 * <li><b>On disk.</b> A waiting job's file is a spool file in
 * {@code observatory.imports.spool}, not bytes in memory; the running job reads its file
 * as a stream, so memory holds the rows in flight and the accepted ones, never the file.
 * The spool file is deleted when the job ends.</li>
 * <li><b>One at a time, in order,</b> on one worker thread: two large imports at once
 * would only compete for the same tables. A job whose import throws anything, an
 * {@link Error} such as {@link OutOfMemoryError} included, ends FAILED with a message
 * that says what happened without the exception's text (that goes to the log, under the
 * job's id), and the worker goes on with the next job.</li>
 * <li><b>Stored.</b> Each job's state changes are written to {@code import_job}
 * ({@link ImportJobTable}), so its outcome can be read after a restart; progress within a
 * phase is kept in memory while it runs. At start-up, jobs stored as waiting or running
 * (the process stopped under them; their import's transaction never committed) are marked
 * {@link State#INTERRUPTED}, and their spool files deleted; one platform process per
 * database. The command line, which may run beside the platform and runs no jobs, leaves
 * them alone ({@code observatory.imports.interrupt-on-start=false}). Ended jobs are
 * forgotten after {@code observatory.imports.kept-days}.</li>
 * <li>A job runs as the account that submitted it, so the import's audit entry names
 * it.</li>
 * </ul>
 */
@Component
public class EnterpriseImportJobs implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseImportJobs.class);

	static final String INTERRUPTED_ZH = "平台在导入完成前停止，本次导入未保存任何数据，请重新上传该文件";

	static final String INTERRUPTED_EN = "the platform stopped before the import finished; nothing of it was stored,"
			+ " please upload the file again";

	private final EnterpriseImportService service;

	private final ImportJobTable table;

	private final Clock clock;

	private final Path spool;

	private final int capacity;

	private final Duration retryAfter;

	private final Duration kept;

	private final boolean interruptOnStart;

	/** The running job and the waiting ones: one permit each. */
	private final Semaphore slots;

	/** Set once the platform stops: a job cut short then is interrupted, not failed. */
	private volatile boolean stopping;

	/** Jobs of this process that have not ended, with their latest progress. */
	private final Map<String, ImportJob> live = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "enterprise-import");
		thread.setDaemon(true);
		return thread;
	});

	EnterpriseImportJobs(EnterpriseImportService service, ImportJobTable table, Clock clock,
			@Value("${observatory.imports.spool:#{systemProperties['java.io.tmpdir'] + '/observatory-spool'}}") Path spool,
			@Value("${observatory.imports.queue-capacity:3}") int capacity,
			@Value("${observatory.imports.retry-after:60s}") Duration retryAfter,
			@Value("${observatory.imports.kept-days:30}") int keptDays,
			@Value("${observatory.imports.interrupt-on-start:true}") boolean interruptOnStart) {
		if (capacity < 0) {
			throw new IllegalArgumentException("observatory.imports.queue-capacity cannot be negative: " + capacity);
		}
		this.service = service;
		this.table = table;
		this.clock = clock;
		this.spool = spool;
		this.capacity = capacity;
		this.retryAfter = retryAfter;
		this.kept = Duration.ofDays(keptDays);
		this.slots = new Semaphore(capacity + 1);
		this.interruptOnStart = interruptOnStart;
	}

	/** Jobs the last process left waiting or running are reported as interrupted. */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			Files.createDirectories(this.spool);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the import spool folder " + this.spool, ex);
		}
		if (!this.interruptOnStart) {
			return;
		}
		List<String> spools = this.table.unfinishedSpools();
		int interrupted = this.table.interruptUnfinished(INTERRUPTED_ZH + " / " + INTERRUPTED_EN, now());
		spools.forEach((file) -> delete(Path.of(file)));
		this.table.forgetEndedBefore(now().minus(this.kept));
		if (interrupted > 0) {
			log.warn("{} enterprise import job(s) were waiting or running when the platform stopped;"
					+ " marked INTERRUPTED, nothing of them was stored", interrupted);
		}
	}

	/**
	 * Queues the import and returns the job as it stands. The upload is written to a
	 * spool file first; the worker reads it when the job's turn comes.
	 * @throws ImportsBusyException when {@code queue-capacity} jobs already wait
	 */
	public ImportJob submit(String planId, String fileName, Upload upload, Crs crs) {
		if (!this.slots.tryAcquire()) {
			throw new ImportsBusyException("导入队列已满（正在导入 1 个文件，另有 " + this.capacity + " 个在排队），请稍后再上传",
					"the import queue is full (one file importing, " + this.capacity
							+ " waiting); please upload again later",
					this.retryAfter);
		}
		String id = UUID.randomUUID().toString();
		Path file = this.spool.resolve(id + ".upload");
		boolean queued = false;
		try {
			upload.writeTo(file);
			ImportJob job = new ImportJob(id, State.QUEUED, "queued", 0, 0, null, null, null);
			this.table.queued(job, planId, fileName, crs.name(), file.toString(), AuditLog.whoNow(), now());
			this.live.put(id, job);
			SecurityContext submitter = SecurityContextHolder.getContext();
			this.executor
				.execute(new DelegatingSecurityContextRunnable(() -> run(id, planId, fileName, file, crs), submitter));
			queued = true;
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the uploaded file in " + this.spool, ex);
		}
		finally {
			if (!queued) {
				this.live.remove(id);
				delete(file);
				this.slots.release();
			}
		}
	}

	public Optional<ImportJob> find(String id) {
		ImportJob running = this.live.get(id);
		return (running != null) ? Optional.of(running) : this.table.find(id);
	}

	/** Never throws: whatever happens, the job ends recorded and the worker goes on. */
	private void run(String id, String planId, String fileName, Path file, Crs crs) {
		ImportJob ended;
		try {
			this.table.running(id);
			this.live.put(id, new ImportJob(id, State.RUNNING, "reading", 0, 0, null, null, null));
			ImportResult result = this.service.importFile(planId, fileName, file, crs, (phase, done, total) -> this.live
				.put(id, new ImportJob(id, State.RUNNING, phase, done, total, null, null, null)));
			ended = new ImportJob(id, State.DONE, "done", result.rows(), result.rows(), result, null, null);
		}
		catch (ImportRejectedException ex) {
			ended = new ImportJob(id, State.REJECTED, "validating", 0, 0, null, ex.problems(), null);
		}
		catch (OutOfMemoryError ex) {
			log.error("enterprise import job {} ({}) ran out of memory", id, fileName, ex);
			ended = failed(id, "服务器内存不足，无法导入该文件，未保存任何数据；请拆分成较小的文件或稍后重试",
					"the server ran out of memory for this file; nothing was stored. Split it into smaller files"
							+ " or try again later");
		}
		catch (Throwable ex) {
			if (this.stopping) {
				log.warn("enterprise import job {} ({}) interrupted: the platform is stopping", id, fileName);
				ended = new ImportJob(id, State.INTERRUPTED, "interrupted", 0, 0, null, null,
						INTERRUPTED_ZH + " / " + INTERRUPTED_EN);
				end(ended, file);
				return;
			}
			log.error("enterprise import job {} ({}) failed", id, fileName, ex);
			ended = failed(id, "导入因服务器内部错误失败，未保存任何数据；请稍后重试，或将任务编号告知管理员",
					"the import failed with an internal error; nothing was stored. Try again later, or give"
							+ " the administrator the job's id");
		}
		end(ended, file);
	}

	private static ImportJob failed(String id, String zh, String en) {
		return new ImportJob(id, State.FAILED, "failed", 0, 0, null, List.of(), zh + " / " + en + " (" + id + ")");
	}

	private void end(ImportJob job, Path file) {
		try {
			delete(file);
			this.table.ended(job, now());
		}
		catch (Throwable ex) {
			log.error("could not record how enterprise import job {} ended ({})", job.id(), job.state(), ex);
		}
		finally {
			this.live.remove(job.id());
			this.slots.release();
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("could not delete the spool file {}", file, ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * Stops the worker. Jobs still waiting stay stored as QUEUED and are reported as
	 * interrupted at the next start.
	 */
	@PreDestroy
	void stop() {
		this.stopping = true;
		this.executor.shutdownNow();
	}

	/** Writes an upload to a file, e.g. a multipart file's {@code transferTo}. */
	@FunctionalInterface
	public interface Upload {

		void writeTo(Path target) throws IOException;

	}

}
