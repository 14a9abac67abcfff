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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.FirmPositions;
import org.corridor.observatory.geo.Place;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.Uscc;
import org.locationtech.jts.geom.Envelope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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

	private final RegistryFacts facts;

	private final JdbcTemplate streaming;

	EnterprisePositions(JdbcTemplate template, ApplicationEventPublisher events, AuditLog audit, RegistryFacts facts) {
		this.template = template;
		this.events = events;
		this.audit = audit;
		this.facts = facts;
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(1000);
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

	/**
	 * Located firms of the plan as map points, by credit code: those after
	 * {@code afterUscc} (from the first when null) within {@code bbox} (anywhere when
	 * null), at most {@code limit}.
	 */
	public List<Place> listPlaces(String planId, Envelope bbox, String afterUscc, int limit) {
		List<Object> args = new ArrayList<>();
		// uscc >= '' from the start: see EnterpriseFinder.fromTheStart
		String sql = SELECT + within(bbox, args) + ((afterUscc != null) ? " and uscc > ?" : " and uscc >= ''")
				+ " order by plan_id, uscc fetch first ? rows only";
		args.add(0, planId);
		if (afterUscc != null) {
			args.add(afterUscc);
		}
		args.add(limit);
		return this.template.query(sql, (rs, row) -> place(rs), args.toArray());
	}

	/**
	 * Hands every located firm within {@code bbox} (anywhere when null) to {@code each},
	 * by credit code, as the database returns them (in one read-only transaction, a
	 * thousand rows at a time); stops when {@code each} throws.
	 */
	@Transactional(readOnly = true)
	public void forEachPlace(String planId, Envelope bbox, Consumer<Place> each) {
		List<Object> args = new ArrayList<>();
		args.add(planId);
		this.streaming.query(everyPlace(bbox, args), (rs) -> {
			each.accept(place(rs));
		}, args.toArray());
	}

	/**
	 * The statement that reads every located firm in credit-code order. It names a bound
	 * every firm meets on the key ({@code uscc >= ''}, see
	 * {@link EnterpriseFinder#fromTheStart}) and plan_id in the order, so that H2 reads
	 * the key's index in order: with {@code plan_id = ?} alone it read the 800 000
	 * located firms of the bench's million through the industry index and sorted them (73
	 * s in H2's shell against 14 s; the GeoJSON download took 87 s).
	 */
	static String everyPlace(Envelope bbox, List<Object> args) {
		return SELECT + within(bbox, args) + " and uscc >= '' order by plan_id, uscc";
	}

	/** A located firm as a map point. */
	public Optional<Place> findPlace(String planId, String uscc) {
		return this.template.query(SELECT + " and uscc = ?", (rs, row) -> place(rs), planId, Uscc.normalise(uscc))
			.stream()
			.findFirst();
	}

	/** How many firms are located (kept until the registry changes). */
	public long countLocated(String planId) {
		return this.facts.countLocated(planId);
	}

	/** The box around every located firm (kept until the registry changes). */
	public Envelope extent(String planId) {
		return this.facts.extent(planId);
	}

	private static String within(Envelope bbox, List<Object> args) {
		if (bbox == null) {
			return "";
		}
		args.addAll(List.of(bbox.getMinX(), bbox.getMaxX(), bbox.getMinY(), bbox.getMaxY()));
		return " and lon between ? and ? and lat between ? and ?";
	}

	/** Whether any located firm is demo data (kept until the registry changes). */
	public boolean hasDemo(String planId) {
		return this.facts.hasLocatedDemo(planId);
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
