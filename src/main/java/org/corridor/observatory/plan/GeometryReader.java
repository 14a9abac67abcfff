package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code geometry.yaml}: anchors (places with coordinates and their precision) and
 * the rule that draws each zone without an official boundary. Optional; checked like the
 * rest.
 */
final class GeometryReader {

	static final Set<String> METHODS = Set.of("landmark_ring", "buffer", "districts", "zones");

	static final Set<String> CRS = Set.of("wgs84", "cgcs2000", "gcj02", "bd09");

	static final String FILE = "geometry.yaml";

	private final CrossReferences codes;

	GeometryReader(CrossReferences codes) {
		this.codes = codes;
	}

	PlanGeometry read(Node root) {
		List<Anchor> anchors = new ArrayList<>();
		for (Node node : root.nodes("anchors", false)) {
			Anchor anchor = readAnchor(node);
			if (anchor != null) {
				anchors.add(anchor);
			}
		}
		List<GeometryRule> rules = new ArrayList<>();
		Set<String> ruled = new HashSet<>();
		for (Node node : root.nodes("rules", false)) {
			GeometryRule rule = readRule(node);
			if (rule != null && !ruled.add(rule.zone())) {
				node.problem("zone", "空间单元 " + rule.zone() + " 有多条派生规则",
						"zone " + rule.zone() + " has more than one rule");
			}
			else if (rule != null) {
				rules.add(rule);
			}
		}
		List<Site> sites = new ArrayList<>();
		for (Node node : root.nodes("sites", false)) {
			String platform = this.codes.reference(node, "platform", "PLATFORM", true);
			String anchor = this.codes.reference(node, "anchor", "ANCHOR", true);
			node.finish();
			if (platform != null && anchor != null) {
				sites.add(new Site(platform, anchor));
			}
		}
		root.finish();
		return new PlanGeometry(anchors, rules, sites);
	}

	private Anchor readAnchor(Node node) {
		String code = this.codes.declare(node, "ANCHOR");
		LocalizedText name = node.localized("name", true);
		BigDecimal lon = node.decimal("lon", true);
		BigDecimal lat = node.decimal("lat", true);
		if (lon != null && (lon.doubleValue() < 73 || lon.doubleValue() > 136)) {
			node.problem("lon", "经度 " + lon + " 不在中国范围(73–136)", "longitude " + lon + " is outside China (73–136)");
		}
		if (lat != null && (lat.doubleValue() < 3 || lat.doubleValue() > 54)) {
			node.problem("lat", "纬度 " + lat + " 不在中国范围(3–54)", "latitude " + lat + " is outside China (3–54)");
		}
		String crs = node.oneOf("crs", CRS, true);
		Integer precision = node.integer("precision_m", true);
		LocalizedText provenance = node.localized("provenance", true);
		node.finish();
		if (code == null || name == null || lon == null || lat == null || crs == null || precision == null
				|| provenance == null) {
			return null;
		}
		return new Anchor(code, name, lon.doubleValue(), lat.doubleValue(), crs, precision, provenance);
	}

	private GeometryRule readRule(Node node) {
		String zone = this.codes.reference(node, "zone", "ZONE", true);
		String method = node.oneOf("method", METHODS, true);
		List<String> anchors = this.codes.references(node, "anchors", "ANCHOR");
		BigDecimal radius = node.decimal("radius_km", false);
		List<String> zones = this.codes.references(node, "zones", "ZONE");
		List<String> subtract = this.codes.references(node, "subtract", "ZONE");
		List<String> clip = this.codes.references(node, "clip", "ZONE");
		Integer precision = node.integer("precision_m", true);
		LocalizedText note = node.localized("note", true);
		node.finish();
		if (method != null) {
			checkParameters(node, method, anchors, radius, zones);
		}
		if (zone == null || method == null || precision == null || note == null) {
			return null;
		}
		return new GeometryRule(zone, method, anchors, (radius != null) ? radius.doubleValue() : null, zones, subtract,
				clip, precision, note);
	}

	private static void checkParameters(Node node, String method, List<String> anchors, BigDecimal radius,
			List<String> zones) {
		boolean ok = switch (method) {
			case "landmark_ring" -> anchors.size() >= 3;
			case "buffer" -> anchors.size() == 1 && radius != null && radius.signum() > 0;
			default -> !zones.isEmpty();
		};
		if (!ok) {
			node.problem("method", "方法 " + method + " 的参数不全(环需≥3个锚点;缓冲需1个锚点和正半径;合并需 zones)",
					"method " + method + " lacks parameters (a ring needs ≥ 3 anchors; a buffer one anchor and a "
							+ "positive radius_km; a union its zones)");
		}
	}

}
