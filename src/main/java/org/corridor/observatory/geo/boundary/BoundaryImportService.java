package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.ZoneBoundaryStore;
import org.corridor.observatory.geo.ZoneShape;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.TabularFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces zone geometry with official boundaries (GeoJSON, Shapefile in a zip, KML): the
 * file is checked whole and repaired where a repair keeps the area, and its boundaries
 * are stored in one transaction. Once that commits, every zone's shape and the zone index
 * are built again and {@link ZonesChanged} is published, from which the registries
 * reassign the zones of their firms and platforms, all before the import returns. A
 * rejected file stores nothing and publishes nothing.
 */
@Service
public class BoundaryImportService {

	private final PlanCatalog catalog;

	private final ZoneBoundaryStore store;

	private final ZoneShapes shapes;

	private final AuditLog audit;

	BoundaryImportService(PlanCatalog catalog, ZoneBoundaryStore store, ZoneShapes shapes, AuditLog audit) {
		this.catalog = catalog;
		this.store = store;
		this.shapes = shapes;
		this.audit = audit;
	}

	/** The most characters of the source named for an import, as its column holds. */
	static final int MAX_SOURCE = 500;

	@Transactional
	public Report importBoundaries(String planId, String fileName, byte[] content, Crs crs, String source) {
		checkNames(fileName, source);
		Plan plan = this.catalog.getPlan(planId);
		Set<String> codes = plan.listZones().stream().map(Zone::code).collect(Collectors.toSet());
		Map<String, String> byAdcode = new HashMap<>();
		plan.listZones().stream().filter((z) -> z.adcode() != null).forEach((z) -> byAdcode.put(z.adcode(), z.code()));
		BoundaryFile file = BoundaryFileReader.read(fileName, content, crs, codes, byAdcode);
		for (BoundaryFeature feature : file.features()) {
			this.store.save(planId, feature.zoneCode(), feature.geometry(), source, fileName, crs);
		}
		this.shapes.rebuildAfterCommit(planId);
		List<Imported> imported = file.features().stream().map((feature) -> {
			ZoneShape shape = ZoneShapes.imported(plan.getZone(feature.zoneCode()), feature.geometry(), fileName,
					source);
			return new Imported(feature.zoneCode(), shape.measuredAreaKm2(), shape.areaDifference());
		}).toList();
		Report report = new Report(file.format(), imported, file.repairs());
		this.audit.record("import", "zone-boundaries", planId + "/" + fileName, null, null,
				AuditLog.fields("source", source, "crs", crs.name(), "zones", imported));
		return report;
	}

	/** Refuses a file name or source too long to be recorded with the boundaries. */
	private static void checkNames(String fileName, String source) {
		List<BoundaryProblem> problems = new ArrayList<>();
		ImportProblem name = TabularFile.fileNameProblem(fileName);
		if (name != null) {
			problems.add(BoundaryProblem.ofFile("file_name", name.value(), name.zh(), name.en()));
		}
		if (source != null && source.codePointCount(0, source.length()) > MAX_SOURCE) {
			int length = source.codePointCount(0, source.length());
			problems.add(BoundaryProblem.ofFile("source", source.substring(0, 50) + "…",
					"来源过长：" + length + " 个字符，最多 " + MAX_SOURCE + " 个",
					"the source is too long: " + length + " characters, at most " + MAX_SOURCE));
		}
		if (!problems.isEmpty()) {
			throw new BoundaryRejectedException(problems);
		}
	}

	/**
	 * What an accepted boundary file changed.
	 *
	 * @param format the file format
	 * @param zones each zone given a boundary, with its measured area and the difference
	 * to the plan's area
	 * @param repairs the repairs made, with the reason and the area before and after
	 */
	public record Report(String format, List<Imported> zones, List<BoundaryRepair> repairs) {
	}

	/**
	 * A zone given an imported boundary.
	 *
	 * @param zoneCode the zone
	 * @param measuredAreaKm2 its geodesic area
	 * @param areaDifference measured against declared, or null
	 */
	public record Imported(String zoneCode, double measuredAreaKm2, Double areaDifference) {
	}

}
