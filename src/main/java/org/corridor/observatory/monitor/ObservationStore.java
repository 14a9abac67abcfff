package org.corridor.observatory.monitor;

import org.corridor.observatory.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.corridor.observatory.monitor.imports.ObservationRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores figures. A batch is written in one transaction, so an import is all-or-nothing;
 * a figure that replaces an earlier one keeps the earlier value as a revision. Demo
 * figures never replace a stored figure.
 */
@Repository
public class ObservationStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditLog audit;

	ObservationStore(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
	}

	@Transactional
	public ImportBatch store(String planId, String fileName, String format, String encoding,
			List<ObservationRecord> records, boolean demo) {
		Instant now = Instant.now();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into import_batch (plan_id, file_name, format, encoding, row_count, demo, imported_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(planId, fileName, format, encoding, records.size(), demo, Timestamp.from(now))
			.update(keys, "id");
		long batchId = keys.getKey().longValue();
		Map<String, Long> existing = new HashMap<>();
		this.jdbc.sql("select id, indicator_code, zone_code, obs_year from observation where plan_id = ?")
			.param(planId)
			.query((rs) -> {
				existing.put(key(rs.getString(2), rs.getString(3), rs.getInt(4)), rs.getLong(1));
			});
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Long> replaced = new ArrayList<>();
		Timestamp at = Timestamp.from(now);
		for (ObservationRecord record : records) {
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
		ImportBatch batch = new ImportBatch(batchId, fileName, format, encoding, inserts.size(), updates.size(), demo,
				now);
		this.audit.record("import", "observation-batch", planId + "/" + batchId, null, null, batch);
		return batch;
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

	public boolean hasDemo(String planId) {
		return this.jdbc.sql("select count(*) from observation where plan_id = ? and demo = true")
			.param(planId)
			.query(Long.class)
			.single() > 0;
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
