package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Site;
import org.locationtech.jts.geom.Coordinate;

import org.springframework.stereotype.Component;

/**
 * The innovation platforms with a location: imported locations first, then the sites the
 * plan pack places at its anchors, each with the zones that contain it.
 */
@Component
class PlatformFeatures extends Features {

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final PlaceStore places;

	PlatformFeatures(PlanCatalog catalog, ZoneShapes shapes, PlaceStore places) {
		this.catalog = catalog;
		this.shapes = shapes;
		this.places = places;
	}

	@Override
	public String id() {
		return "platforms";
	}

	@Override
	public LocalizedText title() {
		return LocalizedText.of("创新平台", "Innovation platforms");
	}

	@Override
	public LocalizedText description() {
		return LocalizedText.of("有位置的实验室、高校、研究院与设施,含所在空间单元与定位精度",
				"Laboratories, universities, institutes and facilities with a location, their zones and precision");
	}

	@Override
	public boolean demo() {
		return this.places.hasDemo(this.catalog.current().id(), "platform");
	}

	@Override
	List<GeoFeature> all() {
		Plan plan = this.catalog.current();
		Map<String, GeoFeature> features = new LinkedHashMap<>();
		for (Site site : plan.geometry().sites()) {
			Anchor anchor = plan.geometry().getAnchor(site.anchor());
			LonLat point = ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat());
			features.put(site.platform(), feature(plan, site.platform(), null, point,
					this.shapes.zonesAt(point.lon(), point.lat()), anchor.precisionM(), anchor.provenance(), false));
		}
		for (Place place : this.places.listPlaces(plan.id(), "platform")) {
			features.put(place.code(), feature(plan, place.code(), place, new LonLat(place.lon(), place.lat()),
					place.zones(), null, LocalizedText.of(place.source(), place.source()), place.demo()));
		}
		return new ArrayList<>(features.values());
	}

	private static GeoFeature feature(Plan plan, String code, Place place, LonLat point, List<String> zones,
			Integer precisionM, LocalizedText provenance, boolean demo) {
		Optional<Item> item = plan.listItems(ItemKind.PLATFORM)
			.stream()
			.filter((i) -> i.code().equals(code))
			.findFirst();
		Optional<Item> type = item.flatMap((i) -> plan.listItems(ItemKind.PLATFORM_TYPE)
			.stream()
			.filter((t) -> i.references("type").contains(t.code()))
			.findFirst());
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", code);
		properties.put("name_zh", item.map((i) -> i.name().zh()).orElse((place != null) ? place.nameZh() : code));
		properties.put("name_en", item.map((i) -> i.name().en()).orElse((place != null) ? place.nameEn() : null));
		properties.put("type", type.map(Item::code).orElse(null));
		properties.put("type_name_zh", type.map((t) -> t.name().zh()).orElse(null));
		properties.put("type_name_en", type.map((t) -> t.name().en()).orElse(null));
		properties.put("status", item.map((i) -> i.attribute("status")).orElse(null));
		properties.put("zones", zones);
		properties.put("precision_m", precisionM);
		properties.put("provenance_zh", provenance.zh());
		properties.put("provenance_en", provenance.en());
		properties.put("demo", demo);
		return new GeoFeature(code, LocalProjection.WGS84.createPoint(new Coordinate(point.lon(), point.lat())),
				properties);
	}

}
