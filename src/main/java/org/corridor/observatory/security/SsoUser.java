package org.corridor.observatory.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through single sign-on: the identity provider's user, named and
 * authorised as the account {@link SsoAccounts} mapped the claims to — its user name as
 * the principal's name, its role as the one authority, the actor services ask.
 */
public final class SsoUser extends DefaultOidcUser implements Actor.SignedIn {

	private final String username;

	private final Role role;

	private final List<String> zones;

	/**
	 * @param account the account signed in to
	 * @param idToken the identity provider's ID token
	 * @param userInfo the claims of its user-info endpoint, or null
	 */
	public SsoUser(Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(List.of(new SimpleGrantedAuthority(account.role().authority())), idToken, userInfo);
		this.username = account.username();
		this.role = account.role();
		this.zones = List.copyOf(account.zones());
	}

	/** The account's user name, not the identity provider's subject. */
	@Override
	public String getName() {
		return this.username;
	}

	@Override
	public Actor actor() {
		return new Actor(this.username, this.role, this.zones);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SsoUser user && super.equals(other) && this.username.equals(user.username)
				&& this.role == user.role && this.zones.equals(user.zones);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.username.hashCode();
	}

}
