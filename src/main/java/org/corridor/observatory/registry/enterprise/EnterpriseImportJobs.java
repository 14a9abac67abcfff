package org.corridor.observatory.registry.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.ImportJob.State;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.stereotype.Component;

/**
 * Enterprise imports run in the background so that a client can follow a long one. Jobs
 * run one at a time, in order: two large imports at once would only compete for the same
 * tables. Jobs are kept in memory, the latest {@link #KEPT} only; a restart forgets them.
 */
@Component
public class EnterpriseImportJobs {

	static final int KEPT = 100;

	private final EnterpriseImportService service;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "enterprise-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
			return size() > KEPT;
		}

	};

	EnterpriseImportJobs(EnterpriseImportService service) {
		this.service = service;
	}

	/** Queues the import and returns the job as it stands. */
	public ImportJob submit(String planId, String fileName, byte[] content, Crs crs) {
		String id = UUID.randomUUID().toString();
		put(new ImportJob(id, State.QUEUED, "queued", 0, 0, null, null, null));
		this.executor.execute(() -> run(id, planId, fileName, content, crs));
		return find(id).orElseThrow();
	}

	public Optional<ImportJob> find(String id) {
		synchronized (this.jobs) {
			return Optional.ofNullable(this.jobs.get(id));
		}
	}

	private void run(String id, String planId, String fileName, byte[] content, Crs crs) {
		try {
			ImportResult result = this.service.importFile(planId, fileName, content, crs, (phase, done,
					total) -> put(new ImportJob(id, State.RUNNING, phase, done, total, null, null, null)));
			put(new ImportJob(id, State.DONE, "done", result.rows(), result.rows(), result, null, null));
		}
		catch (ImportRejectedException ex) {
			put(new ImportJob(id, State.REJECTED, "validating", 0, 0, null, ex.problems(), null));
		}
		catch (RuntimeException ex) {
			put(new ImportJob(id, State.FAILED, "failed", 0, 0, null, List.of(), String.valueOf(ex.getMessage())));
		}
	}

	private void put(ImportJob job) {
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
