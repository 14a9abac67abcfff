package org.corridor.observatory.geo.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.GeoFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two collections for the OGC API tests: three zones (real, with a hole and a clockwise
 * ring to exercise RFC 7946 orientation) and 25 demo points on a 5 × 5 grid whose
 * coordinates carry more decimals than the API writes.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestCollections {

	static final GeometryFactory GEOMETRY = new GeometryFactory();

	@Bean
	InMemoryFeatureSource testZones() {
		List<GeoFeature> zones = new ArrayList<>();
		// Drawn clockwise, as shapefiles do; the API must turn it round.
		zones.add(zone("z1", "核心区", polygon(ring(0, 0, 0, 1, 1, 1, 1, 0, 0, 0))));
		zones.add(zone("z2", "拓展区", GEOMETRY.createPolygon(ring(2, 0, 4, 0, 4, 2, 2, 2, 2, 0),
				new LinearRing[] { ring(2.5, 0.5, 3.5, 0.5, 3.5, 1.5, 2.5, 1.5, 2.5, 0.5) })));
		zones.add(zone("z3", "联动区", polygon(ring(10, 10, 11, 10, 11, 11, 10, 11, 10, 10))));
		return new InMemoryFeatureSource("test-zones", zones, false);
	}

	@Bean
	InMemoryFeatureSource testPoints() {
		List<GeoFeature> points = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			double lon = 100 + (i % 5) + 0.123456789;
			double lat = 30 + (i / 5) + 0.000000001;
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("name", "平台 " + (i + 1));
			properties.put("rank", i + 1);
			points.add(new GeoFeature("p" + (i + 1), GEOMETRY.createPoint(new Coordinate(lon, lat)), properties));
		}
		return new InMemoryFeatureSource("test-points", points, true);
	}

	private static GeoFeature zone(String id, String name, Polygon polygon) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", name);
		properties.put("level", "zone");
		return new GeoFeature(id, polygon, properties);
	}

	private static Polygon polygon(LinearRing shell) {
		return GEOMETRY.createPolygon(shell);
	}

	private static LinearRing ring(double... xy) {
		Coordinate[] coordinates = new Coordinate[xy.length / 2];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return GEOMETRY.createLinearRing(coordinates);
	}

}
