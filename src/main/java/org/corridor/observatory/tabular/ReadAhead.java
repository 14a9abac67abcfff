package org.corridor.observatory.tabular;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads rows on a thread of its own, a few batches ahead of the thread that takes them:
 * decoding and splitting a million-row CSV takes about 0.8 s of CPU (bench/README.md),
 * which this takes off the thread that checks and stores the rows. The rows come in file
 * order, in batches through a bounded queue, so memory holds at most {@link #BATCHES}
 * batches of {@link #BATCH} rows. Problems the reader finds are added after the rows
 * before them have been taken, as when the two run on one thread. When the taker stops
 * (it refuses the file), the reader stops too before {@link #run} returns.
 */
final class ReadAhead {

	static final int BATCH = 1024;

	static final int BATCHES = 16;

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);

	private volatile boolean stopped;

	/** Reads all rows, handing each to a consumer; may add problems. */
	@FunctionalInterface
	interface Reader {

		void read(List<ImportProblem> problems, Consumer<SheetRow> rows) throws IOException;

	}

	private ReadAhead() {
	}

	/**
	 * Runs {@code reader} on a thread of its own and hands its rows to {@code rows} on
	 * this one; then adds the problems it found to {@code problems}.
	 * @throws IOException as the reader threw it
	 */
	static void run(Reader reader, List<ImportProblem> problems, Consumer<SheetRow> rows) throws IOException {
		new ReadAhead().take(reader, problems, rows);
	}

	private void take(Reader reader, List<ImportProblem> problems, Consumer<SheetRow> rows) throws IOException {
		List<ImportProblem> found = new ArrayList<>();
		Thread thread = new Thread(() -> read(reader, found), "read-ahead");
		thread.setDaemon(true);
		thread.start();
		try {
			while (true) {
				Object next = this.queue.take();
				if (next instanceof End end) {
					problems.addAll(found);
					end.rethrow();
					return;
				}
				@SuppressWarnings("unchecked")
				List<SheetRow> batch = (List<SheetRow>) next;
				batch.forEach(rows);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while reading the file");
		}
		finally {
			this.stopped = true;
			this.queue.clear();
			joinQuietly(thread);
		}
	}

	private void read(Reader reader, List<ImportProblem> found) {
		Throwable failure = null;
		try {
			List<SheetRow> batch = new ArrayList<>(BATCH);
			reader.read(found, (row) -> {
				batch.add(row);
				if (batch.size() == BATCH) {
					hand(new ArrayList<>(batch));
					batch.clear();
				}
			});
			if (!batch.isEmpty()) {
				hand(batch);
			}
		}
		catch (Stopped ex) {
			return;
		}
		catch (IOException | RuntimeException | Error ex) {
			failure = ex;
		}
		hand(new End(failure));
	}

	/** Puts an item on the queue, waiting for room while the taker goes on. */
	private void hand(Object item) {
		try {
			while (!this.queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
				if (this.stopped) {
					throw new Stopped();
				}
			}
		}
		catch (InterruptedException ex) {
			throw new Stopped();
		}
	}

	private static void joinQuietly(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The reader has finished, with what it threw, if anything. */
	private record End(Throwable failure) {

		void rethrow() throws IOException {
			if (this.failure instanceof IOException io) {
				throw io;
			}
			if (this.failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (this.failure instanceof Error error) {
				throw error;
			}
		}

	}

	/** Ends the reader's thread when the taker has stopped. */
	private static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}

	}

}
