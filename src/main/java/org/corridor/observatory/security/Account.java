package org.corridor.observatory.security;

import java.time.Instant;
import java.util.List;

/**
 * A person's account (or a demo account, marked so).
 *
 * @param id the stored id
 * @param username the name to log in with
 * @param displayName the name shown
 * @param role what the account may do
 * @param zones the zones a scoped role works on (empty for the others)
 * @param enabled whether it may log in at all
 * @param failedLogins failed log-ins since the last good one
 * @param lockedUntil until when it is locked after too many failures, or null
 * @param demo whether it is a demo account, listed on the login page
 * @param createdAt when it was created
 * @param email the address notifications are mailed to, or null for none
 */
public record Account(long id, String username, String displayName, Role role, List<String> zones, boolean enabled,
		int failedLogins, Instant lockedUntil, boolean demo, Instant createdAt, String email) {

	public Account {
		zones = List.copyOf(zones);
	}

	/** Whether the account is locked at {@code now}. */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** The account as the audit records it: no password, no counters. */
	public Object audited() {
		return new Audited(this.username, this.displayName, this.role.code(), this.zones, this.enabled);
	}

	private record Audited(String username, String displayName, String role, List<String> zones, boolean enabled) {
	}

}
