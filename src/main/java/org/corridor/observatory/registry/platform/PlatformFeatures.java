package org.corridor.observatory.registry.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.Features;
import org.corridor.observatory.geo.GeoFeature;
import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Site;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import org.springframework.stereotype.Component;

/**
 * The located platforms of the registry as the map and OGC API collection
 * {@code platforms}: type, level, status today, zones and where the record comes from.
 */
@Component
class PlatformFeatures extends Features {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private final PlanCatalog catalog;

	private final PlatformRegistry registry;

	PlatformFeatures(PlanCatalog catalog, PlatformRegistry registry) {
		this.catalog = catalog;
		this.registry = registry;
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
		return LocalizedText.of("有位置的实验室、高校、研究院与设施,含类型、级别、当前状态与所在空间单元",
				"Laboratories, universities, institutes and facilities with a location, their type, level,"
						+ " status today and zones");
	}

	@Override
	public boolean demo() {
		return this.registry.hasDemo(this.catalog.current().id());
	}

	@Override
	protected List<GeoFeature> all() {
		Plan plan = this.catalog.current();
		Map<String, Item> types = plan.listItems(ItemKind.PLATFORM_TYPE)
			.stream()
			.collect(Collectors.toMap(Item::code, Function.identity()));
		Map<String, Anchor> sites = plan.geometry()
			.sites()
			.stream()
			.collect(Collectors.toMap(Site::platform, (site) -> plan.geometry().getAnchor(site.anchor()), (a, b) -> a));
		return this.registry.search(plan.id(), PlatformFilter.ALL)
			.stream()
			.filter((platform) -> platform.location() != null)
			.map((platform) -> {
				Item type = types.get(platform.type());
				PlatformStatus status = platform.statusOn(this.registry.today());
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("code", platform.code());
				properties.put("name_zh", platform.name());
				properties.put("name_en", platform.nameEn());
				properties.put("type", platform.type());
				properties.put("type_name_zh", (type != null) ? type.name().zh() : null);
				properties.put("type_name_en", (type != null) ? type.name().en() : null);
				properties.put("level", platform.level());
				properties.put("status", (status != null) ? status.code() : null);
				properties.put("status_zh", (status != null) ? status.label().zh() : null);
				properties.put("zones", platform.zones());
				properties.put("input_crs", (platform.inputCrs() != null) ? platform.inputCrs().name() : null);
				properties.put("source", platform.source());
				// a position the plan pack placed at an anchor says how far it may be off
				Anchor anchor = sites.get(platform.code());
				if (anchor != null && !(Objects.equals(platform.inputLon(), anchor.lon())
						&& Objects.equals(platform.inputLat(), anchor.lat()))) {
					anchor = null;
				}
				properties.put("precision_m", (anchor != null) ? anchor.precisionM() : null);
				properties.put("provenance_zh", (anchor != null) ? anchor.provenance().zh() : null);
				properties.put("provenance_en", (anchor != null) ? anchor.provenance().en() : null);
				properties.put("demo", platform.demo());
				return new GeoFeature(platform.code(),
						WGS84.createPoint(new Coordinate(platform.location().lon(), platform.location().lat())),
						properties);
			})
			.toList();
	}

}
