package org.corridor.observatory.tabular;

import java.time.Duration;

/**
 * An upload refused because the platform already holds as many imports as it may: the
 * import queue is full, or as many large files as it allows are being read at once. It is
 * not the file's fault; the same file sent again after {@link #retryAfter()} may be
 * taken. Answered 503 with a {@code Retry-After} header.
 */
public class ImportsBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ImportsBusyException(String zh, String en, Duration retryAfter) {
		super(zh + " / " + en);
		this.retryAfter = retryAfter;
	}

	/** How long the client should wait before it tries again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
