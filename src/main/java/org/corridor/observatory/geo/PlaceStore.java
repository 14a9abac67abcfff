package org.corridor.observatory.geo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Located platforms and firms; a batch is stored whole, replacing points with the same
 * code.
 */
@Repository
public class PlaceStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PlaceStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Transactional
	public void saveAll(String planId, List<Place> places) {
		Timestamp now = Timestamp.from(Instant.now());
		this.template.batchUpdate("delete from place where plan_id = ? and kind = ? and code = ?",
				places.stream().map((p) -> new Object[] { planId, p.kind(), p.code() }).toList());
		this.template.batchUpdate(
				"insert into place (plan_id, kind, code, name_zh, name_en, lon, lat, input_crs, input_lon, input_lat,"
						+ " zones, demo, source, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				places.stream()
					.map((p) -> new Object[] { planId, p.kind(), p.code(), p.nameZh(), p.nameEn(), p.lon(), p.lat(),
							p.inputCrs().name(), p.inputLon(), p.inputLat(), String.join(",", p.zones()), p.demo(),
							p.source(), now })
					.toList());
	}

	public List<Place> listPlaces(String planId, String kind) {
		return this.jdbc
			.sql("select kind, code, name_zh, name_en, lon, lat, input_crs, input_lon, input_lat, zones, demo, source"
					+ " from place where plan_id = ? and kind = ? order by code")
			.params(planId, kind)
			.query((rs, row) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDouble(5), rs.getDouble(6), Crs.valueOf(rs.getString(7)), rs.getDouble(8), rs.getDouble(9),
					rs.getString(10).isEmpty() ? List.of() : Arrays.asList(rs.getString(10).split(",")),
					rs.getBoolean(11), rs.getString(12)))
			.list();
	}

	/** Recomputes the zones of every stored point, after the zones changed. */
	@Transactional
	public void reassignZones(String planId, ZoneShapes shapes) {
		for (String kind : List.of("platform", "firm")) {
			List<Place> places = listPlaces(planId, kind);
			this.template.batchUpdate("update place set zones = ? where plan_id = ? and kind = ? and code = ?", places
				.stream()
				.map((p) -> new Object[] { String.join(",", shapes.zonesAt(p.lon(), p.lat())), planId, kind, p.code() })
				.toList());
		}
	}

	public boolean hasDemo(String planId, String kind) {
		return this.jdbc.sql("select count(*) from place where plan_id = ? and kind = ? and demo = true")
			.params(planId, kind)
			.query(Long.class)
			.single() > 0;
	}

}
