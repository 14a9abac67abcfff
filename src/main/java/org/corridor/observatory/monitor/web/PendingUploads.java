package org.corridor.observatory.monitor.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Figures files kept between the two steps of the import page (待说明的上传): a file that
 * brings warnings waits here while its uploader writes the comments, so it need not be
 * sent again. Bounded: at most {@value #MAX_FILES} files and {@value #MAX_BYTES} bytes in
 * all (the oldest go first), each for {@link #KEPT_FOR} at most, and only for the account
 * that sent it. A file larger than the whole bound is not kept: the page asks for it
 * again with the comments.
 */
@Component
class PendingUploads {

	static final int MAX_FILES = 32;

	static final long MAX_BYTES = 64L * 1024 * 1024;

	static final Duration KEPT_FOR = Duration.ofMinutes(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A kept file. */
	record Pending(String owner, String fileName, byte[] content, Instant keptAt) {
	}

	private final Map<String, Pending> files = new LinkedHashMap<>();

	private final Clock clock;

	private long bytes;

	PendingUploads(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Keeps a file for its owner; the token that finds it again, or empty when too big.
	 */
	synchronized Optional<String> keep(String owner, String fileName, byte[] content) {
		expire();
		if (content.length > MAX_BYTES) {
			return Optional.empty();
		}
		Iterator<Pending> oldest = this.files.values().iterator();
		while (oldest.hasNext() && (this.files.size() >= MAX_FILES || this.bytes + content.length > MAX_BYTES)) {
			this.bytes -= oldest.next().content().length;
			oldest.remove();
		}
		byte[] token = new byte[16];
		RANDOM.nextBytes(token);
		String key = HexFormat.of().formatHex(token);
		this.files.put(key, new Pending(owner, fileName, content, Instant.now(this.clock)));
		this.bytes += content.length;
		return Optional.of(key);
	}

	/** The file kept under {@code token} for {@code owner}, if it is still kept. */
	synchronized Optional<Pending> find(String owner, String token) {
		expire();
		Pending pending = (token != null) ? this.files.get(token) : null;
		return (pending != null && pending.owner().equals(owner)) ? Optional.of(pending) : Optional.empty();
	}

	/** Forgets a file once it is stored. */
	synchronized void forget(String token) {
		Pending pending = this.files.remove(token);
		if (pending != null) {
			this.bytes -= pending.content().length;
		}
	}

	private void expire() {
		Instant limit = Instant.now(this.clock).minus(KEPT_FOR);
		Iterator<Pending> all = this.files.values().iterator();
		while (all.hasNext()) {
			Pending pending = all.next();
			if (pending.keptAt().isBefore(limit)) {
				this.bytes -= pending.content().length;
				all.remove();
			}
		}
	}

}
