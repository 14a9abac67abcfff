package org.corridor.observatory.geo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JTS geometry type comes out as RFC 7946 GeoJSON that reads back to the same
 * shape, rounded to seven decimals.
 */
class GeometrySerializerTest {

	private final ObjectMapper json = new ObjectMapper()
		.registerModule(new SimpleModule().addSerializer(Geometry.class, new GeometrySerializer()));

	@Test
	void writesEveryGeometryTypeSoThatItReadsBack() throws Exception {
		String[] shapes = { "POINT (104.06 30.67)", "LINESTRING (0 0, 1 1, 2 0)", "MULTIPOINT ((0 0), (1 1))",
				"MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
				"MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
				"GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))" };
		for (String wkt : shapes) {
			Geometry geometry = new WKTReader().read(wkt);
			Geometry back = new GeoJsonReader().read(write(geometry));
			assertThat(back.equalsExact(geometry)).as(wkt).isTrue();
		}
	}

	@Test
	void roundsToSevenDecimalsInPlainNotation() throws Exception {
		String written = write(new WKTReader().read("POINT Z (104.123456789 0.00000001 512.25)"));
		assertThat(written).isEqualTo("{\"type\":\"Point\",\"coordinates\":[104.1234568,0,512.25]}");
	}

	@Test
	void writesEmptyGeometryAsNull() throws Exception {
		assertThat(write(new WKTReader().read("POLYGON EMPTY"))).isEqualTo("null");
	}

	private String write(Geometry geometry) throws Exception {
		return this.json.writeValueAsString(geometry);
	}

}
