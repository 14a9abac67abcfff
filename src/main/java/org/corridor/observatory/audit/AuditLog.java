package org.corridor.observatory.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries to the audit trail and reads them back. {@link #record} joins the
 * caller's transaction, so an entry exists exactly when the change it records was
 * committed; appends lock the chain's head row, so entries are numbered and chained in
 * commit order.
 */
@Service
public class AuditLog {

	/** Who acts when nobody is signed in during a request. */
	public static final String PUBLIC = "public";

	/** Who acts outside any request and sign-in. */
	public static final String SYSTEM = "system";

	/** The request attribute that carries a request's id. */
	public static final String REQUEST_ID = "observatory.requestId";

	/** Longest before/after text kept; longer states are cut, and say so. */
	static final int MAX_STATE = 100_000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final ApplicationEventPublisher events;

	AuditLog(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a change made by the current actor, in the caller's transaction.
	 * @param action what was done
	 * @param entity the kind of thing changed
	 * @param key which one
	 * @param zone the zone it concerns, or null
	 * @param before the state before (written as JSON), or null
	 * @param after the state after (written as JSON), or null
	 * @return the entry written
	 */
	@Transactional
	public AuditEntry record(String action, String entity, String key, String zone, Object before, Object after) {
		HttpServletRequest request = currentRequest();
		String address = (request != null) ? request.getRemoteAddr() : null;
		String userAgent = (request != null) ? cut(request.getHeader("User-Agent"), 500) : null;
		String requestId = (request != null) ? (String) request.getAttribute(REQUEST_ID) : null;
		Head head = this.jdbc.sql("select last_id, last_hash from audit_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		AuditEntry unhashed = new AuditEntry(head.lastId() + 1, at, whoNow(), action, entity, cut(key, 500), zone,
				state(before), state(after), address, userAgent, requestId, head.lastHash(), null);
		String hash = unhashed.expectedHash(head.lastHash());
		AuditEntry entry = new AuditEntry(unhashed.id(), at, unhashed.actor(), action, entity, unhashed.key(), zone,
				unhashed.before(), unhashed.after(), address, userAgent, requestId, head.lastHash(), hash);
		this.jdbc
			.sql("insert into audit_entry (id, at_time, actor, action, entity, entity_key, zone_code, before_json,"
					+ " after_json, address, user_agent, request_id, prev_hash, entry_hash)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), Timestamp.from(at), entry.actor(), action, entity, entry.key(), zone, entry.before(),
					entry.after(), address, userAgent, requestId, entry.previousHash(), hash)
			.update();
		this.jdbc.sql("update audit_head set last_id = ?, last_hash = ? where id = 1")
			.params(entry.id(), hash)
			.update();
		this.events.publishEvent(new AuditRecorded(action, entity));
		return entry;
	}

	/**
	 * A state to record, as named fields in the order given; values may be null.
	 * @param namesAndValues name, value, name, value …
	 */
	public static Map<String, Object> fields(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	/** The entries that match, newest first, at most {@code limit}. */
	public List<AuditEntry> list(AuditQuery query, int limit) {
		StringBuilder sql = new StringBuilder(SELECT + " where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (query.actor() != null && !query.actor().isBlank()) {
			sql.append(" and actor = ?");
			args.add(query.actor().strip());
		}
		if (query.entity() != null && !query.entity().isBlank()) {
			sql.append(" and entity = ?");
			args.add(query.entity().strip());
		}
		if (query.zone() != null && !query.zone().isBlank()) {
			sql.append(" and zone_code = ?");
			args.add(query.zone().strip());
		}
		if (query.from() != null) {
			sql.append(" and at_time >= ?");
			args.add(Timestamp.from(query.from().atStartOfDay(CHINA).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and at_time < ?");
			args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
		}
		sql.append(" order by id desc fetch first ? rows only");
		args.add(limit);
		return this.jdbc.sql(sql.toString()).params(args).query(AuditLog::entry).list();
	}

	/** The distinct kinds of thing the trail holds, for a filter. */
	public List<String> listEntities() {
		return this.jdbc.sql("select distinct entity from audit_entry order by entity").query(String.class).list();
	}

	/**
	 * Walks the whole chain from the first entry: every entry's number follows the one
	 * before, its previous hash is that entry's hash, and its hash matches its content;
	 * the head names the last entry.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		String previous = Verification.GENESIS;
		long expectedId = 1;
		long count = 0;
		List<AuditEntry> page;
		do {
			page = this.jdbc.sql(SELECT + " where id >= ? order by id fetch first 1000 rows only")
				.param(expectedId)
				.query(AuditLog::entry)
				.list();
			for (AuditEntry entry : page) {
				if (entry.id() != expectedId) {
					return Verification.broken(count, expectedId, "缺少第 " + expectedId + " 条记录 / entry " + expectedId
							+ " is missing (the next one is " + entry.id() + ")");
				}
				if (!entry.previousHash().equals(previous)) {
					return Verification.broken(count, entry.id(), "前一条的哈希不符，记录被删除或插入 / the previous hash does not"
							+ " match: an entry was removed or inserted");
				}
				if (!entry.hash().equals(entry.expectedHash(previous))) {
					return Verification.broken(count, entry.id(),
							"内容与哈希不符，记录被改动 / the content does not match its" + " hash: the entry was changed");
				}
				previous = entry.hash();
				expectedId++;
				count++;
			}
		}
		while (!page.isEmpty());
		Head head = this.jdbc.sql("select last_id, last_hash from audit_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.lastId() != count || !head.lastHash().equals(previous)) {
			return Verification.broken(count, count + 1, "链尾记录缺失 / the last entries are missing: the head names entry "
					+ head.lastId() + ", the chain ends at " + count);
		}
		return new Verification(true, count, null, null);
	}

	private static final String SELECT = "select id, at_time, actor, action, entity, entity_key, zone_code,"
			+ " before_json, after_json, address, user_agent, request_id, prev_hash, entry_hash from audit_entry";

	private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
	}

	private String state(Object state) {
		if (state == null) {
			return null;
		}
		try {
			String text = (state instanceof String string) ? string : this.json.writeValueAsString(state);
			return (text.length() > MAX_STATE)
					? text.substring(0, MAX_STATE - 40) + "…[cut: " + text.length() + " characters]" : text;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("the state cannot be written as JSON: " + state, ex);
		}
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * Who acts now: the signed-in account's name, {@code public} for an anonymous
	 * request, {@code system} outside any sign-in (start-up, demo data, the operator's
	 * command line).
	 */
	public static String whoNow() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			return PUBLIC;
		}
		return authentication.getName();
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private record Head(long lastId, String lastHash) {
	}

	/**
	 * The result of walking the chain.
	 *
	 * @param intact whether every entry is where and as it was written
	 * @param checked how many entries were found good before the first broken one
	 * @param firstBroken the number of the first broken entry, or null
	 * @param reason why it is broken, in Chinese and English, or null
	 */
	public record Verification(boolean intact, long checked, Long firstBroken, String reason) {

		static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

		static Verification broken(long checked, long at, String reason) {
			return new Verification(false, checked, at, reason);
		}

	}

}
