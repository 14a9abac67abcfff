package org.corridor.observatory.registry.enterprise;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.registry.RegistryChanged;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes firms to the registry. A batch is one transaction: firms are inserted or updated
 * by (plan, credit code), yearly figures inserted or, when changed, replaced with the
 * earlier values kept in {@code enterprise_revision}, a firm's tiers replaced by the
 * batch's when it gives any. A firm's position and the zones that contain it are stored
 * with the firm and nowhere else: the map's points are read from here (see
 * {@link EnterprisePositions}). On PostgreSQL the batch is sent with {@code COPY} into
 * staging tables and merged set-wise ({@link EnterpriseCopy}); elsewhere (H2) the stored
 * keys are read once per batch and the statements run as JDBC batches
 * ({@link EnterpriseBatches}), so no query runs per row. Both give the same result. Demo
 * firms never replace a stored firm.
 */
@Repository
public class EnterpriseStore {

	static final int CHUNK = 10_000;

	private static final Comparator<YearWrite> YEAR_ORDER = Comparator.comparing(YearWrite::uscc)
		.thenComparingInt((write) -> write.figures().year());

	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	/**
	 * The fewest new rows for which PostgreSQL's registry keys and indexes are built
	 * again rather than grown ({@link EnterpriseCopy}).
	 */
	private final int rebuildIndexesFrom;

	EnterpriseStore(JdbcTemplate template, ApplicationEventPublisher events, AuditLog audit,
			@Value("${observatory.imports.rebuild-indexes-from:100000}") int rebuildIndexesFrom) {
		this.rebuildIndexesFrom = rebuildIndexesFrom;
		this.events = events;
		this.audit = audit;
		this.template = template;
	}

	@Transactional
	public ImportResult store(String planId, String source, int rows, List<Enterprise> firms, boolean demo,
			ProgressListener progress) {
		Timestamp now = Timestamp.from(Instant.now());
		List<String> demoFirmsNamed = demo ? List.of() : demoFirmsAmong(planId, firms);
		DataSource dataSource = this.template.getDataSource();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		ImportResult result;
		try {
			result = EnterpriseCopy.supports(connection)
					? new EnterpriseCopy(this.template, connection, planId, source, demo, now, progress,
							this.rebuildIndexesFrom)
						.store(rows, firms)
					: storeInBatches(planId, source, rows, firms, demo, now, progress);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot tell the database's driver", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		return stored(planId, source, demoFirmsNamed, result);
	}

	/**
	 * Whether the database can take a file's rows while it is being read
	 * ({@link #readAndStore}): PostgreSQL, through {@code COPY}.
	 */
	public boolean copies() {
		Boolean copies = this.template.execute((Connection connection) -> EnterpriseCopy.supports(connection));
		return Boolean.TRUE.equals(copies);
	}

	/**
	 * Reads a file and stores its firms in one transaction, on PostgreSQL
	 * ({@link #copies()}): as the rows pass their checks, the figures of firms not stored
	 * are already copied into the registry, so that the server stores them while the rest
	 * of the file is read and checked; the rest goes as {@link #store} sends it. A file
	 * refused part way through rolls back with nothing changed.
	 * @param expectedRows about how many rows the file holds
	 * @param read reads and checks the file into firms, offering each accepted row to the
	 * predicate while the file has no problem (it answers whether it stored the row's
	 * figures), or throws
	 * @param locate gives the firms their zones
	 */
	@Transactional
	public ImportResult readAndStore(String planId, String source, long expectedRows,
			Function<Predicate<EnterpriseRow>, EnterpriseFileReader.Firms> read,
			Function<EnterpriseFileReader.Firms, List<Enterprise>> locate, ProgressListener progress) {
		Timestamp now = Timestamp.from(Instant.now());
		DataSource dataSource = this.template.getDataSource();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		ImportResult result;
		List<String> demoFirmsNamed;
		try {
			EnterpriseCopy copy = new EnterpriseCopy(this.template, connection, planId, source, false, now, progress,
					this.rebuildIndexesFrom);
			EnterpriseFileReader.Firms accepted;
			try (EnterpriseCopy.YearStream years = copy.streamYears(expectedRows)) {
				accepted = read.apply(years);
				years.finish(true);
			}
			List<Enterprise> firms = locate.apply(accepted);
			demoFirmsNamed = demoFirmsAmong(planId, firms);
			result = copy.store(accepted.rows(), firms);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		return stored(planId, source, demoFirmsNamed, result);
	}

	/**
	 * What follows every store in its transaction: DEMO marks of the DEMO firms a real
	 * file named (read before the store), the event, the audit.
	 */
	private ImportResult stored(String planId, String source, List<String> demoFirmsNamed, ImportResult result) {
		keepDemoMarks(planId, demoFirmsNamed);
		this.events.publishEvent(new RegistryChanged(planId));
		this.audit.record("import", "enterprises", planId + "/" + source, null, null, result);
		return result;
	}

	/**
	 * The write on H2 (any database but PostgreSQL): the stored keys read once, the
	 * statements run as JDBC batches.
	 */
	private ImportResult storeInBatches(String planId, String source, int rows, List<Enterprise> firms, boolean demo,
			Timestamp now, ProgressListener progress) {
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
		// In key order H2 appends to an index's tree instead of rewriting pages all over
		// it: a quarter of the file written when every index is in key order
		// (bench/README.md); enterprise_year has its key alone.
		inserts.sort(Comparator.comparing(Enterprise::uscc));
		newYears.sort(YEAR_ORDER);
		changedYears.sort(YEAR_ORDER);
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
		return new ImportResult(rows, firms.size(), inserts.size(), updates.size(),
				newYears.size() + changedYears.size(), changedYears.size(), tiers.size(), located);
	}

	/**
	 * Gives the space a large import left behind back to the file system, on an embedded
	 * H2 database; does nothing on any other. H2 rewrites every page a transaction
	 * touches (again at its commit), so a million-row import leaves a file many times its
	 * live data, which neither {@code CHECKPOINT} nor H2's background compaction shrinks
	 * (see bench/README.md); its store's {@code compactFile} moves the live chunks
	 * together and truncates the file, online. Call it outside any transaction.
	 * @param maxMillis how long the compaction may take
	 * @param progress told of the phase {@code compacting} when there is one
	 */
	public void compact(int maxMillis, ProgressListener progress) {
		this.template.execute((Connection connection) -> {
			if (connection.isWrapperFor(JdbcConnection.class)
					&& connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local) {
				progress.report("compacting", 0, 0);
				local.getDatabase().getStore().compactFile(maxMillis);
			}
			return null;
		});
	}

	/** The DEMO firms a real file names: only they may lose their mark by this import. */
	private List<String> demoFirmsAmong(String planId, List<Enterprise> firms) {
		Set<String> demoFirms = new HashSet<>(this.template
			.queryForList("select uscc from enterprise where plan_id = ? and demo", String.class, planId));
		if (demoFirms.isEmpty()) {
			return List.of();
		}
		return firms.stream().map(Enterprise::uscc).filter(demoFirms::contains).toList();
	}

	/**
	 * A firm stays DEMO while any of its yearly figures or tiers is DEMO: a real file
	 * that names some of a DEMO firm's years (or none of its tiers) leaves the generated
	 * rest in place, and those must not pass for real. Only the DEMO firms the file named
	 * are looked at, each by its key: a statement over the whole registry made a
	 * million-firm import on H2 run for over twenty minutes (H2 evaluated the union of
	 * DEMO keys once per firm).
	 */
	private void keepDemoMarks(String planId, List<String> named) {
		if (named.isEmpty()) {
			return;
		}
		this.template.batchUpdate("update enterprise e set demo = true where e.plan_id = ? and e.uscc = ?"
				+ " and (exists (select 1 from enterprise_year y where y.plan_id = e.plan_id and y.uscc = e.uscc and y.demo)"
				+ " or exists (select 1 from enterprise_tier t where t.plan_id = e.plan_id and t.uscc = e.uscc and t.demo))",
				named, CHUNK, (statement, uscc) -> {
					statement.setString(1, planId);
					statement.setString(2, uscc);
				});
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
