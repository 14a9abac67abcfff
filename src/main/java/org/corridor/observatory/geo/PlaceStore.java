package org.corridor.observatory.geo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Located platforms and firms; a batch is stored whole, replacing points with the same
 * code.
 */
@Repository
public class PlaceStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ZoneShapes shapes;

	PlaceStore(JdbcClient jdbc, JdbcTemplate template, ZoneShapes shapes) {
		this.jdbc = jdbc;
		this.template = template;
		this.shapes = shapes;
	}

	@Transactional
	public void saveAll(String planId, List<Place> places) {
		Timestamp now = Timestamp.from(Instant.now());
		places.stream()
			.map(Place::kind)
			.distinct()
			.forEach((kind) -> writer(planId, kind).save(places.stream().filter((p) -> p.kind().equals(kind)).toList(),
					now));
	}

	/**
	 * A writer for many chunks of points of one kind, within the caller's transaction. It
	 * reads the ids of the stored points once and replaces a point by deleting its row by
	 * primary key: deleting by (plan, kind, code) makes H2 scan the plan's points for
	 * every row, hours for a million firms.
	 */
	public Writer writer(String planId, String kind) {
		return new Writer(planId, kind);
	}

	/** Replaces points chunk by chunk; see {@link PlaceStore#writer}. */
	public final class Writer {

		private final String planId;

		private final String kind;

		private final Map<String, Long> stored = new HashMap<>();

		private Writer(String planId, String kind) {
			this.planId = planId;
			this.kind = kind;
			PlaceStore.this.template.query("select id, code from place where plan_id = ? and kind = ?", (rs) -> {
				this.stored.put(rs.getString(2), rs.getLong(1));
			}, planId, kind);
		}

		public void save(List<Place> places, Timestamp now) {
			List<Long> replaced = new ArrayList<>();
			for (Place place : places) {
				Long id = this.stored.remove(place.code());
				if (id != null) {
					replaced.add(id);
				}
			}
			PlaceStore.this.template.batchUpdate("delete from place where id = ?", replaced, replaced.size(),
					(ps, id) -> ps.setLong(1, id));
			PlaceStore.this.template
				.batchUpdate(
						"insert into place (plan_id, kind, code, name_zh, name_en, lon, lat, input_crs, input_lon,"
								+ " input_lat, zones, demo, source, imported_at)"
								+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						places, places.size(), (ps, p) -> {
							ps.setString(1, this.planId);
							ps.setString(2, this.kind);
							ps.setString(3, p.code());
							ps.setString(4, p.nameZh());
							ps.setString(5, p.nameEn());
							ps.setDouble(6, p.lon());
							ps.setDouble(7, p.lat());
							ps.setString(8, p.inputCrs().name());
							ps.setDouble(9, p.inputLon());
							ps.setDouble(10, p.inputLat());
							ps.setString(11, String.join(",", p.zones()));
							ps.setBoolean(12, p.demo());
							ps.setString(13, p.source());
							ps.setTimestamp(14, now);
						});
		}

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

	/**
	 * Recomputes the zones of every stored point, after the zones changed, in a
	 * transaction of its own (the event comes after the boundary import's has committed).
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reassignZones(ZonesChanged event) {
		String planId = event.planId();
		for (String kind : List.of("platform", "firm")) {
			List<Place> places = listPlaces(planId, kind);
			this.template.batchUpdate("update place set zones = ? where plan_id = ? and kind = ? and code = ?",
					places.stream()
						.map((p) -> new Object[] { String.join(",", this.shapes.zonesAt(p.lon(), p.lat())), planId,
								kind, p.code() })
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
