package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.GeometryRule;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanGeometry;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Gives every zone of a plan the best geometry there is: an imported official boundary
 * first, then the administrative boundary matched by division code, then the pack's
 * derivation rule. Rules may use other zones, so zones are resolved on demand, each once.
 * A zone with none of these has no shape; the plan says nothing to draw it from.
 */
final class ZoneShapeBuilder {

	private final Plan plan;

	private final Map<String, DistrictBoundary> districtsByAdcode = new HashMap<>();

	private final LocalizedText boundarySource;

	private final Map<String, ZoneShape> imported;

	private final Map<String, Optional<ZoneShape>> resolved = new LinkedHashMap<>();

	ZoneShapeBuilder(Plan plan, List<DistrictBoundary> districts, BoundaryProvenance provenance,
			Map<String, ZoneShape> imported) {
		this.plan = plan;
		districts.forEach((district) -> this.districtsByAdcode.put(district.adcode(), district));
		this.boundarySource = LocalizedText.of(provenance.attributionZh(), provenance.attribution());
		this.imported = imported;
	}

	List<ZoneShape> build() {
		List<ZoneShape> shapes = new ArrayList<>();
		for (Zone zone : this.plan.listZones()) {
			shape(zone.code(), new ArrayList<>()).ifPresent(shapes::add);
		}
		return shapes;
	}

	private Optional<ZoneShape> shape(String code, List<String> path) {
		if (this.resolved.containsKey(code)) {
			return this.resolved.get(code);
		}
		if (path.contains(code)) {
			throw new IllegalStateException("geometry rules loop: " + path + " → " + code);
		}
		path.add(code);
		Optional<ZoneShape> shape = Optional.ofNullable(this.imported.get(code))
			.or(() -> district(code))
			.or(() -> this.plan.geometry().findRule(code).map((rule) -> derive(rule, path)));
		path.remove(code);
		this.resolved.put(code, shape);
		return shape;
	}

	private Optional<ZoneShape> district(String code) {
		Zone zone = this.plan.getZone(code);
		DistrictBoundary district = (zone.adcode() != null) ? this.districtsByAdcode.get(zone.adcode()) : null;
		if (district == null) {
			return Optional.empty();
		}
		String covers = String.join("+", district.coversCurrentAdcodes());
		LocalizedText note = district.coversSeveralDistricts()
				? LocalizedText.of("2014–2017年版边界,覆盖现行区划 " + covers + ";2021年起的统计数据须合并后再与之关联。",
						"2014–2017 boundary covering today's " + covers
								+ "; statistics from 2021 on must be summed first.")
				: LocalizedText.of("行政区划边界(2014–2017年版)。", "Administrative boundary (2014–2017 vintage).");
		return Optional.of(shape(zone, district.geometry(), "boundary", 100, note, this.boundarySource));
	}

	private ZoneShape derive(GeometryRule rule, List<String> path) {
		PlanGeometry geometry = this.plan.geometry();
		Geometry drawn = switch (rule.method()) {
			case "landmark_ring" -> ring(rule.anchors().stream().map(geometry::getAnchor).toList());
			case "buffer" -> {
				Anchor anchor = geometry.getAnchor(rule.anchors().get(0));
				LonLat centre = ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat());
				yield Wgs84.disc(centre.lon(), centre.lat(), rule.radiusKm());
			}
			default -> union(rule.zones(), path);
		};
		if (!rule.subtract().isEmpty()) {
			drawn = drawn.difference(union(rule.subtract(), path));
		}
		if (!rule.clip().isEmpty()) {
			drawn = drawn.intersection(union(rule.clip(), path));
		}
		LocalizedText source = LocalizedText.of("由规划包 geometry.yaml 的锚点与规则派生",
				"Derived from the anchors and rules " + "of the plan pack's geometry.yaml");
		drawn = GeometryFixer.fix(drawn);
		if (rule.method().equals("landmark_ring")) {
			List<Anchor> landmarks = rule.anchors().stream().map(geometry::getAnchor).toList();
			drawn = withLandmarks(drawn, landmarks);
			checkHoldsItsLandmarks(rule, drawn, landmarks);
		}
		return shape(this.plan.getZone(rule.zone()), drawn, rule.method(), rule.precisionM(), rule.note(), source);
	}

	/** The polygon through the landmarks, in order. */
	private static Geometry ring(List<Anchor> anchors) {
		Coordinate[] coordinates = new Coordinate[anchors.size() + 1];
		for (int i = 0; i < anchors.size(); i++) {
			LonLat point = wgs84(anchors.get(i));
			coordinates[i] = new Coordinate(point.lon(), point.lat());
		}
		coordinates[anchors.size()] = coordinates[0];
		return GeometryFixer.fix(Wgs84.FACTORY.createPolygon(coordinates));
	}

	/**
	 * The landmarks' precision discs added whole: a landmark is a vertex of its ring, on
	 * the edge and so neither in nor out, and a hand-placed one may fall just outside the
	 * districts the ring is clipped to; with its disc the zone holds the landmark and
	 * where it may truly be.
	 */
	private static Geometry withLandmarks(Geometry drawn, List<Anchor> anchors) {
		List<Geometry> parts = new ArrayList<>();
		parts.add(drawn);
		for (Anchor anchor : anchors) {
			LonLat point = wgs84(anchor);
			parts.add(Wgs84.disc(point.lon(), point.lat(), anchor.precisionM() / 1000.0));
		}
		return GeometryFixer.fix(Wgs84.FACTORY.buildGeometry(parts).union());
	}

	private static LonLat wgs84(Anchor anchor) {
		return ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat());
	}

	/**
	 * A zone drawn from landmarks holds them: the guard of {@link #withLandmarks}, so
	 * that the start stops rather than show a zone without one of its own landmarks (an
	 * anchor of precision 0 m, for one, has no disc to hold it).
	 */
	private static void checkHoldsItsLandmarks(GeometryRule rule, Geometry drawn, List<Anchor> anchors) {
		for (Anchor anchor : anchors) {
			LonLat point = wgs84(anchor);
			if (!drawn.contains(Wgs84.FACTORY.createPoint(new Coordinate(point.lon(), point.lat())))) {
				throw new IllegalStateException("geometry.yaml: zone " + rule.zone() + " is drawn from landmark "
						+ anchor.code() + " but does not contain it (give the anchor its precision_m)");
			}
		}
	}

	private Geometry union(List<String> codes, List<String> path) {
		List<Geometry> parts = new ArrayList<>();
		for (String code : codes) {
			shape(code, path).ifPresent((shape) -> parts.add(shape.geometry()));
		}
		if (parts.isEmpty()) {
			throw new IllegalStateException("none of " + codes + " has a geometry to draw from");
		}
		return GeometryFixer.fix(Wgs84.FACTORY.buildGeometry(parts).union());
	}

	private static ZoneShape shape(Zone zone, Geometry geometry, String method, int precisionM, LocalizedText note,
			LocalizedText source) {
		ZoneLevel level = zone.level();
		return new ZoneShape(zone.code(), level, geometry, method, precisionM, zone.declaredAreaKm2(),
				GeodesicArea.km2(geometry), note, source);
	}

}
