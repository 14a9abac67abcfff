package org.corridor.observatory.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.security.SsoRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account of a single sign-on, from the claims of the identity provider, which is the
 * source of the role, the zones and the name: the first sign-in creates the account
 * (without a password), a later one changes it when the claims changed. Both are audited
 * by the {@link AccountStore} as made by the person signing in. A sign-in is refused when
 * the claims name no role or an unknown one, a reviewer or reporter has no zones or zones
 * the plan does not have, the account is disabled here, or the user name is one of an
 * account that signs in with its password (or a demo account): single sign-on never takes
 * over such an account.
 *
 * <p>
 * Only when single sign-on is configured (a client registration under
 * {@code spring.security.oauth2.client.registration}).
 */
@Service
@Conditional(ClientsConfiguredCondition.class)
@EnableConfigurationProperties(SsoProperties.class)
public class SsoAccounts {

	private static final Logger log = LoggerFactory.getLogger(SsoAccounts.class);

	/** Display names are kept to the column's length. */
	private static final int MAX_NAME = 200;

	private final AccountStore accounts;

	private final PlanCatalog catalog;

	private final SsoProperties claims;

	SsoAccounts(AccountStore accounts, PlanCatalog catalog, SsoProperties claims) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.claims = claims;
	}

	/** Which claims are read. */
	public SsoProperties claimNames() {
		return this.claims;
	}

	/**
	 * The account the claims sign in to, created or brought up to date.
	 * @param claims the claims of the ID token (and the user-info endpoint)
	 * @throws SsoRefusedException when the claims make no account here or the account may
	 * not sign in this way
	 */
	@Transactional
	public Account signIn(Map<String, Object> claims) {
		String username = text(claims.get(this.claims.usernameClaim())).orElse("");
		try {
			return signIn(username, claims);
		}
		catch (SsoRefusedException ex) {
			log.warn("Single sign-on of '{}' refused: {}", username, ex.getMessage());
			throw ex;
		}
	}

	private Account signIn(String username, Map<String, Object> claims) {
		if (!AccountStore.USERNAME.matcher(username).matches()) {
			throw new SsoRefusedException(Reason.USERNAME, this.claims.usernameClaim(),
					"no user name of 3–64 letters, digits or _ . @ - in the claim");
		}
		Role role = role(claims.get(this.claims.roleClaim()));
		List<String> zones = role.isScoped() ? zones(claims.get(this.claims.zonesClaim())) : List.of();
		String name = text(claims.get(this.claims.nameClaim())).orElse(username);
		String displayName = (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME) : name;
		Optional<Account> existing = this.accounts.findAccount(username);
		if (existing.isEmpty()) {
			return asThemselves(username, role,
					() -> this.accounts.create(username, displayName, null, role, zones, false));
		}
		Account account = existing.get();
		if (account.demo() || this.accounts.findPasswordHash(username).isPresent()) {
			throw new SsoRefusedException(Reason.LOCAL_ACCOUNT, null, "the account signs in with its password");
		}
		if (!account.enabled()) {
			throw new SsoRefusedException(Reason.DISABLED, null, "the account is disabled");
		}
		if (account.role() == role && new TreeSet<>(account.zones()).equals(new TreeSet<>(zones))
				&& account.displayName().equals(displayName)) {
			return account;
		}
		return asThemselves(username, role, () -> this.accounts.change(username, displayName, role, zones, true));
	}

	private Role role(Object claim) {
		if (claim instanceof Collection<?> values && values.size() == 1) {
			claim = values.iterator().next();
		}
		String text = text(claim)
			.orElseThrow(() -> new SsoRefusedException(Reason.ROLE_MISSING, this.claims.roleClaim(), "no role claim"));
		try {
			return Role.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new SsoRefusedException(Reason.ROLE_UNKNOWN, this.claims.roleClaim(), "unknown role '" + text + "'");
		}
	}

	/** The zone codes of the claim, as the plan writes them, in order. */
	private List<String> zones(Object claim) {
		Stream<?> values = (claim instanceof Collection<?> list) ? list.stream() : Stream.ofNullable(claim);
		List<String> named = values.map(String::valueOf)
			.flatMap((value) -> Stream.of(value.split("[,，、;；\\s]+")))
			.filter((code) -> !code.isBlank())
			.toList();
		if (named.isEmpty()) {
			throw new SsoRefusedException(Reason.ZONES_MISSING, this.claims.zonesClaim(),
					"a reviewer or reporter without zones");
		}
		Map<String, String> known = this.catalog.current()
			.listZones()
			.stream()
			.map(Zone::code)
			.collect(Collectors.toMap((code) -> code.toUpperCase(Locale.ROOT), Function.identity()));
		List<String> unknown = named.stream()
			.filter((code) -> !known.containsKey(code.toUpperCase(Locale.ROOT)))
			.toList();
		if (!unknown.isEmpty()) {
			throw new SsoRefusedException(Reason.ZONES_UNKNOWN, this.claims.zonesClaim(),
					"zones the plan does not have: " + unknown);
		}
		return List.copyOf(named.stream()
			.map((code) -> known.get(code.toUpperCase(Locale.ROOT)))
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	private static Optional<String> text(Object claim) {
		return Optional.ofNullable(claim).map(String::valueOf).map(String::strip).filter((text) -> !text.isEmpty());
	}

	/**
	 * Makes the change as the person signing in, so that the audit names them: nobody is
	 * signed in yet while the sign-in is checked.
	 */
	private static Account asThemselves(String username, Role role, Supplier<Account> change) {
		SecurityContext outer = SecurityContextHolder.getContext();
		SecurityContext own = SecurityContextHolder.createEmptyContext();
		own.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
		SecurityContextHolder.setContext(own);
		try {
			return change.get();
		}
		finally {
			SecurityContextHolder.setContext(outer);
		}
	}

}
