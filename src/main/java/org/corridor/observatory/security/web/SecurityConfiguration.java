package org.corridor.observatory.security.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.security.ApiTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what, by surface: one filter chain for the API and the OGC API (answers 401
 * and 403 as problem details), one for the pages (form log-in, a redirect to it). Both
 * take personal API tokens or the browser's session, and ask for a CSRF token on every
 * change made with the session, so that no other site can post in a user's name. Both
 * take their rules from {@link AccessRules} and refuse whatever no rule names, and both
 * send the same security headers: a content security policy without inline scripts, no
 * framing, no MIME sniffing, a strict referrer policy. When single sign-on is configured,
 * the pages' chain also signs in through OpenID Connect ({@link SsoLogin}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * Scripts only from the app itself; styles may be inline (charts and the map set
	 * them).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none';"
			+ " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self';"
			+ " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**", "/ogc/**", "/v3/api-docs/**", "/v3/api-docs")
			.authorizeHttpRequests(SecurityConfiguration::rules)
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			// a request that carries a token is no browser's: it needs no CSRF token
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers(ApiTokenFilter::carriesToken))
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
						"请先登录或提供个人访问令牌 / sign in or give a personal API token"))
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
						"无权执行此操作 / you may not do this")))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ApiTokens tokens, ObjectProvider<SsoLogin> singleSignOn)
			throws Exception {
		http.authorizeHttpRequests(SecurityConfiguration::rules)
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers(ApiTokenFilter::carriesToken))
			// the token is made before the page is written: a large page commits its
			// response before its last form asks for the token, too late to set a cookie
			.addFilterAfter(new EagerCsrfToken(), CsrfFilter.class)
			.headers(SecurityConfiguration::headers);
		SsoLogin sso = singleSignOn.getIfAvailable();
		if (sso != null) {
			sso.configure(http);
		}
		return http.build();
	}

	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
		// an error page or a forward shows what the request that led there was allowed
		registry.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
		for (AccessRules.Rule rule : AccessRules.RULES) {
			var allowed = registry.requestMatchers(rule.matcher());
			if (rule.access().everybody()) {
				allowed.permitAll();
			}
			else {
				allowed.hasAnyRole(rule.access().roles().stream().map(Enum::name).toArray(String[]::new));
			}
		}
		registry.anyRequest().denyAll();
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
