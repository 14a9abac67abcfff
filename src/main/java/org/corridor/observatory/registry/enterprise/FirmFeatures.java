package org.corridor.observatory.registry.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.Features;
import org.corridor.observatory.geo.GeoFeature;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanCatalog;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import org.springframework.stereotype.Component;

/**
 * The located firms of the registry as the map and OGC API collection {@code firms}, with
 * the zones that contain each: read from the firms themselves, the only place a firm's
 * position is kept.
 */
@Component
class FirmFeatures extends Features {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private final PlanCatalog catalog;

	private final EnterprisePositions positions;

	FirmFeatures(PlanCatalog catalog, EnterprisePositions positions) {
		this.catalog = catalog;
		this.positions = positions;
	}

	@Override
	public String id() {
		return "firms";
	}

	@Override
	public LocalizedText title() {
		return LocalizedText.of("企业", "Firms");
	}

	@Override
	public LocalizedText description() {
		return LocalizedText.of("有位置的企业及其所在空间单元", "Firms with a location and the zones they lie in");
	}

	@Override
	public boolean demo() {
		return this.positions.hasDemo(this.catalog.current().id());
	}

	@Override
	protected List<GeoFeature> all() {
		return this.positions.listPlaces(this.catalog.current().id()).stream().map((place) -> {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("code", place.code());
			properties.put("name_zh", place.nameZh());
			properties.put("name_en", place.nameEn());
			properties.put("zones", place.zones());
			properties.put("input_crs", place.inputCrs().name());
			properties.put("demo", place.demo());
			properties.put("source", place.source());
			return new GeoFeature(place.code(), WGS84.createPoint(new Coordinate(place.lon(), place.lat())),
					properties);
		}).toList();
	}

}
