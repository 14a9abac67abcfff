package org.corridor.observatory.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.audit.Hashes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (个人访问令牌): the API and the command line sign in with one, and act
 * with its account's role and zones. A token is 32 random bytes shown once when created;
 * only its SHA-256 is kept (a fast hash suffices for a secret that long), so a stolen
 * database yields no usable token. Tokens are revoked, never deleted.
 */
@Service
public class ApiTokens {

	/**
	 * What every token starts with, so that one pasted into a file or a log is
	 * recognised.
	 */
	public static final String PREFIX = "obs_";

	private final JdbcClient jdbc;

	private final AccountStore accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, AccountStore accounts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token for an account; the returned text is the only copy there is. */
	@Transactional
	public String create(String username, String name) {
		Account account = this.accounts.getAccount(username);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("令牌名称须为 1–200 个字符 / the token's name must be 1–200 characters");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
			.params(account.id(), name.strip(), Hashes.sha256(token), Timestamp.from(Instant.now(this.clock)))
			.update();
		this.audit.record("create", "api-token", username + "/" + name.strip(), null, null,
				AuditLog.fields("account", username, "name", name.strip()));
		return token;
	}

	/**
	 * The account a token signs in as: an enabled account's token, not revoked. Marks the
	 * token used.
	 */
	@Transactional
	public Optional<Account> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Object[]> found = this.jdbc
			.sql("select t.id, u.username from api_token t join app_user u on u.id = t.user_id"
					+ " where t.token_hash = ? and t.revoked_at is null and u.enabled = true")
			.param(Hashes.sha256(token))
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		found.ifPresent((row) -> this.jdbc.sql("update api_token set last_used_at = ? where id = ?")
			.params(Timestamp.from(Instant.now(this.clock)), row[0])
			.update());
		return found.flatMap((row) -> this.accounts.findAccount((String) row[1]));
	}

	/** The tokens of an account, newest first, revoked ones included. */
	public List<TokenInfo> listTokens(String username) {
		return this.jdbc
			.sql("select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at from api_token t"
					+ " join app_user u on u.id = t.user_id where u.username = ? order by t.id desc")
			.param(username)
			.query((rs, row) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
			.list();
	}

	/** Revokes a token of an account; revoking twice changes nothing. */
	@Transactional
	public void revoke(String username, long id) {
		TokenInfo token = listTokens(username).stream()
			.filter((t) -> t.id() == id)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("没有此令牌 / no such token: " + id));
		if (token.revokedAt() != null) {
			return;
		}
		this.jdbc.sql("update api_token set revoked_at = ? where id = ?")
			.params(Timestamp.from(Instant.now(this.clock)), id)
			.update();
		this.audit.record("revoke", "api-token", username + "/" + token.name(), null, null, AuditLog.fields("id", id));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A token as its owner sees it; never the token itself.
	 *
	 * @param id its number
	 * @param name what its owner called it
	 * @param createdAt when it was made
	 * @param lastUsedAt when it last signed in, or null
	 * @param revokedAt when it was revoked, or null
	 */
	public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

}
