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
import org.locationtech.jts.geom.Geometry;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The geometry of every zone of the loaded plan, and the index that tells which zones
 * contain a point. Built at start-up and again whenever imported boundaries commit;
 * readers always see one consistent set (shapes and index swapped together). Each time it
 * is built it publishes {@link ZonesChanged}, from which every holder of zone assignments
 * reassigns its points.
 */
@Component
public class ZoneShapes {

	private final PlanCatalog catalog;

	private final ZoneBoundaryStore store;

	private final DistrictBoundaries districts = DistrictBoundaries.load();

	private final ApplicationEventPublisher events;

	private volatile Snapshot snapshot;

	ZoneShapes(PlanCatalog catalog, ZoneBoundaryStore store, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.store = store;
		this.events = events;
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

	/** The shape an imported official boundary gives its zone. */
	public static ZoneShape imported(Zone zone, Geometry geometry, String fileName, String source) {
		return new ZoneShape(zone.code(), zone.level(), geometry, "imported", 0, zone.declaredAreaKm2(),
				GeodesicArea.km2(geometry),
				LocalizedText.of("导入的正式边界(" + fileName + ")", "Imported official boundary (" + fileName + ")"),
				LocalizedText.of(source, source));
	}

	/**
	 * Builds the shapes and the index again from the stored boundaries; publishes nothing
	 * (see {@link #rebuildAfterCommit}).
	 */
	public final void rebuild() {
		Plan plan = this.catalog.current();
		Map<String, ZoneShape> imported = new HashMap<>();
		this.store.load(plan.id())
			.forEach((code, boundary) -> imported.put(code,
					imported(plan.getZone(code), boundary.geometry(), boundary.fileName(), boundary.source())));
		List<ZoneShape> shapes = derive(plan, this.districts, imported);
		this.snapshot = new Snapshot(List.copyOf(shapes), index(shapes));
	}

	/**
	 * Makes the boundaries the current transaction stores the zone set once it commits:
	 * then the shapes and the index are built again from the committed boundaries and
	 * {@link ZonesChanged} is published, so that the points are reassigned before the
	 * caller of the transaction goes on. If the transaction rolls back, nothing changes
	 * and nothing is published. Outside a transaction, both happen at once.
	 * @param planId the plan whose boundaries the transaction stores
	 */
	public void rebuildAfterCommit(String planId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			rebuildAndPublish(planId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				rebuildAndPublish(planId);
			}
		});
	}

	/**
	 * Once the application has started: the shapes built now may not be those the stored
	 * zones of the points were computed with (another pack, a migrated database, a crash
	 * between a boundary import and its reassignment), so the holders reassign. Seeding
	 * and demo loading, whatever their order, use these same shapes.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void started() {
		this.events.publishEvent(new ZonesChanged(this.catalog.current().id()));
	}

	private void rebuildAndPublish(String planId) {
		rebuild();
		this.events.publishEvent(new ZonesChanged(planId));
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
