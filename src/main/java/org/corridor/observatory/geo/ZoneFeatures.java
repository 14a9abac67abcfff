package org.corridor.observatory.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;

import org.springframework.stereotype.Component;

/**
 * The plan's zones as a feature collection: every level, each with how its geometry was
 * made, its precision, and its declared against its measured area.
 */
@Component
class ZoneFeatures extends Features {

	private final ZoneShapes shapes;

	private final PlanCatalog catalog;

	ZoneFeatures(ZoneShapes shapes, PlanCatalog catalog) {
		this.shapes = shapes;
		this.catalog = catalog;
	}

	@Override
	public String id() {
		return "zones";
	}

	@Override
	public LocalizedText title() {
		return LocalizedText.of("空间单元", "Zones");
	}

	@Override
	public LocalizedText description() {
		return LocalizedText.of("规划的空间单元:走廊、核心区、科技城、联动翼、创新圈、小镇、区县,含几何来源、精度、规划面积与实测面积",
				"The plan's zones (corridor, areas, sci-tech cities, wings, innovation circles, towns, districts) "
						+ "with how each geometry was made, its precision, declared and measured area");
	}

	@Override
	public boolean demo() {
		return false;
	}

	@Override
	protected List<GeoFeature> all() {
		return this.shapes.listShapes().stream().map(this::feature).toList();
	}

	private GeoFeature feature(ZoneShape shape) {
		Zone zone = this.catalog.current().getZone(shape.zoneCode());
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", zone.code());
		properties.put("name_zh", zone.name().zh());
		properties.put("name_en", zone.name().en());
		properties.put("level", zone.level().key());
		properties.put("parent", zone.parent());
		properties.put("adcode", zone.adcode());
		properties.put("method", shape.method());
		properties.put("precision_m", shape.precisionM());
		properties.put("declared_area_km2",
				(shape.declaredAreaKm2() != null) ? shape.declaredAreaKm2().doubleValue() : null);
		properties.put("measured_area_km2", Math.round(shape.measuredAreaKm2() * 100) / 100.0);
		properties.put("area_difference", shape.areaDifference());
		properties.put("note_zh", shape.note().zh());
		properties.put("note_en", shape.note().en());
		properties.put("source_zh", shape.source().zh());
		properties.put("source_en", shape.source().en());
		return new GeoFeature(zone.code(), shape.geometry(), properties);
	}

}
