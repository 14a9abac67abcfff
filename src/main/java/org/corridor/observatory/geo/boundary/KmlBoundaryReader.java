package org.corridor.observatory.geo.boundary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the Placemarks of a KML document. KML coordinates are WGS84 by specification;
 * attributes come from {@code ExtendedData} ({@code Data} and {@code SimpleData}) and the
 * Placemark's {@code name} is kept as the attribute {@code name}. Elements are matched by
 * local name only, because files in the wild use the KML 2.0, 2.1 and 2.2 namespaces
 * alike.
 */
final class KmlBoundaryReader {

	private KmlBoundaryReader() {
	}

	static List<SourceFeature> read(byte[] content, List<BoundaryProblem> problems) {
		Document document;
		try {
			document = KmlXml.parse(content);
		}
		catch (SAXParseException ex) {
			String where = ex.getLineNumber() + ":" + ex.getColumnNumber();
			problems.add(BoundaryProblem.ofFile("xml", where,
					"KML 的 XML 格式错误（第 " + ex.getLineNumber() + " 行第 " + ex.getColumnNumber() + " 列）：" + ex.getMessage(),
					"malformed KML (XML) at line " + ex.getLineNumber() + ", column " + ex.getColumnNumber() + ": "
							+ ex.getMessage()));
			return List.of();
		}
		catch (SAXException | IOException ex) {
			problems.add(BoundaryProblem.ofFile("xml", null, "无法读取 KML：" + ex.getMessage(),
					"cannot read the KML: " + ex.getMessage()));
			return List.of();
		}
		NodeList placemarks = document.getElementsByTagNameNS("*", "Placemark");
		List<SourceFeature> read = new ArrayList<>();
		for (int i = 0; i < placemarks.getLength(); i++) {
			Element placemark = (Element) placemarks.item(i);
			Map<String, String> attributes = new LinkedHashMap<>();
			String name = KmlXml.text(KmlXml.child(placemark, "name"));
			if (name != null) {
				attributes.put("name", name);
			}
			extendedData(placemark, attributes);
			SourceFeature bare = new SourceFeature(i + 1, name, attributes, null);
			List<Polygon> polygons = new ArrayList<>();
			boolean built = collect(placemark, bare, polygons, problems);
			Geometry geometry = !built ? null : (polygons.size() == 1) ? polygons.get(0)
					: Rings.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
			read.add(new SourceFeature(bare.index(), name, attributes, geometry));
		}
		return read;
	}

	/** Adds the polygons under {@code parent}; false after reporting a problem. */
	private static boolean collect(Element parent, SourceFeature feature, List<Polygon> polygons,
			List<BoundaryProblem> problems) {
		boolean built = true;
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				switch (element.getLocalName()) {
					case "Polygon" -> built &= polygon(element, feature, polygons, problems);
					case "MultiGeometry" -> built &= collect(element, feature, polygons, problems);
					case "Point", "LineString", "LinearRing", "Model", "Track", "MultiTrack" -> {
						problems.add(GeometryChecks.notPolygonal(feature, element.getLocalName()));
						built = false;
					}
					default -> {
					}
				}
			}
		}
		return built;
	}

	private static boolean polygon(Element polygon, SourceFeature feature, List<Polygon> polygons,
			List<BoundaryProblem> problems) {
		LinearRing shell = null;
		List<LinearRing> holes = new ArrayList<>();
		NodeList rings = polygon.getElementsByTagNameNS("*", "LinearRing");
		for (int i = 0; i < rings.getLength(); i++) {
			Element ring = (Element) rings.item(i);
			Coordinate[] points = coordinates(KmlXml.text(KmlXml.child(ring, "coordinates")), feature, problems);
			LinearRing built = (points != null) ? Rings.ring(points, feature, problems) : null;
			if (built == null) {
				return false;
			}
			if ("outerBoundaryIs".equals(ring.getParentNode().getLocalName())) {
				shell = built;
			}
			else {
				holes.add(built);
			}
		}
		polygons.add((shell != null) ? Rings.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new))
				: Rings.FACTORY.createPolygon());
		return true;
	}

	private static Coordinate[] coordinates(String text, SourceFeature feature, List<BoundaryProblem> problems) {
		String[] tuples = (text != null) ? text.strip().split("\\s+") : new String[0];
		Coordinate[] points = new Coordinate[(text == null || text.isBlank()) ? 0 : tuples.length];
		for (int i = 0; i < points.length; i++) {
			String[] parts = tuples[i].split(",");
			try {
				points[i] = new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				problems.add(feature.problem("coordinates", tuples[i], "坐标须为“经度,纬度[,高程]”",
						"a coordinate tuple must be 'longitude,latitude[,altitude]'"));
				return null;
			}
		}
		return points;
	}

	private static void extendedData(Element placemark, Map<String, String> attributes) {
		for (String tag : new String[] { "Data", "SimpleData" }) {
			NodeList data = placemark.getElementsByTagNameNS("*", tag);
			for (int i = 0; i < data.getLength(); i++) {
				Element datum = (Element) data.item(i);
				String value = "Data".equals(tag) ? KmlXml.text(KmlXml.child(datum, "value")) : KmlXml.text(datum);
				if (!datum.getAttribute("name").isEmpty() && value != null) {
					attributes.put(datum.getAttribute("name"), value);
				}
			}
		}
	}

}
