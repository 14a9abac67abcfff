package org.corridor.observatory.registry.enterprise;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.RegistryChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each plan's {@link NameIndex}: built off the request threads when the web
 * platform has started (or at a plan's first search by name), dropped at once when
 * {@link RegistryChanged} says a change has committed and built again. While there is no
 * current index, searches take the SQL path, so a firm is found (and a renamed one no
 * longer found by its old name) right after its import commits. A build that a change
 * overtook is thrown away. Inside a transaction that may write, the index is not used
 * either: that transaction may see firms the index cannot. When the platform stops, a
 * build under way is cancelled and waited for, before the connection pool closes under
 * it.
 */
@Component
class NameIndexes {

	private static final Log logger = LogFactory.getLog(NameIndexes.class);

	/**
	 * Every firm of a plan by credit code, read from the start of the key's index
	 * ({@link EnterpriseFinder#fromTheStart}): with {@code plan_id = ?} alone, H2 read a
	 * million firms through the industry index and sorted them, 87 s against 9 s
	 * (bench/README.md, "Load").
	 */
	static final String BY_CODE = "select e.uscc, e.name_key, e.demo from enterprise e where e.plan_id = ?"
			+ EnterpriseFinder.fromTheStart(EnterpriseOrder.CODE) + " order by e.plan_id, e.uscc";

	/** Every firm of a plan by name, then credit code, read from the name index. */
	static final String BY_NAME = "select e.uscc from enterprise e where e.plan_id = ?"
			+ EnterpriseFinder.fromTheStart(EnterpriseOrder.NAME) + " order by e.plan_id, e.name_key, e.uscc";

	private final JdbcTemplate streaming;

	private final TransactionTemplate snapshot;

	private final PlanCatalog catalog;

	private final Map<String, State> states = new ConcurrentHashMap<>();

	/** Builds one index at a time, off the request threads. */
	private final ExecutorService builder = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "name-index");
		thread.setDaemon(true);
		return thread;
	});

	/** Set when the platform stops: a build under way gives up. */
	private volatile boolean stopping;

	/** The statement of the build under way, to cancel when the platform stops. */
	private volatile PreparedStatement reading;

	NameIndexes(JdbcTemplate template, PlatformTransactionManager transactions, PlanCatalog catalog) {
		this.catalog = catalog;
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(10_000);
		// Both reads in one snapshot, so the name order lists the firms the code order
		// did.
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The plan's index when it is built and no change has committed since, and the
	 * caller's transaction, if any, only reads; else empty, and a build is queued.
	 */
	Optional<NameIndex> find(String planId) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return Optional.empty();
		}
		State state = this.states.computeIfAbsent(planId, State::new);
		synchronized (state) {
			if (state.index == null && !state.failed) {
				queue(state);
			}
			return Optional.ofNullable(state.index);
		}
	}

	/** Waits up to the timeout for the plan's current index (tests and benches). */
	Optional<NameIndex> await(String planId, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		Optional<NameIndex> found = find(planId);
		while (found.isEmpty() && System.nanoTime() < end) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
			found = find(planId);
		}
		return found;
	}

	@EventListener
	void started(ApplicationReadyEvent event) {
		// The command line reads no search; only the web platform builds ahead.
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			find(this.catalog.current().id());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void registryChanged(RegistryChanged event) {
		State state = this.states.computeIfAbsent(event.planId(), State::new);
		synchronized (state) {
			state.generation++;
			state.index = null;
			state.failed = false;
			queue(state);
		}
	}

	private void queue(State state) {
		if (!state.queued && !this.stopping) {
			state.queued = true;
			this.builder.execute(() -> build(state));
		}
	}

	private void build(State state) {
		long generation;
		synchronized (state) {
			state.queued = false;
			generation = state.generation;
		}
		NameIndex index;
		long started = System.nanoTime();
		try {
			index = this.snapshot.execute((status) -> read(state.planId));
		}
		catch (RuntimeException ex) {
			if (this.stopping) {
				logger.debug("name index of plan " + state.planId + " not built: the platform is stopping", ex);
				return;
			}
			logger.warn("name index of plan " + state.planId + " not built; searches by name read the database", ex);
			synchronized (state) {
				state.failed = state.generation == generation;
			}
			return;
		}
		synchronized (state) {
			if (state.generation == generation) {
				state.index = index;
			}
		}
		logger.info(String.format("name index of plan %s: %d firms, %d bytes (%.0f per firm), built in %d ms",
				state.planId, index.size(), index.bytes(), (double) index.bytes() / Math.max(1, index.size()),
				(System.nanoTime() - started) / 1_000_000));
	}

	private NameIndex read(String planId) {
		NameIndex.Builder firms = new NameIndex.Builder();
		this.streaming.query((connection) -> statement(connection.prepareStatement(BY_CODE), planId), (rs) -> {
			goingOn();
			firms.add(rs.getString(1), rs.getString(2), rs.getBoolean(3));
		});
		this.streaming.query((connection) -> statement(connection.prepareStatement(BY_NAME), planId), (rs) -> {
			goingOn();
			firms.ranked(rs.getString(1));
		});
		return firms.build();
	}

	/** A build's statement, kept to cancel; refused once the platform is stopping. */
	private PreparedStatement statement(PreparedStatement statement, String planId) throws SQLException {
		statement.setString(1, planId);
		this.reading = statement;
		goingOn();
		return statement;
	}

	/**
	 * Gives up a build once the platform is stopping, between rows too (H2 hands on rows
	 * it has read whole, which a cancel does not stop).
	 */
	private void goingOn() throws SQLException {
		if (this.stopping) {
			throw new SQLException("the platform is stopping");
		}
	}

	/** Whether a build has begun reading the registry (tests). */
	boolean reading() {
		return this.reading != null;
	}

	/**
	 * When the platform stops: no build starts, the one under way is cancelled (its rows
	 * stop coming) and waited for, so that it does not read on while the connection pool
	 * closes under it.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopping = true;
		this.builder.shutdown();
		PreparedStatement statement = this.reading;
		if (statement != null) {
			try {
				statement.cancel();
			}
			catch (SQLException ex) {
				// closed already: that build is over
			}
		}
		if (!this.builder.awaitTermination(10, TimeUnit.SECONDS)) {
			logger.warn("name index build still running at stop");
		}
	}

	private static final class State {

		private final String planId;

		private long generation;

		private NameIndex index;

		private boolean queued;

		/** The last build failed and nothing changed since: do not try again. */
		private boolean failed;

		State(String planId) {
			this.planId = planId;
		}

	}

}
