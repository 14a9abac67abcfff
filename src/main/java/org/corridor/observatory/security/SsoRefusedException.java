package org.corridor.observatory.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * A single sign-on that the identity provider accepted and this platform refuses: the
 * claims do not make an account here, or the account may not sign in.
 */
public class SsoRefusedException extends RuntimeException {

	private final Reason reason;

	private final String claim;

	SsoRefusedException(Reason reason, String claim, String detail) {
		super(reason.code() + ": " + detail);
		this.reason = reason;
		this.claim = claim;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The claim at fault, or null when the account is. */
	public String claim() {
		return this.claim;
	}

	/** Why; its code names the message the login page shows. */
	public enum Reason {

		/** No usable user name claim. */
		USERNAME("username"),

		/** No role claim. */
		ROLE_MISSING("role-missing"),

		/** A role claim that names no role, or more than one. */
		ROLE_UNKNOWN("role-unknown"),

		/** A reviewer or reporter without zones. */
		ZONES_MISSING("zones-missing"),

		/** Zones the plan does not have. */
		ZONES_UNKNOWN("zones-unknown"),

		/** The account is disabled here. */
		DISABLED("disabled"),

		/**
		 * The account signs in with its password (or is a demo account), not this way.
		 */
		LOCAL_ACCOUNT("local-account");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		public static Optional<Reason> ofCode(String code) {
			return Arrays.stream(values()).filter((reason) -> reason.code.equals(code)).findFirst();
		}

	}

}
