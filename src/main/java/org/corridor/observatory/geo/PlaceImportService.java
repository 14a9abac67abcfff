package org.corridor.observatory.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.stereotype.Service;

/**
 * Imports located platforms or firms: coordinates converted to WGS84, each point assigned
 * to every zone containing it, the whole file stored or none of it.
 */
@Service
public class PlaceImportService {

	static final Set<String> KINDS = Set.of("platform", "firm");

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final PlaceStore store;

	PlaceImportService(PlanCatalog catalog, ZoneShapes shapes, PlaceStore store) {
		this.catalog = catalog;
		this.shapes = shapes;
		this.store = store;
	}

	public List<Place> importPlaces(String planId, String kind, String fileName, byte[] content, Crs fileCrs) {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("类型应为 platform 或 firm / kind must be platform or firm: " + kind);
		}
		Plan plan = this.catalog.getPlan(planId);
		Map<String, String[]> names = new HashMap<>();
		if ("platform".equals(kind)) {
			for (Item item : plan.listItems(ItemKind.PLATFORM)) {
				names.put(item.code(), new String[] { item.name().zh(), item.name().en() });
			}
		}
		List<Place> places = PlaceFileReader.read(fileName, content, fileCrs, names)
			.stream()
			.map((row) -> new Place(kind, row.code(), row.nameZh(), row.nameEn(), row.wgs84().lon(), row.wgs84().lat(),
					row.crs(), row.inputLon(), row.inputLat(),
					this.shapes.zonesAt(row.wgs84().lon(), row.wgs84().lat()), false, fileName))
			.toList();
		this.store.saveAll(planId, places);
		return places;
	}

}
