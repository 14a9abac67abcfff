package org.corridor.observatory.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: created, changed and disabled by an administrator (on the users page or
 * the command line), every change audited. Passwords are kept only as hashes of Spring
 * Security's delegating encoder and must pass the {@link PasswordPolicy}. After
 * {@link #MAX_FAILURES} failed log-ins in a row an account is locked for
 * {@link #LOCK_TIME}.
 */
@Service
public class AccountStore {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_TIME = Duration.ofMinutes(15);

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{3,64}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final PlanCatalog catalog;

	AccountStore(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, PlanCatalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @param password the password, checked against the policy; null for an account that
	 * signs in only through single sign-on or API tokens
	 * @throws IllegalArgumentException for a bad or taken name, a weak password, or zones
	 * missing for a scoped role
	 */
	@Transactional
	public Account create(String username, String displayName, String password, Role role, List<String> zones,
			boolean demo) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("用户名须为 3–64 个字母、数字或 _ . @ - / the user name must be 3–64 letters,"
					+ " digits or _ . @ -: " + username);
		}
		if (findAccount(username).isPresent()) {
			throw new IllegalArgumentException("用户名已存在 / the user name is taken: " + username);
		}
		checkZones(role, zones);
		if (password != null) {
			PasswordPolicy.check(password, username);
		}
		Instant now = Instant.now(this.clock);
		this.jdbc
			.sql("insert into app_user (username, display_name, password_hash, role, enabled, failed_logins, demo,"
					+ " created_at, password_set_at) values (?, ?, ?, ?, true, 0, ?, ?, ?)")
			.params(username, displayName, (password != null) ? this.encoder.encode(password) : null, role.name(), demo,
					Timestamp.from(now), (password != null) ? Timestamp.from(now) : null)
			.update();
		writeZones(idOf(username), zones);
		Account account = getAccount(username);
		this.audit.record("create", "user", username, null, null, account.audited());
		return account;
	}

	/** Changes an account's role, zones and whether it may sign in. */
	@Transactional
	public Account change(String username, String displayName, Role role, List<String> zones, boolean enabled) {
		Account before = getAccount(username);
		checkZones(role, zones);
		this.jdbc.sql("update app_user set display_name = ?, role = ?, enabled = ? where id = ?")
			.params(displayName, role.name(), enabled, before.id())
			.update();
		this.jdbc.sql("delete from app_user_zone where user_id = ?").param(before.id()).update();
		writeZones(before.id(), zones);
		Account after = getAccount(username);
		this.audit.record("change", "user", username, null, before.audited(), after.audited());
		return after;
	}

	/** Sets a new password, checked against the policy, and unlocks the account. */
	@Transactional
	public void setPassword(String username, String password) {
		Account account = getAccount(username);
		PasswordPolicy.check(password, username);
		this.jdbc
			.sql("update app_user set password_hash = ?, password_set_at = ?, failed_logins = 0, locked_until = null"
					+ " where id = ?")
			.params(this.encoder.encode(password), Timestamp.from(Instant.now(this.clock)), account.id())
			.update();
		this.audit.record("set-password", "user", username, null, null, null);
	}

	/**
	 * Sets the address an account's notifications are mailed to; a blank one removes it.
	 * Nothing is written or audited when the address stays the same.
	 * @throws IllegalArgumentException for an address that is not one
	 */
	@Transactional
	public Account setEmail(String username, String email) {
		Account before = getAccount(username);
		String address = checkEmail(email);
		if (Objects.equals(address, before.email())) {
			return before;
		}
		this.jdbc.sql("update app_user set email = ? where id = ?").params(address, before.id()).update();
		this.audit.record("set-email", "user", username, null, AuditLog.fields("email", before.email()),
				AuditLog.fields("email", address));
		return getAccount(username);
	}

	/**
	 * An e-mail address as stored: stripped, null when blank.
	 * @throws IllegalArgumentException for an address that is not one
	 */
	public static String checkEmail(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String address = email.strip();
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new IllegalArgumentException("电子邮件地址无效 / not an e-mail address: " + address);
		}
		return address;
	}

	/** Counts a failed log-in; the last allowed one locks the account. */
	@Transactional
	public void recordFailure(String username) {
		findAccount(username).ifPresent((account) -> {
			int failures = account.failedLogins() + 1;
			Instant until = (failures >= MAX_FAILURES) ? Instant.now(this.clock).plus(LOCK_TIME) : null;
			this.jdbc.sql("update app_user set failed_logins = ?, locked_until = ? where id = ?")
				.params((until != null) ? 0 : failures, (until != null) ? Timestamp.from(until) : null, account.id())
				.update();
			if (until != null) {
				this.audit.record("lock", "user", username, null, null,
						AuditLog.fields("lockedUntil", until.toString(), "failures", failures));
			}
		});
	}

	/** Clears the failure count after a good log-in. */
	@Transactional
	public void recordSuccess(String username) {
		this.jdbc.sql("update app_user set failed_logins = 0 where username = ? and failed_logins > 0")
			.param(username)
			.update();
	}

	public Optional<Account> findAccount(String username) {
		return this.jdbc.sql(SELECT + " where username = ?")
			.param(username)
			.query(this::account)
			.optional()
			.map(this::withZones);
	}

	public Account getAccount(String username) {
		return findAccount(username)
			.orElseThrow(() -> new IllegalArgumentException("没有此用户 / no such user: " + username));
	}

	/** The password hash of an account, for the log-in check only. */
	Optional<String> findPasswordHash(String username) {
		return this.jdbc.sql("select password_hash from app_user where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	public List<Account> listAccounts() {
		Map<Long, List<String>> zones = this.jdbc.sql("select user_id, zone_code from app_user_zone order by zone_code")
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.jdbc.sql(SELECT + " order by role, username")
			.query(this::account)
			.list()
			.stream()
			.map((a) -> new Account(a.id(), a.username(), a.displayName(), a.role(),
					zones.getOrDefault(a.id(), List.of()), a.enabled(), a.failedLogins(), a.lockedUntil(), a.demo(),
					a.createdAt(), a.email()))
			.toList();
	}

	public boolean hasAdministrator() {
		return this.jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled = true")
			.query(Long.class)
			.single() > 0;
	}

	public boolean hasDemoAccounts() {
		return this.jdbc.sql("select count(*) from app_user where demo = true").query(Long.class).single() > 0;
	}

	private void checkZones(Role role, List<String> zones) {
		if (role.isScoped() && zones.isEmpty()) {
			throw new IllegalArgumentException("区县审核、区县填报账号须指定空间单元 / a district reviewer or reporter needs zones");
		}
		if (!role.isScoped() && !zones.isEmpty()) {
			throw new IllegalArgumentException(
					"只有区县审核、区县填报账号限定空间单元 / only district reviewers and reporters have zones");
		}
		List<String> unknown = zones.stream()
			.filter((zone) -> this.catalog.current().findZone(zone).isEmpty())
			.toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("空间单元不在规划中：" + unknown + " / zones not in the plan: " + unknown);
		}
	}

	private void writeZones(long id, List<String> zones) {
		for (String zone : zones.stream().distinct().toList()) {
			this.jdbc.sql("insert into app_user_zone (user_id, zone_code) values (?, ?)").params(id, zone).update();
		}
	}

	private long idOf(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private Account withZones(Account account) {
		List<String> zones = this.jdbc.sql("select zone_code from app_user_zone where user_id = ? order by zone_code")
			.param(account.id())
			.query(String.class)
			.list();
		return new Account(account.id(), account.username(), account.displayName(), account.role(), zones,
				account.enabled(), account.failedLogins(), account.lockedUntil(), account.demo(), account.createdAt(),
				account.email());
	}

	private static final String SELECT = "select id, username, display_name, role, enabled, failed_logins,"
			+ " locked_until, demo, created_at, email from app_user";

	private Account account(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp(7);
		return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), List.of(),
				rs.getBoolean(5), rs.getInt(6), (locked != null) ? locked.toInstant() : null, rs.getBoolean(8),
				rs.getTimestamp(9).toInstant(), rs.getString(10));
	}

}
