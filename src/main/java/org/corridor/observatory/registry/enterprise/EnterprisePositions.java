package org.corridor.observatory.registry.enterprise;

import org.corridor.observatory.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.FirmPositions;
import org.corridor.observatory.geo.Place;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.Uscc;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The positions of firms, kept in the registry with the firms (one owner for each point):
 * moved by a points file through {@link FirmPositions}, read as map points. A code is
 * matched as the registry writes credit codes ({@link Uscc#normalise}).
 */
@Repository
public class EnterprisePositions implements FirmPositions {

	/** Codes per {@code in (…)} list. */
	private static final int IN_LIST = 500;

	private static final String SELECT = "select uscc, name, lon, lat, input_crs, input_lon, input_lat, zones, demo,"
			+ " source from enterprise where plan_id = ? and lon is not null";

	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	EnterprisePositions(JdbcTemplate template, ApplicationEventPublisher events, AuditLog audit) {
		this.template = template;
		this.events = events;
		this.audit = audit;
	}

	@Override
	public Set<String> findUnknown(String planId, Collection<String> codes) {
		Set<String> stored = new HashSet<>();
		query("select uscc from enterprise where plan_id = ?", planId, codes, (rs) -> stored.add(rs.getString(1)));
		Set<String> unknown = new LinkedHashSet<>();
		codes.stream().filter((code) -> !stored.contains(Uscc.normalise(code))).forEach(unknown::add);
		return unknown;
	}

	/**
	 * Publishes {@link RegistryChanged}: the firms' zones may have changed, so tables
	 * built from the registry are built again once the transaction commits.
	 */
	@Override
	public List<Place> relocate(String planId, List<Place> points, String source) {
		Set<String> unknown = findUnknown(planId, points.stream().map(Place::code).toList());
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("no firm of the registry has the codes " + unknown);
		}
		Timestamp now = Timestamp.from(Instant.now());
		this.template.batchUpdate(
				"update enterprise set lon = ?, lat = ?, input_crs = ?, input_lon = ?, input_lat = ?,"
						+ " zones = ?, source = ?, updated_at = ? where plan_id = ? and uscc = ?",
				points, 10_000, (ps, p) -> {
					ps.setDouble(1, p.lon());
					ps.setDouble(2, p.lat());
					ps.setString(3, p.inputCrs().name());
					ps.setDouble(4, p.inputLon());
					ps.setDouble(5, p.inputLat());
					ps.setString(6, String.join(",", p.zones()));
					ps.setString(7, source);
					ps.setTimestamp(8, now);
					ps.setString(9, planId);
					ps.setString(10, Uscc.normalise(p.code()));
				});
		Map<String, Place> stored = new HashMap<>();
		query(SELECT, planId, points.stream().map(Place::code).toList(), (rs) -> {
			Place place = place(rs);
			stored.put(place.code(), place);
		});
		this.events.publishEvent(new RegistryChanged(planId));
		this.audit.record("relocate", "firm-positions", planId + "/" + source, null, null,
				points.stream()
					.map((p) -> AuditLog.fields("uscc", Uscc.normalise(p.code()), "lon", p.lon(), "lat", p.lat(),
							"zones", p.zones()))
					.toList());
		return points.stream().map((p) -> stored.get(Uscc.normalise(p.code()))).toList();
	}

	/** Every located firm of the plan as a map point, by credit code. */
	public List<Place> listPlaces(String planId) {
		return this.template.query(SELECT + " order by uscc", (rs, row) -> place(rs), planId);
	}

	/** Whether any located firm is demo data. */
	public boolean hasDemo(String planId) {
		return this.template.queryForObject(
				"select count(*) from enterprise where plan_id = ? and lon is not null and demo = true", Long.class,
				planId) > 0;
	}

	private static Place place(ResultSet rs) throws SQLException {
		String zones = rs.getString(8);
		return new Place("firm", rs.getString(1), rs.getString(2), null, rs.getDouble(3), rs.getDouble(4),
				Crs.valueOf(rs.getString(5)), rs.getDouble(6), rs.getDouble(7),
				zones.isEmpty() ? List.of() : List.of(zones.split(",")), rs.getBoolean(9), rs.getString(10));
	}

	/** Runs {@code select} for the firms with the codes, {@link #IN_LIST} at a time. */
	private void query(String select, String planId, Collection<String> codes, RowCallbackHandler each) {
		List<String> normalised = codes.stream().map(Uscc::normalise).distinct().toList();
		for (int from = 0; from < normalised.size(); from += IN_LIST) {
			List<String> chunk = normalised.subList(from, Math.min(from + IN_LIST, normalised.size()));
			List<Object> args = new ArrayList<>(chunk.size() + 1);
			args.add(planId);
			args.addAll(chunk);
			this.template.query(
					select + " and uscc in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", each,
					args.toArray());
		}
	}

}
