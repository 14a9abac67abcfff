package org.corridor.observatory.geo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Imported official boundaries, by zone; a later import for a zone replaces the earlier
 * one.
 */
@Repository
public class ZoneBoundaryStore {

	private final JdbcClient jdbc;

	ZoneBoundaryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(String planId, String zoneCode, Geometry geometry, String source, String fileName, Crs crs) {
		String geojson = new GeoJsonWriter(8).write(geometry);
		this.jdbc.sql("delete from zone_boundary where plan_id = ? and zone_code = ?")
			.params(planId, zoneCode)
			.update();
		this.jdbc
			.sql("insert into zone_boundary (plan_id, zone_code, geojson, source, file_name, input_crs, imported_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(planId, zoneCode, geojson, source, fileName, crs.name(), Timestamp.from(Instant.now()))
			.update();
	}

	Map<String, Imported> load(String planId) {
		Map<String, Imported> result = new LinkedHashMap<>();
		this.jdbc.sql("select zone_code, geojson, source, file_name, imported_at from zone_boundary where plan_id = ?")
			.param(planId)
			.query((rs) -> {
				result.put(rs.getString(1), new Imported(parse(rs.getString(2)), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()));
			});
		return result;
	}

	private static Geometry parse(String geojson) {
		try {
			return new GeoJsonReader(Wgs84.FACTORY).read(geojson);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("stored boundary is not GeoJSON", ex);
		}
	}

	record Imported(Geometry geometry, String source, String fileName, Instant importedAt) {
	}

}
