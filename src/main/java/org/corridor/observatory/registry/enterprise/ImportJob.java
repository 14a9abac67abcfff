package org.corridor.observatory.registry.enterprise;

import java.util.List;

import org.corridor.observatory.tabular.ImportProblem;

/**
 * What a background enterprise import has done so far.
 *
 * @param id the job's id
 * @param state where the job stands
 * @param phase the import's current phase: queued, reading, validating, storing, done,
 * failed or interrupted
 * @param done how much of the phase is done
 * @param total how much the phase has in all; 0 when unknown
 * @param result what was imported, once {@link State#DONE}
 * @param problems every problem of the file, once {@link State#REJECTED}
 * @param error why the import failed or was interrupted (中文 / English), once
 * {@link State#FAILED} or {@link State#INTERRUPTED}
 */
public record ImportJob(String id, State state, String phase, long done, long total, ImportResult result,
		List<ImportProblem> problems, String error) {

	/** The life of a job. */
	public enum State {

		/** Waiting for an earlier import to finish. */
		QUEUED,

		/** Reading, checking or storing. */
		RUNNING,

		/** Imported. */
		DONE,

		/** The file was refused; nothing was stored. */
		REJECTED,

		/** Something other than the file went wrong; nothing was stored. */
		FAILED,

		/**
		 * The platform stopped while the job waited or ran; nothing of it was stored, and
		 * the file must be uploaded again.
		 */
		INTERRUPTED

	}

}
