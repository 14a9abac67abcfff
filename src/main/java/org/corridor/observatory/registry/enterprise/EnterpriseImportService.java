package org.corridor.observatory.registry.enterprise;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
		Plan plan = this.catalog.getPlan(planId);
		progress.report("reading", 0, content.length);
		progress.report("validating", 0, 0);
		// Today in China: a tier granted "today" in Hangzhou is not in the future.
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		List<EnterpriseRow> rows = EnterpriseFileReader.read(fileName, content, crs, codes(plan, ItemKind.CHAIN),
				codes(plan, ItemKind.SEGMENT), codes(plan, ItemKind.ENTERPRISE_TIER), today);
		progress.report("validating", rows.size(), rows.size());
		List<Enterprise> firms = locate(rows);
		ImportResult result = this.store.store(planId, fileName, rows.size(), firms, false, progress);
		if (rows.size() >= this.compactAfterRows) {
			// After the store's transaction has committed: a large import leaves H2's
			// file
			// many times its live data.
			this.store.compact((int) this.compactMaxTime.toMillis(), progress);
		}
		progress.report("done", rows.size(), rows.size());
		return result;
	}

	/**
	 * Stores generated firm-years as DEMO firms; they never replace a stored firm. A demo
	 * firm drawn outside the plan's territory (they scatter round the towns) keeps no
	 * position: a point outside every zone would show nothing but the generator's reach.
	 */
	public ImportResult importDemo(String planId, String source, List<EnterpriseRow> rows) {
		String root = this.catalog.getPlan(planId).rootZone().code();
		List<Enterprise> firms = locate(rows).stream()
			.map((firm) -> (firm.hasLocation() && !firm.zones().contains(root)) ? firm.unlocated() : firm)
			.toList();
		return this.store.store(planId, source, rows.size(), firms, true, ProgressListener.NONE);
	}

	/** The rows folded into firms, each located firm with the zones that contain it. */
	private List<Enterprise> locate(List<EnterpriseRow> rows) {
		return Enterprise.fold(rows)
			.stream()
			.map((firm) -> firm.hasLocation()
					? firm.withZones(this.shapes.zonesAt(firm.location().lon(), firm.location().lat())) : firm)
			.toList();
	}

	private static Set<String> codes(Plan plan, ItemKind kind) {
		return plan.listItems(kind).stream().map(Item::code).collect(Collectors.toSet());
	}

}
