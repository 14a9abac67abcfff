package org.corridor.observatory.registry.enterprise;

import org.corridor.observatory.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.registry.RegistryChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes firms to the registry. A batch is one transaction: firms are inserted or updated
 * by (plan, credit code), yearly figures inserted or, when changed, replaced with the
 * earlier values kept in {@code enterprise_revision}, a firm's tiers replaced by the
 * batch's when it gives any. A firm's position and the zones that contain it are stored
 * with the firm and nowhere else: the map's points are read from here (see
 * {@link EnterprisePositions}). The stored keys are read once per batch, so the batch
 * runs no query per row and the SQL is the same on H2 and PostgreSQL. Demo firms never
 * replace a stored firm.
 */
@Repository
public class EnterpriseStore {

	static final int CHUNK = 10_000;

	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	EnterpriseStore(JdbcTemplate template, ApplicationEventPublisher events, AuditLog audit) {
		this.events = events;
		this.audit = audit;
		this.template = template;
	}

	@Transactional
	public ImportResult store(String planId, String source, int rows, List<Enterprise> firms, boolean demo,
			ProgressListener progress) {
		Set<String> known = new HashSet<>();
		this.template.query("select uscc from enterprise where plan_id = ?", (rs) -> {
			known.add(rs.getString(1));
		}, planId);
		Map<String, StoredYear> stored = loadYears(planId);
		List<Enterprise> inserts = new ArrayList<>();
		List<Enterprise> updates = new ArrayList<>();
		List<YearWrite> newYears = new ArrayList<>();
		List<YearWrite> changedYears = new ArrayList<>();
		List<Enterprise> retiered = new ArrayList<>();
		List<TierWrite> tiers = new ArrayList<>();
		int located = 0;
		for (Enterprise firm : firms) {
			boolean exists = known.contains(firm.uscc());
			if (exists && demo) {
				continue;
			}
			(exists ? updates : inserts).add(firm);
			for (EnterpriseFigures figures : firm.years()) {
				StoredYear before = stored.get(StoredYear.key(firm.uscc(), figures.year()));
				if (before == null) {
					newYears.add(new YearWrite(firm.uscc(), figures));
				}
				else if (!before.sameAs(figures)) {
					changedYears.add(new YearWrite(firm.uscc(), figures));
				}
			}
			if (!firm.tiers().isEmpty()) {
				if (exists) {
					retiered.add(firm);
				}
				firm.tiers().forEach((tier) -> tiers.add(new TierWrite(firm.uscc(), tier)));
			}
			if (firm.hasLocation()) {
				located++;
			}
		}
		Timestamp now = Timestamp.from(Instant.now());
		EnterpriseBatches batches = new EnterpriseBatches(this.template, planId, source, demo, now, progress,
				inserts.size() + updates.size() + newYears.size() + 2L * changedYears.size() + retiered.size()
						+ tiers.size());
		batches.insertFirms(inserts);
		batches.updateFirms(updates);
		batches.keepRevisions(changedYears);
		batches.insertYears(newYears);
		batches.updateYears(changedYears);
		batches.deleteTiers(retiered);
		batches.insertTiers(tiers);
		this.events.publishEvent(new RegistryChanged(planId));
		ImportResult result = new ImportResult(rows, firms.size(), inserts.size(), updates.size(),
				newYears.size() + changedYears.size(), changedYears.size(), tiers.size(), located);
		this.audit.record("import", "enterprises", planId + "/" + source, null, null, result);
		return result;
	}

	private Map<String, StoredYear> loadYears(String planId) {
		Map<String, StoredYear> stored = new HashMap<>();
		this.template.query("select uscc, fig_year, revenue, rd_spending, employees, invention_patents"
				+ " from enterprise_year where plan_id = ?", (rs) -> {
					String uscc = rs.getString(1);
					int year = rs.getInt(2);
					stored.put(StoredYear.key(uscc, year), new StoredYear(rs.getBigDecimal(3), rs.getBigDecimal(4),
							(Integer) rs.getObject(5), (Integer) rs.getObject(6)));
				}, planId);
		return stored;
	}

	record YearWrite(String uscc, EnterpriseFigures figures) {
	}

	record TierWrite(String uscc, TierEvent tier) {
	}

}
