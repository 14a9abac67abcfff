package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature). RFC 7946 fixes the system to
 * WGS84; the legacy {@code crs} member of 2008 GeoJSON is still written by QGIS and
 * ArcGIS, so it is honoured when it names WGS84 or CGCS2000 and refused otherwise,
 * because a file naming a projected system holds metres, not degrees.
 */
final class GeoJsonBoundaryReader {

	private static final ObjectMapper JSON = new ObjectMapper();

	private GeoJsonBoundaryReader() {
	}

	static List<SourceFeature> read(byte[] content, List<BoundaryProblem> problems) {
		String text = StrictText.utf8OrGbk(content);
		if (text == null) {
			problems.add(BoundaryProblem.ofFile(null, null, "文件不是 UTF-8 或 GBK 编码的文本",
					"the file is not text in UTF-8 or GBK"));
			return List.of();
		}
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			String where = (ex.getLocation() != null)
					? ex.getLocation().getLineNr() + ":" + ex.getLocation().getColumnNr() : "?:?";
			problems.add(BoundaryProblem.ofFile("json", where,
					"JSON 格式错误（第 " + where.replace(":", " 行第 ") + " 列）：" + ex.getOriginalMessage(),
					"malformed JSON at line " + where.replace(":", ", column ") + ": " + ex.getOriginalMessage()));
			return List.of();
		}
		checkCrs(root.path("crs"), problems);
		String type = root.path("type").asText();
		List<JsonNode> features = new ArrayList<>();
		if ("FeatureCollection".equals(type)) {
			root.path("features").forEach(features::add);
		}
		else if ("Feature".equals(type)) {
			features.add(root);
		}
		else {
			problems.add(BoundaryProblem.ofFile("type", type, "GeoJSON 须为 FeatureCollection（要素带属性以指明区域）",
					"the GeoJSON must be a FeatureCollection (features carry the properties naming their zones)"));
			return List.of();
		}
		List<SourceFeature> read = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			Map<String, String> attributes = properties(features.get(i).path("properties"));
			SourceFeature bare = new SourceFeature(i + 1, Attributes.name(attributes), attributes, null);
			Geometry geometry = geometry(features.get(i).path("geometry"), bare, problems);
			read.add(new SourceFeature(bare.index(), bare.name(), attributes, geometry));
		}
		return read;
	}

	private static void checkCrs(JsonNode crs, List<BoundaryProblem> problems) {
		if (crs.isMissingNode() || crs.isNull()) {
			return;
		}
		String name = crs.path("properties").path("name").asText(crs.toString());
		String key = name.toLowerCase(Locale.ROOT);
		String code = key.replaceAll("^.*?(\\d+)$", "$1");
		boolean wgs84 = key.contains("crs84") || (key.contains("epsg") && (code.equals("4326") || code.equals("4490")));
		if (!wgs84) {
			problems.add(BoundaryProblem.ofFile("crs", name,
					"不支持的坐标系 " + name + "：只接受 WGS84 或 CGCS2000 经纬度（EPSG:4326、EPSG:4490、CRS84），不做投影转换",
					"unsupported coordinate system " + name
							+ ": only WGS84 or CGCS2000 longitude/latitude (EPSG:4326, EPSG:4490, CRS84) is accepted; "
							+ "projected systems are not converted"));
		}
	}

	private static Map<String, String> properties(JsonNode properties) {
		Map<String, String> attributes = new LinkedHashMap<>();
		properties.fields().forEachRemaining((field) -> {
			JsonNode value = field.getValue();
			if (!value.isNull()) {
				attributes.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
			}
		});
		return attributes;
	}

	/** The polygon or multipolygon; empty when absent; null after reporting a problem. */
	private static Geometry geometry(JsonNode node, SourceFeature feature, List<BoundaryProblem> problems) {
		if (node.isMissingNode() || node.isNull()) {
			return Rings.FACTORY.createPolygon();
		}
		String type = node.path("type").asText();
		JsonNode coordinates = node.path("coordinates");
		List<Polygon> polygons = new ArrayList<>();
		if ("Polygon".equals(type)) {
			polygons.add(polygon(coordinates, feature, problems));
		}
		else if ("MultiPolygon".equals(type)) {
			coordinates.forEach((polygon) -> polygons.add(polygon(polygon, feature, problems)));
		}
		else {
			problems.add(GeometryChecks.notPolygonal(feature, type));
			return null;
		}
		if (polygons.contains(null)) {
			return null;
		}
		return ("Polygon".equals(type)) ? polygons.get(0)
				: Rings.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	private static Polygon polygon(JsonNode rings, SourceFeature feature, List<BoundaryProblem> problems) {
		List<LinearRing> built = new ArrayList<>();
		for (JsonNode ring : rings) {
			Coordinate[] points = new Coordinate[ring.size()];
			for (int i = 0; i < ring.size(); i++) {
				JsonNode position = ring.get(i);
				if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
					problems.add(feature.problem("coordinates", position.toString(), "坐标须为 [经度, 纬度] 数字对",
							"a position must be a [longitude, latitude] pair of numbers"));
					return null;
				}
				points[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
			}
			built.add(Rings.ring(points, feature, problems));
		}
		if (built.isEmpty() || built.contains(null)) {
			return built.isEmpty() ? Rings.FACTORY.createPolygon() : null;
		}
		return Rings.FACTORY.createPolygon(built.get(0), built.subList(1, built.size()).toArray(LinearRing[]::new));
	}

}
