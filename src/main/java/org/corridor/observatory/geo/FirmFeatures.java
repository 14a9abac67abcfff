package org.corridor.observatory.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanCatalog;
import org.locationtech.jts.geom.Coordinate;

import org.springframework.stereotype.Component;

/** Located firms, with the zones that contain each. */
@Component
class FirmFeatures extends Features {

	private final PlanCatalog catalog;

	private final PlaceStore places;

	FirmFeatures(PlanCatalog catalog, PlaceStore places) {
		this.catalog = catalog;
		this.places = places;
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
		return this.places.hasDemo(this.catalog.current().id(), "firm");
	}

	@Override
	protected List<GeoFeature> all() {
		return this.places.listPlaces(this.catalog.current().id(), "firm").stream().map((place) -> {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("code", place.code());
			properties.put("name_zh", place.nameZh());
			properties.put("name_en", place.nameEn());
			properties.put("zones", place.zones());
			properties.put("input_crs", place.inputCrs().name());
			properties.put("demo", place.demo());
			properties.put("source", place.source());
			return new GeoFeature(place.code(),
					LocalProjection.WGS84.createPoint(new Coordinate(place.lon(), place.lat())), properties);
		}).toList();
	}

}
