package org.corridor.observatory.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.monitor.imports.StoredSeries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores figures. A batch is written in one transaction, so an import is all-or-nothing;
 * a figure that replaces an earlier one keeps the earlier value as a revision. Demo
 * figures never replace a stored figure.
 */
@Repository
public class ObservationStore implements UnpublishedFigures {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	/** Whether a plan has published demo figures, kept until {@link FiguresPublished}. */
	private final Map<String, Boolean> demo = new ConcurrentHashMap<>();

	ObservationStore(JdbcClient jdbc, JdbcTemplate template, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Stores a checked file's figures as a batch waiting for publication: nothing the
	 * public or the evaluation sees changes yet.
	 */
	@Transactional
	public ImportBatch stage(String planId, String fileName, String format, String encoding,
			List<ObservationRecord> records, boolean demo) {
		Instant now = Instant.now();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into import_batch (plan_id, file_name, format, encoding, row_count, demo, imported_at, state,"
					+ " imported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(planId, fileName, format, encoding, records.size(), demo, Timestamp.from(now),
					BatchState.PENDING.name(), AuditLog.whoNow())
			.update(keys, "id");
		long batchId = keys.getKey().longValue();
		this.template.batchUpdate(
				"insert into pending_observation (batch_id, indicator_code, zone_code, obs_year,"
						+ " obs_value, source, note) values (?, ?, ?, ?, ?, ?, ?)",
				records.stream()
					.map((r) -> new Object[] { batchId, r.indicatorCode(), r.zoneCode(), r.year(), r.value(),
							r.source(), r.note() })
					.toList());
		ImportBatch batch = getBatch(planId, batchId);
		this.audit.record("stage", "observation-batch", planId + "/" + batchId, null, null, batch);
		return batch;
	}

	/**
	 * Publishes a pending batch: its figures become the published ones, a figure they
	 * replace kept as a revision.
	 * @throws IllegalArgumentException when the batch is not pending
	 */
	@Transactional
	public ImportBatch publish(String planId, long batchId) {
		ImportBatch before = getBatch(planId, batchId);
		if (before.state() != BatchState.PENDING) {
			throw new IllegalArgumentException("批次 " + batchId + " 不是待发布状态（" + before.state().zh() + "） / batch "
					+ batchId + " is not pending publication (" + before.state().en() + ")");
		}
		Instant now = Instant.now();
		Timestamp at = Timestamp.from(now);
		Map<String, Long> existing = new HashMap<>();
		this.jdbc.sql("select id, indicator_code, zone_code, obs_year from observation where plan_id = ?")
			.param(planId)
			.query((rs) -> {
				existing.put(key(rs.getString(2), rs.getString(3), rs.getInt(4)), rs.getLong(1));
			});
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Long> replaced = new ArrayList<>();
		boolean demo = before.demo();
		for (ObservationRecord record : listPendingRecords(batchId)) {
			Long id = existing.get(key(record.indicatorCode(), record.zoneCode(), record.year()));
			if (id == null) {
				inserts.add(new Object[] { planId, record.indicatorCode(), record.zoneCode(), record.year(),
						record.value(), record.source(), record.note(), demo, batchId, at });
			}
			else if (!demo) {
				replaced.add(id);
				updates.add(new Object[] { record.value(), record.source(), record.note(), demo, batchId, at, id });
			}
		}
		this.template.batchUpdate("insert into observation_revision (observation_id, obs_value, source, note, demo,"
				+ " batch_id, replaced_at) select id, obs_value, source, note, demo, batch_id, ? from observation"
				+ " where id = ?", replaced.stream().map((id) -> new Object[] { at, id }).toList());
		this.template.batchUpdate("insert into observation (plan_id, indicator_code, zone_code, obs_year, obs_value,"
				+ " source, note, demo, batch_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		this.template.batchUpdate("update observation set obs_value = ?, source = ?, note = ?, demo = ?,"
				+ " batch_id = ?, recorded_at = ? where id = ?", updates);
		this.jdbc
			.sql("update import_batch set state = ?, published_at = ?, published_by = ?, inserted = ?, updated = ?"
					+ " where id = ?")
			.params(BatchState.PUBLISHED.name(), at, AuditLog.whoNow(), inserts.size(), updates.size(), batchId)
			.update();
		ImportBatch after = getBatch(planId, batchId);
		this.audit.record("publish", "observation-batch", planId + "/" + batchId, null, before, after);
		this.events.publishEvent(new FiguresPublished(planId, batchId));
		return after;
	}

	/**
	 * Withdraws a pending batch: its figures are never published, and stay on record.
	 * @throws IllegalArgumentException when the batch is not pending or no reason is
	 * given
	 */
	@Transactional
	public ImportBatch withdraw(String planId, long batchId, String reason) {
		ImportBatch before = getBatch(planId, batchId);
		if (before.state() != BatchState.PENDING) {
			throw new IllegalArgumentException("只能撤回待发布的批次 / only a batch pending publication can be withdrawn");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("撤回须说明原因 / a withdrawal needs a reason");
		}
		this.jdbc.sql("update import_batch set state = ?, withdrawn_reason = ? where id = ?")
			.params(BatchState.WITHDRAWN.name(), reason.strip(), batchId)
			.update();
		ImportBatch after = getBatch(planId, batchId);
		this.audit.record("withdraw", "observation-batch", planId + "/" + batchId, null, before,
				AuditLog.fields("state", after.state(), "reason", reason.strip()));
		return after;
	}

	/**
	 * Stores figures and publishes them at once: demo data, figures approved in a round.
	 */
	@Transactional
	public ImportBatch store(String planId, String fileName, String format, String encoding,
			List<ObservationRecord> records, boolean demo) {
		return publish(planId, stage(planId, fileName, format, encoding, records, demo).id());
	}

	public ImportBatch getBatch(String planId, long batchId) {
		return this.jdbc.sql(BATCH + " where plan_id = ? and id = ?")
			.params(planId, batchId)
			.query(ObservationStore::batch)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("没有此批次 / no such batch: " + batchId));
	}

	/** The batches of a plan in a state, newest first. */
	public List<ImportBatch> listBatches(String planId, BatchState state) {
		return this.jdbc.sql(BATCH + " where plan_id = ? and state = ? order by id desc")
			.params(planId, state.name())
			.query(ObservationStore::batch)
			.list();
	}

	/** The figures of every batch pending publication, oldest batch first. */
	@Override
	public List<ObservationRecord> listUnpublished(String planId) {
		return this.jdbc
			.sql("select p.indicator_code, p.zone_code, p.obs_year, p.obs_value, p.source, p.note"
					+ " from pending_observation p join import_batch b on b.id = p.batch_id"
					+ " where b.plan_id = ? and b.state = 'PENDING' order by b.id, p.id")
			.param(planId)
			.query(ObservationStore::record)
			.list();
	}

	private List<ObservationRecord> listPendingRecords(long batchId) {
		return this.jdbc
			.sql("select indicator_code, zone_code, obs_year, obs_value, source, note from pending_observation"
					+ " where batch_id = ? order by id")
			.param(batchId)
			.query(ObservationStore::record)
			.list();
	}

	private static final String BATCH = "select id, file_name, format, encoding, row_count, inserted, updated, demo,"
			+ " imported_at, state, imported_by from import_batch";

	private static ImportBatch batch(ResultSet rs, int row) throws SQLException {
		return new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getTimestamp(9).toInstant(),
				BatchState.valueOf(rs.getString(10)), rs.getString(11));
	}

	private static ObservationRecord record(ResultSet rs, int row) throws SQLException {
		return new ObservationRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
				rs.getString(5), rs.getString(6));
	}

	private static String key(String indicator, String zone, int year) {
		return indicator + "|" + zone + "|" + year;
	}

	public List<Observation> listObservations(String planId, String indicatorCode, String zoneCode) {
		return this.jdbc
			.sql("select indicator_code, zone_code, obs_year, obs_value, source, note, demo, batch_id"
					+ " from observation where plan_id = :plan"
					+ " and (cast(:indicator as varchar(64)) is null or indicator_code = :indicator)"
					+ " and (cast(:zone as varchar(64)) is null or zone_code = :zone)"
					+ " order by indicator_code, zone_code, obs_year")
			.param("plan", planId)
			.param("indicator", indicatorCode)
			.param("zone", zoneCode)
			.query((rs, row) -> new Observation(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5), rs.getString(6), rs.getBoolean(7),
					rs.getLong(8)))
			.list();
	}

	public List<YearValue> series(String planId, String indicatorCode, String zoneCode) {
		return listObservations(planId, indicatorCode, zoneCode).stream()
			.map((o) -> new YearValue(o.year(), o.value(), o.demo()))
			.toList();
	}

	/** The published figures of a plan, as the running-total check reads them. */
	public StoredSeries published(String planId) {
		return (indicator, zone) -> {
			java.util.TreeMap<Integer, java.math.BigDecimal> values = new java.util.TreeMap<>();
			series(planId, indicator, zone).forEach((value) -> values.put(value.year(), value.value()));
			return values;
		};
	}

	/**
	 * The figures as they were published at {@code asOf}: a figure published later is
	 * left out, and one replaced later is given as it was before.
	 */
	public List<YearValue> series(String planId, String indicatorCode, String zoneCode, Instant asOf) {
		Timestamp at = Timestamp.from(asOf);
		return this.jdbc
			.sql("select obs_year, obs_value, demo from observation where plan_id = ? and indicator_code = ?"
					+ " and zone_code = ? and recorded_at <= ?"
					+ " union all select o.obs_year, r.obs_value, r.demo from observation_revision r"
					+ " join observation o on o.id = r.observation_id join import_batch b on b.id = r.batch_id"
					+ " where o.plan_id = ? and o.indicator_code = ? and o.zone_code = ? and b.published_at <= ?"
					+ " and r.replaced_at > ? order by 1")
			.params(planId, indicatorCode, zoneCode, at, planId, indicatorCode, zoneCode, at, at)
			.query((rs, row) -> new YearValue(rs.getInt(1), rs.getBigDecimal(2).stripTrailingZeros(), rs.getBoolean(3)))
			.list();
	}

	/**
	 * Whether any published figure of the plan is demo data: asked once, then kept until
	 * a batch is published (never kept from inside a transaction, which may yet roll
	 * back).
	 */
	public boolean hasDemo(String planId) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return findDemo(planId);
		}
		return this.demo.computeIfAbsent(planId, this::findDemo);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void figuresPublished(FiguresPublished event) {
		this.demo.remove(event.planId());
	}

	private boolean findDemo(String planId) {
		return !this.jdbc.sql("select 1 from observation where plan_id = ? and demo = true fetch first 1 rows only")
			.param(planId)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	public boolean hasDemoBatch(String planId) {
		return this.jdbc.sql("select count(*) from import_batch where plan_id = ? and demo = true")
			.param(planId)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Integer> findLatestYear(String planId) {
		// max() of no rows is one null row, which single() refuses.
		return this.jdbc.sql("select max(obs_year) from observation where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	public int countRevisions(String planId) {
		return this.jdbc
			.sql("select count(*) from observation_revision r join observation o on o.id = r.observation_id"
					+ " where o.plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
	}

}
