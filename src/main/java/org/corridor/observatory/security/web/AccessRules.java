package org.corridor.observatory.security.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.corridor.observatory.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may make which request: one rule per kind of request, in one place, first match
 * wins. A request no rule matches is refused, and the authorization-matrix test fails for
 * a mapping without a rule, so that no new endpoint is open by accident.
 *
 * <p>
 * The public reads the plan, published figures and their evaluation, the map's zones and
 * platforms, the platform registry and the API description. Firms, the cultivation ladder
 * and the chain analysis are for insiders; writing the registries is for registry
 * maintainers; bulk figures, accounts and settings for administrators. Adjustments of the
 * plan (规划调整) are proposed by administrators and decided by the corridor approver alone.
 */
public final class AccessRules {

	private static final Access ROUND_STEPS = Access.roles(Role.ADMIN, Role.APPROVER, Role.REVIEWER, Role.REPORTER);

	private static final Access VALIDATORS = Access.roles(Role.ADMIN, Role.APPROVER, Role.REVIEWER, Role.ANALYST);

	/**
	 * Annual evaluation reports: the management committee, administrators and analysts.
	 */
	private static final Access REPORT_MAKERS = Access.roles(Role.ADMIN, Role.APPROVER, Role.ANALYST);

	static final List<Rule> RULES = List.of(
			// the public: the plan, published figures, the map, platforms
			get("/", Access.PUBLIC), get("/indicators/*", Access.PUBLIC), get("/structure", Access.PUBLIC),
			get("/map", Access.PUBLIC), get("/platforms", Access.PUBLIC), get("/platforms/*", Access.PUBLIC),
			// zones compared and a zone's profile: published figures for all (the firms
			// on a
			// profile only for insiders, decided by the page)
			get("/compare", Access.PUBLIC), get("/zones/*", Access.PUBLIC),
			get("/api/v1/plans/*/comparisons/**", Access.PUBLIC), get("/login", Access.PUBLIC),
			get("/error", Access.PUBLIC), post("/error", Access.PUBLIC), get("/css/**", Access.PUBLIC),
			get("/js/**", Access.PUBLIC), get("/webjars/**", Access.PUBLIC), get("/images/**", Access.PUBLIC),
			get("/favicon.ico", Access.PUBLIC), get("/v3/api-docs/**", Access.PUBLIC),
			get("/v3/api-docs", Access.PUBLIC), get("/v3/api-docs.yaml", Access.PUBLIC),
			get("/swagger-ui.html", Access.PUBLIC), get("/swagger-ui/**", Access.PUBLIC),
			// signing in and out
			post("/login", Access.PUBLIC), post("/logout", Access.SIGNED_IN),
			// single sign-on, when configured (SsoLogin): the redirect to the identity
			// provider and its way back, answered by Spring Security's filters
			get("/oauth2/authorization/*", Access.PUBLIC), get("/login/oauth2/code/*", Access.PUBLIC),
			// the plan and its published figures over the API
			get("/api/v1/plans", Access.PUBLIC), get("/api/v1/plans/*", Access.PUBLIC),
			get("/api/v1/plans/*/indicators", Access.PUBLIC), get("/api/v1/plans/*/indicators/*", Access.PUBLIC),
			get("/api/v1/plans/*/structure", Access.PUBLIC), get("/api/v1/plans/*/observations", Access.PUBLIC),
			get("/api/v1/plans/*/evaluations/*/records", Access.INSIDERS),
			get("/api/v1/plans/*/evaluations", Access.PUBLIC), get("/api/v1/plans/*/evaluations/**", Access.PUBLIC),
			get("/api/v1/plans/*/apportion", Access.PUBLIC),
			// forecasts from the published figures (unpublished ones only for insiders,
			// as
			// evaluations), and the backtest of the methods
			get("/api/v1/plans/*/forecasts", Access.PUBLIC), get("/api/v1/plans/*/forecasts/**", Access.PUBLIC),
			get("/foresight/backtest", Access.PUBLIC),
			// what-if scenarios (模拟推演): read and run by insiders; made, saved and
			// archived
			// by the committee, administrators and analysts
			get("/scenarios", Access.INSIDERS), get("/scenarios/**", Access.INSIDERS),
			post("/scenarios", REPORT_MAKERS), post("/scenarios/**", REPORT_MAKERS),
			get("/api/v1/plans/*/scenarios", Access.INSIDERS), get("/api/v1/plans/*/scenarios/**", Access.INSIDERS),
			post("/api/v1/plans/*/scenarios", REPORT_MAKERS), post("/api/v1/plans/*/scenarios/**", REPORT_MAKERS),
			put("/api/v1/plans/*/scenarios/*", REPORT_MAKERS),
			// the growth each indicator needs (所需增速), from the same figures as forecasts
			get("/api/v1/plans/*/required-growth", Access.PUBLIC),
			get("/api/v1/plans/*/required-growth/*", Access.PUBLIC), get("/foresight/required", Access.PUBLIC),
			get("/foresight/required.xlsx", Access.PUBLIC),
			// the territory
			get("/api/v1/plans/*/zones/**", Access.PUBLIC), get("/api/v1/plans/*/divisions", Access.PUBLIC),
			get("/ogc/collections/firms/**", Access.INSIDERS), get("/ogc", Access.PUBLIC),
			get("/ogc/**", Access.PUBLIC), get("/api/v1/geojson/firms", Access.INSIDERS),
			get("/api/v1/geojson/*", Access.PUBLIC),
			// platforms: read by all, written by registry maintainers
			get("/api/v1/plans/*/platforms/template.*", Access.REGISTRY_WRITERS),
			get("/api/v1/plans/*/platforms", Access.PUBLIC), get("/api/v1/plans/*/platforms/*", Access.PUBLIC),
			post("/api/v1/plans/*/platforms", Access.REGISTRY_WRITERS),
			post("/platforms/import", Access.REGISTRY_WRITERS),
			// firms, the ladder and the chains: insiders read, registry maintainers write
			get("/enterprises", Access.INSIDERS), get("/enterprises/**", Access.INSIDERS),
			get("/api/v1/plans/*/enterprises/template.*", Access.REGISTRY_WRITERS),
			get("/api/v1/plans/*/enterprises/jobs/*", Access.REGISTRY_WRITERS),
			get("/api/v1/plans/*/enterprises", Access.INSIDERS), get("/api/v1/plans/*/enterprises/*", Access.INSIDERS),
			post("/api/v1/plans/*/enterprises", Access.REGISTRY_WRITERS),
			post("/api/v1/plans/*/enterprises/jobs", Access.REGISTRY_WRITERS), get("/ladder", Access.INSIDERS),
			get("/api/v1/plans/*/ladder", Access.INSIDERS),
			// the composite index (an example until the office confirms its own):
			// insiders
			get("/composite-index", Access.INSIDERS), get("/api/v1/plans/*/composite-indices", Access.INSIDERS),
			get("/api/v1/plans/*/composite-indices/**", Access.INSIDERS), get("/chains", Access.INSIDERS),
			get("/chains/**", Access.INSIDERS), post("/chains/candidates", Access.REGISTRY_WRITERS),
			post("/chains/reference", Access.REGISTRY_WRITERS), get("/api/v1/plans/*/chains", Access.INSIDERS),
			get("/api/v1/plans/*/chains/**", Access.INSIDERS),
			get("/api/v1/plans/*/candidates/template.*", Access.REGISTRY_WRITERS),
			get("/api/v1/plans/*/reference/template.*", Access.REGISTRY_WRITERS),
			get("/api/v1/plans/*/candidates", Access.INSIDERS), get("/api/v1/plans/*/candidates/**", Access.INSIDERS),
			get("/api/v1/plans/*/reference", Access.INSIDERS), get("/api/v1/plans/*/reference/**", Access.INSIDERS),
			post("/api/v1/plans/*/candidates", Access.REGISTRY_WRITERS),
			post("/api/v1/plans/*/reference", Access.REGISTRY_WRITERS),
			// boundaries and located points
			post("/api/v1/plans/*/zones/boundaries", Access.REGISTRY_WRITERS),
			post("/api/v1/plans/*/places/*", Access.REGISTRY_WRITERS),
			post("/import/boundaries", Access.REGISTRY_WRITERS),
			// annual evaluation reports: generated, listed and downloaded by the
			// committee,
			// administrators and analysts
			get("/reports", REPORT_MAKERS), get("/api/v1/plans/*/reports", REPORT_MAKERS),
			get("/api/v1/plans/*/reports/**", REPORT_MAKERS), post("/api/v1/plans/*/reports", REPORT_MAKERS),
			// figures in bulk: administrators
			get("/import", Access.roles(Role.ADMIN, Role.REGISTRAR)), post("/import", Access.ADMINS),
			post("/import/acknowledge", Access.ADMINS),
			get("/api/v1/plans/*/observations/template.*", Access.SIGNED_IN),
			post("/api/v1/plans/*/observations", Access.ADMINS),
			// reporting rounds: the service checks each step's role and zones
			get("/rounds", Access.SIGNED_IN), post("/rounds", Access.roles(Role.ADMIN, Role.APPROVER)),
			get("/rounds/*", Access.SIGNED_IN), get("/rounds/*/zones/*", Access.SIGNED_IN),
			get("/rounds/*/zones/*/template.xlsx", Access.SIGNED_IN), post("/rounds/*/zones/*", ROUND_STEPS),
			post("/rounds/*/zones/*/upload", Access.roles(Role.ADMIN, Role.REPORTER)), get("/tasks", Access.SIGNED_IN),
			post("/figures/batches/*/publish", Access.roles(Role.ADMIN, Role.APPROVER)),
			post("/figures/batches/*/withdraw", Access.ADMINS), get("/api/v1/plans/*/rounds", Access.SIGNED_IN),
			post("/api/v1/plans/*/rounds", Access.roles(Role.ADMIN, Role.APPROVER)),
			get("/api/v1/plans/*/rounds/*", Access.SIGNED_IN),
			get("/api/v1/plans/*/rounds/*/zones/*", Access.SIGNED_IN),
			get("/api/v1/plans/*/rounds/*/zones/*/check", Access.roles(Role.ADMIN, Role.REPORTER)),
			put("/api/v1/plans/*/rounds/*/zones/*", Access.roles(Role.ADMIN, Role.REPORTER)),
			post("/api/v1/plans/*/rounds/*/zones/*/*", ROUND_STEPS),
			// validation: runs and findings for those who review figures; rules changed
			// by
			// administrators; a warning acknowledged by the zone's reporter (the service
			// checks the zone)
			get("/api/v1/plans/*/rounds/*/zones/*/findings", Access.SIGNED_IN),
			get("/api/v1/plans/*/validation/rules", VALIDATORS),
			put("/api/v1/plans/*/validation/rules/*", Access.ADMINS),
			post("/api/v1/plans/*/validation/runs", VALIDATORS), get("/validation", VALIDATORS),
			post("/validation", VALIDATORS), get("/validation/report.xlsx", VALIDATORS),
			get("/validation/rules", VALIDATORS), get("/validation/rules.xlsx", Access.ADMINS),
			post("/validation/rules", Access.ADMINS), post("/validation/rules/upload", Access.ADMINS),
			post("/validation/rules/*/*", Access.ADMINS),
			post("/rounds/*/zones/*/acknowledge", Access.roles(Role.ADMIN, Role.REPORTER)),
			get("/api/v1/plans/*/observations/batches", Access.INSIDERS),
			post("/api/v1/plans/*/observations/batches/*/publish", Access.roles(Role.ADMIN, Role.APPROVER)),
			post("/api/v1/plans/*/observations/batches/*/withdraw", Access.ADMINS),
			// targets decomposed to zones: signed-in users read, the administrator and
			// the
			// corridor approver replace them
			get("/targets", Access.SIGNED_IN), get("/targets/template.xlsx", Access.roles(Role.ADMIN, Role.APPROVER)),
			post("/targets", Access.roles(Role.ADMIN, Role.APPROVER)),
			get("/api/v1/plans/*/zone-targets", Access.SIGNED_IN),
			post("/api/v1/plans/*/zone-targets", Access.roles(Role.ADMIN, Role.APPROVER)),
			// the indicator system (规划调整): administrators propose, the corridor approver
			// (and no one else: not an administrator either) decides
			get("/indicator-system", Access.roles(Role.ADMIN, Role.APPROVER, Role.ANALYST)),
			get("/indicator-system/indicators.xlsx", Access.roles(Role.ADMIN, Role.APPROVER, Role.ANALYST)),
			get("/indicator-system/versions/*/pack.zip", Access.roles(Role.ADMIN, Role.APPROVER, Role.ANALYST)),
			post("/indicator-system/indicators", Access.ADMINS), post("/indicator-system/upload", Access.ADMINS),
			post("/indicator-system/proposals/*/*", Access.roles(Role.APPROVER)),
			// notifications: each account its own
			get("/notifications/*", Access.SIGNED_IN), post("/notifications/read", Access.SIGNED_IN),
			// accounts, tokens and the audit
			get("/account/tokens", Access.SIGNED_IN), post("/account/tokens", Access.SIGNED_IN),
			post("/account/tokens/*/revoke", Access.SIGNED_IN), get("/admin/users", Access.ADMINS),
			post("/admin/users", Access.ADMINS), post("/admin/users/*", Access.ADMINS), get("/audit", Access.AUDITORS),
			get("/audit/export.xlsx", Access.AUDITORS), get("/audit/verify", Access.AUDITORS));

	private AccessRules() {
	}

	/** The first rule that matches the request, if any. */
	public static Optional<Rule> ruleFor(HttpServletRequest request) {
		return RULES.stream().filter((rule) -> rule.matcher().matches(request)).findFirst();
	}

	private static Rule get(String pattern, Access access) {
		return new Rule(HttpMethod.GET, pattern, access);
	}

	private static Rule put(String pattern, Access access) {
		return new Rule(HttpMethod.PUT, pattern, access);
	}

	private static Rule post(String pattern, Access access) {
		return new Rule(HttpMethod.POST, pattern, access);
	}

	/**
	 * One rule.
	 *
	 * @param method the request method (GET rules match HEAD too)
	 * @param pattern the path pattern
	 * @param access who may
	 */
	public record Rule(HttpMethod method, String pattern, Access access) {

		public RequestMatcher matcher() {
			RequestMatcher exact = PathPatternRequestMatcher.withDefaults().matcher(this.method, this.pattern);
			if (this.method != HttpMethod.GET) {
				return exact;
			}
			RequestMatcher head = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, this.pattern);
			return (request) -> exact.matches(request) || head.matches(request);
		}

	}

}
