package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;

import org.springframework.stereotype.Component;

/**
 * The geometry of every zone of the loaded plan, and the index that tells which zones
 * contain a point. Built at start-up and again whenever boundaries are imported; readers
 * always see one consistent set (shapes and index swapped together).
 */
@Component
public class ZoneShapes {

	private final PlanCatalog catalog;

	private final ZoneBoundaryStore store;

	private final DistrictBoundaries districts = DistrictBoundaries.load();

	private volatile Snapshot snapshot;

	ZoneShapes(PlanCatalog catalog, ZoneBoundaryStore store) {
		this.catalog = catalog;
		this.store = store;
		rebuild();
	}

	/**
	 * Every zone shape of a plan: imported boundaries first, then districts, then the
	 * pack's rules.
	 */
	public static List<ZoneShape> derive(Plan plan, DistrictBoundaries districts, Map<String, ZoneShape> imported) {
		return new ZoneShapeBuilder(plan, districts.districts(), districts.provenance(), imported).build();
	}

	/** The index over a set of shapes, zones in the order given. */
	public static ZoneIndex index(List<ZoneShape> shapes) {
		return ZoneIndex.build(shapes.stream()
			.map((shape) -> new IndexedZone(shape.zoneCode(), shape.level().key(), shape.geometry()))
			.toList());
	}

	public final void rebuild() {
		Plan plan = this.catalog.current();
		Map<String, ZoneShape> imported = new HashMap<>();
		this.store.load(plan.id()).forEach((code, boundary) -> {
			Zone zone = plan.getZone(code);
			imported.put(code,
					new ZoneShape(code, zone.level(), boundary.geometry(), "imported", 0, zone.declaredAreaKm2(),
							GeodesicArea.km2(boundary.geometry()),
							LocalizedText.of("导入的正式边界(" + boundary.fileName() + ")",
									"Imported official boundary (" + boundary.fileName() + ")"),
							LocalizedText.of(boundary.source(), boundary.source())));
		});
		List<ZoneShape> shapes = derive(plan, this.districts, imported);
		this.snapshot = new Snapshot(List.copyOf(shapes), index(shapes));
	}

	public List<ZoneShape> listShapes() {
		return this.snapshot.shapes();
	}

	public Optional<ZoneShape> findShape(String zoneCode) {
		return this.snapshot.shapes().stream().filter((shape) -> shape.zoneCode().equals(zoneCode)).findFirst();
	}

	/** Codes of every zone containing the point (WGS84), at every level. */
	public List<String> zonesAt(double lon, double lat) {
		return this.snapshot.index().codesAt(lon, lat);
	}

	public ZoneIndex index() {
		return this.snapshot.index();
	}

	public DistrictBoundaries districts() {
		return this.districts;
	}

	/**
	 * The zones of the plan that have no geometry: nothing in the plan or imports draws
	 * them.
	 */
	public List<Zone> listZonesWithoutShape() {
		List<Zone> missing = new ArrayList<>();
		for (Zone zone : this.catalog.current().listZones()) {
			if (findShape(zone.code()).isEmpty()) {
				missing.add(zone);
			}
		}
		return missing;
	}

	private record Snapshot(List<ZoneShape> shapes, ZoneIndex index) {
	}

}
