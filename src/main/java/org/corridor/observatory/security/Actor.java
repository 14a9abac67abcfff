package org.corridor.observatory.security;

import java.util.List;

import org.corridor.observatory.audit.AuditLog;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On whose behalf code runs: a signed-in account (by password, API token or single
 * sign-on), the public (nobody signed in), or the system itself (start-up, demo data, the
 * command line run by the server's operator). Services ask it what may be done; the audit
 * records its name.
 *
 * @param username the account's name, {@link #PUBLIC_NAME} or {@link #SYSTEM_NAME}
 * @param role the account's role; null for the public and the system
 * @param zones the zones a scoped role works on
 */
public record Actor(String username, Role role, List<String> zones) {

	public static final String PUBLIC_NAME = AuditLog.PUBLIC;

	public static final String SYSTEM_NAME = AuditLog.SYSTEM;

	/** Nobody signed in. */
	public static final Actor PUBLIC = new Actor(PUBLIC_NAME, null, List.of());

	/** The platform itself: start-up, demo data, the operator's command line. */
	public static final Actor SYSTEM = new Actor(SYSTEM_NAME, null, List.of());

	public Actor {
		zones = List.copyOf(zones);
	}

	/**
	 * The actor of the current request or thread: the signed-in account, the public for
	 * an anonymous request, the system outside any request.
	 */
	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			return PUBLIC;
		}
		if (authentication.getPrincipal() instanceof SignedIn signedIn) {
			return signedIn.actor();
		}
		return new Actor(authentication.getName(), null, List.of());
	}

	public boolean isSystem() {
		return SYSTEM_NAME.equals(this.username) && this.role == null;
	}

	public boolean is(Role wanted) {
		return this.role == wanted;
	}

	/** Whether the actor may work on the figures of {@code zone}. */
	public boolean mayWorkOn(String zone) {
		if (isSystem() || this.role == Role.ADMIN || this.role == Role.APPROVER) {
			return true;
		}
		return this.role != null && this.role.isScoped() && this.zones.contains(zone);
	}

	/**
	 * @throws ZoneAccessDeniedException when the actor may not work on {@code zone}
	 */
	public void requireZone(String zone) {
		if (!mayWorkOn(zone)) {
			throw new ZoneAccessDeniedException(this, zone);
		}
	}

	/** A principal that knows its actor: every way of signing in gives one. */
	public interface SignedIn {

		Actor actor();

	}

}
