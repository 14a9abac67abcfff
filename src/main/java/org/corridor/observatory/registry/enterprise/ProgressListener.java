package org.corridor.observatory.registry.enterprise;

/**
 * Told how far a long enterprise import has come: the phase ({@code reading},
 * {@code validating}, {@code storing}) and how much of it is done. A total of 0 means the
 * phase cannot say in advance how much there is.
 */
@FunctionalInterface
public interface ProgressListener {

	/** A listener that ignores every report. */
	ProgressListener NONE = (phase, done, total) -> {
	};

	void report(String phase, long done, long total);

}
