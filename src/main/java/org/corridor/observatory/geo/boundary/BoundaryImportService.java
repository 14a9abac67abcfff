package org.corridor.observatory.geo.boundary;

import org.corridor.observatory.audit.AuditLog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.ZoneBoundaryStore;
import org.corridor.observatory.geo.ZoneShape;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;

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

	@Transactional
	public Report importBoundaries(String planId, String fileName, byte[] content, Crs crs, String source) {
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
