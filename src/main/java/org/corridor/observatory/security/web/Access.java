package org.corridor.observatory.security.web;

import java.util.EnumSet;
import java.util.Set;

import org.corridor.observatory.security.Role;

/**
 * Who may make a request: everybody (the public), or the signed-in accounts of some
 * roles.
 *
 * @param everybody whether the public may
 * @param roles the roles that may, when the public may not
 */
public record Access(boolean everybody, Set<Role> roles) {

	/** Everybody, signed in or not. */
	public static final Access PUBLIC = new Access(true, EnumSet.allOf(Role.class));

	/** Every signed-in account. */
	public static final Access SIGNED_IN = new Access(false, EnumSet.allOf(Role.class));

	/**
	 * Who works inside the platform: administrators, approvers, registry maintainers,
	 * analysts.
	 */
	public static final Access INSIDERS = roles(Role.ADMIN, Role.APPROVER, Role.REGISTRAR, Role.ANALYST);

	/** Who changes the registries: firms, platforms, boundaries, chain inputs. */
	public static final Access REGISTRY_WRITERS = roles(Role.ADMIN, Role.REGISTRAR);

	/** The administrators only. */
	public static final Access ADMINS = roles(Role.ADMIN);

	/** Who reads the audit trail. */
	public static final Access AUDITORS = roles(Role.ADMIN, Role.APPROVER);

	public static Access roles(Role first, Role... more) {
		return new Access(false, EnumSet.of(first, more));
	}

	/** Whether an account of {@code role} may; null is the public. */
	public boolean allows(Role role) {
		return (role == null) ? this.everybody : this.roles.contains(role);
	}

}
