package org.corridor.observatory.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.stereotype.Service;

/**
 * Imports located firms: coordinates converted to WGS84, each point assigned to every
 * zone containing it, the whole file stored or none of it. Platforms are located by the
 * platform registry's own import, which keeps their type and status with the position.
 */
@Service
public class PlaceImportService {

	static final Set<String> KINDS = Set.of("firm");

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
			throw new IllegalArgumentException("类型应为 firm；平台的位置随平台导入（/platforms）/ kind must be firm;"
					+ " platform locations come with the platform import (/platforms): " + kind);
		}
		this.catalog.getPlan(planId);
		List<Place> places = PlaceFileReader.read(fileName, content, fileCrs, Map.of())
			.stream()
			.map((row) -> new Place(kind, row.code(), row.nameZh(), row.nameEn(), row.wgs84().lon(), row.wgs84().lat(),
					row.crs(), row.inputLon(), row.inputLat(),
					this.shapes.zonesAt(row.wgs84().lon(), row.wgs84().lat()), false, fileName))
			.toList();
		this.store.saveAll(planId, places);
		return places;
	}

}
