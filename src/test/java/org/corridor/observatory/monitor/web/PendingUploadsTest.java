package org.corridor.observatory.monitor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files kept between the import page's two steps: only for their owner, for 30
 * minutes, at most so many and so many bytes, the oldest going first.
 */
class PendingUploadsTest {

	private Instant now = Instant.parse("2026-03-01T08:00:00Z");

	private final PendingUploads pending = new PendingUploads(new Clock() {
		@Override
		public Instant instant() {
			return PendingUploadsTest.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void keepsAFileForItsOwnerUntilItIsStoredOrExpires() {
		String token = this.pending.keep("admin", "figures.csv", new byte[] { 1, 2, 3 }).orElseThrow();
		assertThat(this.pending.find("someone-else", token)).isEmpty();
		assertThat(this.pending.find("admin", token)).hasValueSatisfying((kept) -> {
			assertThat(kept.fileName()).isEqualTo("figures.csv");
			assertThat(kept.content()).containsExactly(1, 2, 3);
		});
		this.pending.forget(token);
		assertThat(this.pending.find("admin", token)).isEmpty();

		String later = this.pending.keep("admin", "figures.csv", new byte[] { 1 }).orElseThrow();
		this.now = this.now.plus(PendingUploads.KEPT_FOR).plus(Duration.ofSeconds(1));
		assertThat(this.pending.find("admin", later)).isEmpty();
		assertThat(this.pending.find("admin", null)).isEmpty();
	}

	@Test
	void keepsAtMostSoManyFilesAndBytesTheOldestGoingFirst() {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i <= PendingUploads.MAX_FILES; i++) {
			tokens.add(this.pending.keep("admin", i + ".csv", new byte[] { (byte) i }).orElseThrow());
		}
		assertThat(this.pending.find("admin", tokens.get(0))).isEmpty();
		assertThat(this.pending.find("admin", tokens.get(1))).isPresent();

		String big = this.pending.keep("admin", "big.xlsx", new byte[(int) PendingUploads.MAX_BYTES]).orElseThrow();
		assertThat(this.pending.find("admin", big)).isPresent();
		assertThat(this.pending.find("admin", tokens.get(PendingUploads.MAX_FILES))).isEmpty();
		assertThat(this.pending.keep("admin", "huge.xlsx", new byte[(int) PendingUploads.MAX_BYTES + 1])).isEmpty();
	}

}
