package org.corridor.observatory.security.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.security.SsoAccounts;
import org.corridor.observatory.security.SsoProperties;
import org.corridor.observatory.security.SsoRefusedException;
import org.corridor.observatory.security.SsoRefusedException.Reason;
import org.corridor.observatory.security.SsoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through OpenID Connect, when a client registration is configured: the
 * pages' filter chain adds the authorization-code log-in, the log-in page links to each
 * identity provider, and the claims of a sign-in are mapped to an account by
 * {@link SsoAccounts}. A refused sign-in returns to the log-in page with the reason.
 * Without a registration there is no such bean, and nothing asks for a
 * {@link ClientRegistrationRepository}.
 */
@Component
@ConditionalOnWebApplication
@Conditional(ClientsConfiguredCondition.class)
class SsoLogin {

	private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);

	/** The log-in page's parameter that carries why a single sign-on was refused. */
	static final String REFUSED = "refused";

	/** The refusal code of a failure that is not one of {@link Reason}. */
	static final String FAILED = "failed";

	private final ClientRegistrationRepository registrations;

	private final SsoAccounts accounts;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	SsoLogin(ClientRegistrationRepository registrations, SsoAccounts accounts) {
		this.registrations = registrations;
		this.accounts = accounts;
	}

	/** Adds the OpenID Connect log-in to the pages' filter chain. */
	void configure(HttpSecurity http) throws Exception {
		http.oauth2Login((login) -> login.loginPage("/login")
			.defaultSuccessUrl("/", false)
			// the provider's tokens are not used after the sign-in: kept with the
			// session,
			// they go with it
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(userService()))
			.failureHandler(this::failed));
	}

	/**
	 * Spring's OIDC user service (ID token and user-info claims), its user replaced by
	 * the account the claims map to.
	 */
	OAuth2UserService<OidcUserRequest, OidcUser> userService() {
		OidcUserService provider = new OidcUserService();
		return (request) -> {
			OidcUser user = provider.loadUser(request);
			try {
				return new SsoUser(this.accounts.signIn(user.getClaims()), user.getIdToken(), user.getUserInfo());
			}
			catch (SsoRefusedException ex) {
				throw new OAuth2AuthenticationException(new OAuth2Error(ex.reason().code(), ex.getMessage(), null),
						ex.getMessage(), ex);
			}
			catch (IllegalArgumentException ex) {
				// the account store's own checks, e.g. a name taken by a sign-in a moment
				// before
				throw new OAuth2AuthenticationException(new OAuth2Error("server_error", ex.getMessage(), null),
						ex.getMessage(), ex);
			}
		};
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String code = FAILED;
		if (ex instanceof OAuth2AuthenticationException oauth && ex.getCause() instanceof SsoRefusedException) {
			code = oauth.getError().getErrorCode();
		}
		else {
			log.warn("Single sign-on failed: {}", ex.getMessage());
		}
		this.redirect.sendRedirect(request, response, "/login?" + REFUSED + "=" + code);
	}

	/** The identity providers to sign in with, as the log-in page links to them. */
	List<Link> links() {
		List<Link> links = new ArrayList<>();
		if (this.registrations instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration
						&& AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
					links.add(new Link("/oauth2/authorization/" + registration.getRegistrationId(),
							registration.getClientName()));
				}
			}
		}
		return links;
	}

	/** The message the log-in page shows for a refusal code, if it is one. */
	Optional<Refusal> refusal(String code) {
		if (FAILED.equals(code)) {
			return Optional.of(new Refusal("login.sso.refused." + FAILED, null));
		}
		SsoProperties claims = this.accounts.claimNames();
		return Reason.ofCode(code).map((reason) -> new Refusal("login.sso.refused." + reason.code(), switch (reason) {
			case USERNAME -> claims.usernameClaim();
			case ROLE_MISSING, ROLE_UNKNOWN -> claims.roleClaim();
			case ZONES_MISSING, ZONES_UNKNOWN -> claims.zonesClaim();
			case DISABLED, LOCAL_ACCOUNT -> null;
		}));
	}

	/**
	 * A link to sign in with one identity provider.
	 *
	 * @param href the path that starts the sign-in
	 * @param name the registration's client name
	 */
	record Link(String href, String name) {
	}

	/**
	 * Why a single sign-on was refused, as the log-in page says it.
	 *
	 * @param key the message key
	 * @param claim the claim at fault (the message's argument), or null
	 */
	record Refusal(String key, String claim) {
	}

}
