package org.corridor.observatory.registry.platform;

import org.corridor.observatory.audit.AuditLog;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.ChineseNames;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the platform registry. A batch is one transaction: platforms are inserted or
 * replaced by (plan, code); a record that changes is kept first, as it was, in
 * {@code platform_revision}. A record equal to the stored one is left alone.
 */
@Repository
public class PlatformStore {

	private static final String COLUMNS = "code, name, name_en, name_key, type, platform_level, host, domains,"
			+ " planned_on, construction_on, operating_on, accredited_on, evaluated_on, lon, lat, input_crs,"
			+ " input_lon, input_lat, zones, in_plan, demo, source, updated_at";

	private final JdbcTemplate template;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	/** Whether a plan has demo platforms, kept until {@link PlatformsChanged}. */
	private final Map<String, Boolean> demo = new ConcurrentHashMap<>();

	PlatformStore(JdbcTemplate template, AuditLog audit, ApplicationEventPublisher events) {
		this.template = template;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Stores the platforms; {@code replacedBy} names the import in the revisions of the
	 * records it replaces.
	 * @return how many were added, changed and left as they were
	 */
	@Transactional
	public PlatformImportResult save(String planId, List<Platform> platforms, String replacedBy) {
		Map<String, Platform> stored = new LinkedHashMap<>();
		listPlatforms(planId).forEach((platform) -> stored.put(platform.code(), platform));
		Timestamp now = Timestamp.from(Instant.now());
		int added = 0;
		int changed = 0;
		for (Platform platform : platforms) {
			Platform before = stored.get(platform.code());
			if (before != null && sameData(before, platform)) {
				continue;
			}
			if (before != null) {
				this.template.update(
						"insert into platform_revision (plan_id, code, record, source, replaced_at, replaced_by)"
								+ " values (?, ?, ?, ?, ?, ?)",
						planId, before.code(), describe(before), before.source(), now, replacedBy);
				this.template.update("delete from platform where plan_id = ? and code = ?", planId, platform.code());
				changed++;
			}
			else {
				added++;
			}
			insert(planId, platform, now);
			stored.put(platform.code(), platform);
		}
		PlatformImportResult result = new PlatformImportResult(platforms.size(), added, changed,
				platforms.size() - added - changed, platforms.stream().anyMatch(Platform::demo));
		this.audit.record("import", "platforms", planId + "/" + replacedBy, null, null, result);
		this.events.publishEvent(new PlatformsChanged(planId));
		return result;
	}

	/** Every platform of the plan, by code. */
	public List<Platform> listPlatforms(String planId) {
		return this.template.query("select " + COLUMNS + " from platform where plan_id = ? order by code",
				PlatformStore::platform, planId);
	}

	public Optional<Platform> findPlatform(String planId, String code) {
		return this.template
			.query("select " + COLUMNS + " from platform where plan_id = ? and code = ?", PlatformStore::platform,
					planId, code)
			.stream()
			.findFirst();
	}

	/** The earlier records of a platform, newest first. */
	public List<PlatformRevision> listRevisions(String planId, String code) {
		return this.template.query(
				"select record, source, replaced_at, replaced_by from platform_revision"
						+ " where plan_id = ? and code = ? order by id desc",
				(rs, row) -> new PlatformRevision(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4)),
				planId, code);
	}

	/**
	 * Whether any platform of the plan is demo data: asked once, then kept until the
	 * platforms change (never kept from inside a transaction, which may yet roll back).
	 */
	public boolean hasDemo(String planId) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return findDemo(planId);
		}
		return this.demo.computeIfAbsent(planId, this::findDemo);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void platformsChanged(PlatformsChanged event) {
		this.demo.remove(event.planId());
	}

	private boolean findDemo(String planId) {
		return !this.template
			.queryForList("select 1 from platform where plan_id = ? and demo = true fetch first 1 rows only",
					Integer.class, planId)
			.isEmpty();
	}

	private void insert(String planId, Platform p, Timestamp now) {
		this.template.update(
				"insert into platform (plan_id, " + COLUMNS + ") values (?, "
						+ String.join(", ", Collections.nCopies(23, "?")) + ")",
				planId, p.code(), p.name(), p.nameEn(), ChineseNames.key(p.name()), p.type(), p.level(), p.host(),
				String.join(",", p.domains()), date(p, PlatformStatus.PLANNED),
				date(p, PlatformStatus.UNDER_CONSTRUCTION), date(p, PlatformStatus.OPERATING),
				date(p, PlatformStatus.ACCREDITED), date(p, PlatformStatus.EVALUATED),
				(p.location() != null) ? p.location().lon() : null, (p.location() != null) ? p.location().lat() : null,
				(p.inputCrs() != null) ? p.inputCrs().name() : null, p.inputLon(), p.inputLat(),
				String.join(",", p.zones()), p.inPlan(), p.demo(), p.source(), now);
	}

	private static Date date(Platform platform, PlatformStatus status) {
		LocalDate day = platform.reached(status);
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static Platform platform(ResultSet rs, int row) throws SQLException {
		Map<PlatformStatus, LocalDate> stages = new EnumMap<>(PlatformStatus.class);
		for (PlatformStatus status : PlatformStatus.values()) {
			Date day = rs.getDate(9 + status.ordinal());
			if (day != null) {
				stages.put(status, day.toLocalDate());
			}
		}
		double lon = rs.getDouble(14);
		LonLat location = rs.wasNull() ? null : new LonLat(lon, rs.getDouble(15));
		String crs = rs.getString(16);
		return new Platform(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5), rs.getString(6),
				rs.getString(7), codes(rs.getString(8)), stages, location, (crs != null) ? Crs.valueOf(crs) : null,
				(Double) rs.getObject(17, Double.class), (Double) rs.getObject(18, Double.class),
				codes(rs.getString(19)), rs.getBoolean(20), rs.getBoolean(21), rs.getString(22));
	}

	private static List<String> codes(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	/** Whether two records say the same, wherever they come from. */
	private static boolean sameData(Platform a, Platform b) {
		return describe(a).equals(describe(b)) && a.demo() == b.demo() && a.inPlan() == b.inPlan();
	}

	/** The record in the columns' own words, as a revision keeps it. */
	static String describe(Platform p) {
		StringJoiner text = new StringJoiner("; ");
		text.add("name=" + p.name());
		add(text, "name_en", p.nameEn());
		text.add("type=" + p.type());
		add(text, "level", p.level());
		add(text, "host", p.host());
		add(text, "domains", p.domains().isEmpty() ? null : String.join(",", p.domains()));
		p.stages().forEach((status, day) -> text.add(status.code() + "=" + day));
		if (p.location() != null) {
			text.add("lon=" + p.inputLon() + "; lat=" + p.inputLat() + "; crs="
					+ p.inputCrs().name().toLowerCase(Locale.ROOT));
		}
		add(text, "zones", p.zones().isEmpty() ? null : String.join(",", p.zones()));
		if (p.demo()) {
			text.add("demo");
		}
		return text.toString();
	}

	private static void add(StringJoiner text, String key, String value) {
		if (value != null) {
			text.add(key + "=" + value);
		}
	}

	/**
	 * A platform record an import replaced.
	 *
	 * @param record the record, in the columns' own words
	 * @param source where that record had come from
	 * @param replacedAt when it was replaced
	 * @param replacedBy the import that replaced it
	 */
	public record PlatformRevision(String record, String source, Instant replacedAt, String replacedBy) {

		/**
		 * The record's fields in the order it keeps them ({@code name}, {@code type}, a
		 * stage's code with its date …); a flag such as {@code demo} has no value.
		 */
		public List<Field> fields() {
			List<Field> fields = new ArrayList<>();
			for (String part : this.record.split("; ")) {
				int equals = part.indexOf('=');
				fields.add((equals < 0) ? new Field(part, null)
						: new Field(part.substring(0, equals), part.substring(equals + 1)));
			}
			return fields;
		}

	}

	/**
	 * One field of a replaced record.
	 *
	 * @param key the column's code
	 * @param value the value as the record kept it, or null for a flag
	 */
	public record Field(String key, String value) {
	}

}
