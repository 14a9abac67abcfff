package org.corridor.observatory.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account as Spring Security sees it after signing in with a password or a token: its
 * role as the one authority, and the actor services ask.
 */
public final class SignedInUser implements UserDetails, Actor.SignedIn {

	private final Account account;

	private final String passwordHash;

	private final boolean locked;

	SignedInUser(Account account, String passwordHash, Instant now) {
		this.account = account;
		this.passwordHash = passwordHash;
		this.locked = account.isLockedAt(now);
	}

	/** The signed-in form of an account, for sign-in methods without a password. */
	public static SignedInUser of(Account account, Instant now) {
		return new SignedInUser(account, null, now);
	}

	public Account account() {
		return this.account;
	}

	@Override
	public Actor actor() {
		return new Actor(this.account.username(), this.account.role(), this.account.zones());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.account.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.account.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.account.enabled();
	}

}
