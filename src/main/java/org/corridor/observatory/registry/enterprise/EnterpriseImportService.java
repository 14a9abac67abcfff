package org.corridor.observatory.registry.enterprise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports an enterprise file into the registry, whole or not at all: the file is read and
 * checked against the plan's chain, segment and tier codes, its rows folded into firms,
 * located firms assigned to their zones, and everything stored in one transaction. Any
 * problem in the file rejects it before anything is written. After a file of
 * {@code observatory.imports.compact-after-rows} rows or more, the database file is
 * compacted (H2 only; see {@link EnterpriseStore#compact}).
 */
@Service
public class EnterpriseImportService {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * The fewest bytes a row of an enterprise file takes, about: 135 in the bench's CSV,
	 * 63 in its XLSX. A file's size over this says how many rows it may hold.
	 */
	private static final int ROW_BYTES = 64;

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final EnterpriseStore store;

	private final Clock clock;

	private final int compactAfterRows;

	private final Duration compactMaxTime;

	EnterpriseImportService(PlanCatalog catalog, ZoneShapes shapes, EnterpriseStore store, Clock clock,
			@Value("${observatory.imports.compact-after-rows:100000}") int compactAfterRows,
			@Value("${observatory.imports.compact-max-time:60s}") Duration compactMaxTime) {
		this.compactAfterRows = compactAfterRows;
		this.compactMaxTime = compactMaxTime;
		this.catalog = catalog;
		this.shapes = shapes;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * @throws org.corridor.observatory.tabular.ImportRejectedException with every problem
	 * of the file, when it has any; nothing is stored then
	 */
	public ImportResult importFile(String planId, String fileName, byte[] content, Crs crs, ProgressListener progress) {
		progress.report("reading", 0, content.length);
		return importRows(planId, fileName, content.length, progress,
				(plan, today, stored) -> EnterpriseFileReader.readFirms(fileName, content, crs,
						codes(plan, ItemKind.CHAIN), codes(plan, ItemKind.SEGMENT),
						codes(plan, ItemKind.ENTERPRISE_TIER), today, stored));
	}

	/**
	 * As {@link #importFile(String, String, byte[], Crs, ProgressListener)}, from a file
	 * on disk (an import job's spool file) read as a stream: memory holds the rows in
	 * flight and the accepted ones, not the file.
	 */
	public ImportResult importFile(String planId, String fileName, Path file, Crs crs, ProgressListener progress) {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the file " + file, ex);
		}
		progress.report("reading", 0, size);
		return importRows(planId, fileName, size, progress,
				(plan, today, stored) -> EnterpriseFileReader.readFirms(fileName, file, crs,
						codes(plan, ItemKind.CHAIN), codes(plan, ItemKind.SEGMENT),
						codes(plan, ItemKind.ENTERPRISE_TIER), today, stored));
	}

	/**
	 * Reads, checks and stores. On PostgreSQL the reading runs inside the store's
	 * transaction, which copies rows as they are accepted
	 * ({@link EnterpriseStore#readAndStore}); elsewhere the file is read first.
	 */
	private ImportResult importRows(String planId, String fileName, long bytes, ProgressListener progress,
			Reading reading) {
		Plan plan = this.catalog.getPlan(planId);
		progress.report("validating", 0, 0);
		// Today in China: a tier granted "today" in Hangzhou is not in the future.
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		Function<EnterpriseFileReader.Firms, List<Enterprise>> located = (read) -> {
			progress.report("validating", read.rows(), read.rows());
			return locate(read.firms());
		};
		ImportResult result;
		if (this.store.copies()) {
			result = this.store.readAndStore(planId, fileName, bytes / ROW_BYTES,
					(stored) -> reading.read(plan, today, stored), located, progress);
		}
		else {
			EnterpriseFileReader.Firms read = reading.read(plan, today, (row) -> false);
			result = this.store.store(planId, fileName, read.rows(), located.apply(read), false, progress);
		}
		if (result.rows() >= this.compactAfterRows) {
			// After the store's transaction has committed: a large import leaves H2's
			// file many times its live data.
			this.store.compact((int) this.compactMaxTime.toMillis(), progress);
		}
		progress.report("done", result.rows(), result.rows());
		return result;
	}

	/**
	 * Reads and checks a file into firms, offering each row accepted while it has no
	 * problem to {@code stored}, which answers whether it stored the row's figures.
	 */
	@FunctionalInterface
	private interface Reading {

		EnterpriseFileReader.Firms read(Plan plan, LocalDate today, Predicate<EnterpriseRow> stored);

	}

	/**
	 * Stores generated firm-years as DEMO firms; they never replace a stored firm. A demo
	 * firm drawn outside the plan's territory (they scatter round the towns) keeps no
	 * position: a point outside every zone would show nothing but the generator's reach.
	 */
	public ImportResult importDemo(String planId, String source, List<EnterpriseRow> rows) {
		String root = this.catalog.getPlan(planId).rootZone().code();
		List<Enterprise> firms = locate(Enterprise.fold(rows)).stream()
			.map((firm) -> (firm.hasLocation() && !firm.zones().contains(root)) ? firm.unlocated() : firm)
			.toList();
		return this.store.store(planId, source, rows.size(), firms, true, ProgressListener.NONE);
	}

	/** The firms, each located firm with the zones that contain it. */
	private List<Enterprise> locate(List<Enterprise> firms) {
		return firms.stream()
			.map((firm) -> firm.hasLocation()
					? firm.withZones(this.shapes.zonesAt(firm.location().lon(), firm.location().lat())) : firm)
			.toList();
	}

	private static Set<String> codes(Plan plan, ItemKind kind) {
		return plan.listItems(kind).stream().map(Item::code).collect(Collectors.toSet());
	}

}
