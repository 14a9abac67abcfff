package org.corridor.observatory.geo.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry as an RFC 7946 GeoJSON geometry object: longitude before
 * latitude, exterior rings counter-clockwise and holes clockwise, at most seven decimals
 * (about a centimetre) in plain notation. JTS's own {@code GeoJsonWriter} is not used
 * because it prints tiny values in exponent notation and cannot orient holes. An empty
 * geometry is written as {@code null}, which RFC 7946 lets clients read as "no geometry".
 */
class GeometrySerializer extends StdSerializer<Geometry> {

	static final int DECIMALS = 7;

	GeometrySerializer() {
		super(Geometry.class);
	}

	@Override
	public void serialize(Geometry geometry, JsonGenerator json, SerializerProvider provider) throws IOException {
		if (geometry == null || geometry.isEmpty()) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		if (isPlainCollection(geometry)) {
			json.writeStringField("type", "GeometryCollection");
			json.writeArrayFieldStart("geometries");
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				serialize(geometry.getGeometryN(i), json, provider);
			}
			json.writeEndArray();
		}
		else {
			// LinearRing is a JTS notion; GeoJSON knows it only as a LineString.
			json.writeStringField("type", (geometry instanceof LinearRing) ? "LineString" : geometry.getGeometryType());
			json.writeFieldName("coordinates");
			writeCoordinates(geometry, json);
		}
		json.writeEndObject();
	}

	private static boolean isPlainCollection(Geometry geometry) {
		return geometry instanceof GeometryCollection && "GeometryCollection".equals(geometry.getGeometryType());
	}

	private static void writeCoordinates(Geometry geometry, JsonGenerator json) throws IOException {
		if (geometry instanceof Point point) {
			writePosition(point.getCoordinate(), json);
		}
		else if (geometry instanceof LineString line) {
			writePositions(line.getCoordinateSequence(), false, json);
		}
		else if (geometry instanceof Polygon polygon) {
			json.writeStartArray();
			writeRing(polygon.getExteriorRing(), true, json);
			for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
				writeRing(polygon.getInteriorRingN(i), false, json);
			}
			json.writeEndArray();
		}
		else {
			// MultiPoint, MultiLineString, MultiPolygon: an array of their parts' arrays.
			json.writeStartArray();
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				writeCoordinates(geometry.getGeometryN(i), json);
			}
			json.writeEndArray();
		}
	}

	private static void writeRing(LinearRing ring, boolean counterClockwise, JsonGenerator json) throws IOException {
		CoordinateSequence points = ring.getCoordinateSequence();
		// Orientation is only defined for a closed ring of at least four points.
		boolean reverse = points.size() >= 4 && Orientation.isCCW(points) != counterClockwise;
		writePositions(points, reverse, json);
	}

	private static void writePositions(CoordinateSequence points, boolean reverse, JsonGenerator json)
			throws IOException {
		json.writeStartArray();
		int size = points.size();
		for (int i = 0; i < size; i++) {
			writePosition(points.getCoordinate(reverse ? size - 1 - i : i), json);
		}
		json.writeEndArray();
	}

	private static void writePosition(Coordinate coordinate, JsonGenerator json) throws IOException {
		json.writeStartArray();
		writeOrdinate(coordinate.getX(), json);
		writeOrdinate(coordinate.getY(), json);
		if (!Double.isNaN(coordinate.getZ())) {
			writeOrdinate(coordinate.getZ(), json);
		}
		json.writeEndArray();
	}

	private static void writeOrdinate(double value, JsonGenerator json) throws IOException {
		if (!Double.isFinite(value)) {
			throw new IllegalStateException("a feature has a coordinate that is not a number: " + value);
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
		json.writeNumber(rounded.toPlainString());
	}

}
