package org.corridor.observatory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads an ECharts map script ({@code echarts.registerMap(name, geoJson)}) into features.
 * Such scripts carry GeoJSON whose rings may be compressed in ECharts' "UTF8Encoding":
 * each vertex is two characters, each character minus 64 a zigzag-encoded delta from the
 * previous vertex, the first delta counted from the ring's {@code encodeOffsets}, all in
 * units of 1/{@code UTF8Scale} degree (1024 unless stated). Decoding is exact: the values
 * are multiples of 1/1024 and identical, bit for bit, to the decoded GeoJSON copies the
 * boundary package ships. Nothing is corrected here; see {@link BoundaryConversion}.
 */
public final class EchartsMapDecoder {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private EchartsMapDecoder() {
	}

	/** The features of the map script at {@code location} on the class path. */
	public static List<MapFeature> decodeResource(String location) {
		ClassLoader loader = EchartsMapDecoder.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("map script not on the class path: " + location
						+ " (it is fetched at build time: mvn generate-resources)");
			}
			return decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + location, ex);
		}
	}

	/** The features of a map script, in the order the script lists them. */
	public static List<MapFeature> decode(String script) {
		int call = script.indexOf("registerMap(");
		int start = script.indexOf('{', (call >= 0) ? call : 0);
		if (start < 0) {
			throw new IllegalArgumentException("no GeoJSON object found in the map script");
		}
		JsonNode map;
		try (JsonParser parser = JSON.getFactory().createParser(script.substring(start))) {
			map = JSON.readTree(parser);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("the map script's GeoJSON cannot be read: " + ex.getMessage(), ex);
		}
		boolean encoded = map.path("UTF8Encoding").asBoolean(false);
		double scale = map.path("UTF8Scale").asDouble(1024);
		List<MapFeature> features = new ArrayList<>();
		for (JsonNode feature : map.path("features")) {
			features.add(feature(feature, encoded, scale));
		}
		return List.copyOf(features);
	}

	private static MapFeature feature(JsonNode feature, boolean encoded, double scale) {
		Map<String, Object> properties = JSON.convertValue(feature.path("properties"), new TypeReference<>() {
		});
		properties = Collections.unmodifiableMap(new LinkedHashMap<>((properties != null) ? properties : Map.of()));
		String id = feature.hasNonNull("id") ? feature.get("id").asText() : null;
		Object name = properties.get("name");
		JsonNode geometry = feature.path("geometry");
		return new MapFeature(id, (name != null) ? name.toString() : null, properties,
				geometry(geometry, encoded, scale));
	}

	private static Geometry geometry(JsonNode geometry, boolean encoded, double scale) {
		String type = geometry.path("type").asText();
		JsonNode coordinates = geometry.path("coordinates");
		JsonNode offsets = geometry.path("encodeOffsets");
		if ("Polygon".equals(type)) {
			return polygon(coordinates, offsets, encoded, scale);
		}
		if ("MultiPolygon".equals(type)) {
			Polygon[] polygons = new Polygon[coordinates.size()];
			for (int i = 0; i < polygons.length; i++) {
				polygons[i] = polygon(coordinates.get(i), offsets.path(i), encoded, scale);
			}
			return FACTORY.createMultiPolygon(polygons);
		}
		throw new IllegalArgumentException("unsupported geometry type in map script: '" + type + "'");
	}

	private static Polygon polygon(JsonNode rings, JsonNode offsets, boolean encoded, double scale) {
		LinearRing[] decoded = new LinearRing[rings.size()];
		for (int i = 0; i < decoded.length; i++) {
			Coordinate[] ring = encoded ? decodeRing(rings.get(i).asText(), offsets.get(i), scale)
					: plainRing(rings.get(i));
			decoded[i] = FACTORY.createLinearRing(closed(ring));
		}
		return (decoded.length == 0) ? FACTORY.createPolygon()
				: FACTORY.createPolygon(decoded[0], Arrays.copyOfRange(decoded, 1, decoded.length));
	}

	/**
	 * One ring of the UTF8Encoding; the running values are integers, so no error accrues.
	 */
	static Coordinate[] decodeRing(String text, JsonNode offset, double scale) {
		if (text.length() % 2 != 0) {
			throw new IllegalArgumentException("an encoded ring must have an even number of characters");
		}
		long x = offset.get(0).asLong();
		long y = offset.get(1).asLong();
		Coordinate[] ring = new Coordinate[text.length() / 2];
		for (int i = 0; i < ring.length; i++) {
			x += zigzag(text.charAt(2 * i) - 64);
			y += zigzag(text.charAt(2 * i + 1) - 64);
			ring[i] = new Coordinate(x / scale, y / scale);
		}
		return ring;
	}

	private static int zigzag(int value) {
		return (value >> 1) ^ (-(value & 1));
	}

	private static Coordinate[] plainRing(JsonNode ring) {
		Coordinate[] coordinates = new Coordinate[ring.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
		}
		return coordinates;
	}

	private static Coordinate[] closed(Coordinate[] ring) {
		if (ring.length == 0 || ring[0].equals2D(ring[ring.length - 1])) {
			return ring;
		}
		Coordinate[] closed = Arrays.copyOf(ring, ring.length + 1);
		closed[ring.length] = ring[0].copy();
		return closed;
	}

}
