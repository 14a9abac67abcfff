package org.corridor.observatory.security.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request mapping of the application × every role (and the public): the mapping
 * must have a rule of its own in {@link AccessRules} (a new endpoint without one fails
 * here), and the running server must allow exactly whom the rule allows — answering
 * neither 401 nor 403 nor a redirect to the log-in page — and refuse everybody else.
 * Requests sign in with personal API tokens of one account per role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	private static final Map<String, String> SAMPLES = Map.of("planId", "chengxi-2021", "code", "DIGITAL_CORE_REVENUE",
			"kind", "firm", "collectionId", "zones", "chain", "AI_CHAIN");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	private final Map<Role, String> tokenOf = new EnumMap<>(Role.class);

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String csrfCookie;

	private String csrfToken;

	@BeforeAll
	void accountPerRole() throws Exception {
		// the public posts with a CSRF token, as its browser would: the matrix is about
		// authorization; CrossSiteRequestTest covers posts without one
		HttpResponse<String> login = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		this.csrfCookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(hidden.find()).isTrue();
		this.csrfToken = hidden.group(1);
		for (Role role : Role.values()) {
			String name = "matrix-" + role.code();
			if (this.accounts.findAccount(name).isEmpty()) {
				this.accounts.create(name, name, null, role, role.isScoped() ? List.of("XIHU") : List.of(), false);
			}
			this.tokenOf.put(role, this.tokens.create(name, "matrix"));
		}
	}

	@Test
	void everyMappingHasARuleAndTheServerAllowsExactlyWhomItSays() throws Exception {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				for (HttpMethod method : methods(info)) {
					String path = concrete(pattern);
					Optional<AccessRules.Rule> rule = AccessRules.ruleFor(request(method, path));
					if (rule.isEmpty()) {
						failures.add("no rule for " + method + " " + pattern);
						continue;
					}
					for (Role role : roles()) {
						boolean allowed = rule.get().access().allows(role);
						HttpResponse<Void> response;
						try {
							response = send(method, path, role);
						}
						catch (java.io.IOException ex) {
							failures.add(method + " " + path + " as " + role + ": " + ex.getMessage());
							continue;
						}
						boolean refused = refused(response);
						checked++;
						if (allowed == refused) {
							failures.add(method + " " + pattern + " as " + ((role != null) ? role : "public")
									+ ((allowed) ? " was refused" : " was allowed") + " (rule " + rule.get().pattern()
									+ ")");
						}
					}
				}
			}
		}
		assertThat(failures).as("%d requests checked", checked).isEmpty();
		assertThat(checked).isGreaterThan(500);
	}

	@Test
	void keyDecisionsHoldWhateverTheRulesSay() throws Exception {
		// written out by hand, independent of AccessRules
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/observations", null))).isTrue();
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/observations", Role.REGISTRAR))).isTrue();
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/observations", Role.ADMIN))).isFalse();
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/enterprises", Role.REGISTRAR))).isFalse();
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/enterprises", Role.ANALYST))).isTrue();
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/zones/boundaries", null))).isTrue();
		assertThat(refused(send(HttpMethod.POST, "/api/v1/plans/chengxi-2021/candidates", Role.REPORTER))).isTrue();
		assertThat(refused(send(HttpMethod.GET, "/api/v1/plans/chengxi-2021/enterprises", null))).isTrue();
		assertThat(refused(send(HttpMethod.GET, "/ogc/collections/firms/items", null))).isTrue();
		assertThat(refused(send(HttpMethod.GET, "/ogc/collections/zones/items", null))).isFalse();
		assertThat(refused(send(HttpMethod.GET, "/api/v1/plans/chengxi-2021/evaluations", null))).isFalse();
		assertThat(refused(send(HttpMethod.GET, "/", null))).isFalse();
		assertThat(refused(send(HttpMethod.GET, "/admin/users", Role.APPROVER))).isTrue();
		assertThat(refused(send(HttpMethod.GET, "/audit", Role.APPROVER))).isFalse();
		assertThat(refused(send(HttpMethod.GET, "/audit", Role.ANALYST))).isTrue();
		assertThat(refused(send(HttpMethod.GET, "/no/such/page", Role.ADMIN))).isTrue();
		// plan adjustments: the administrator proposes, the corridor approver alone
		// decides
		assertThat(refused(send(HttpMethod.POST, "/indicator-system/proposals/1/approve", Role.ADMIN))).isTrue();
		assertThat(refused(send(HttpMethod.POST, "/indicator-system/proposals/1/reject", Role.ADMIN))).isTrue();
		assertThat(refused(send(HttpMethod.POST, "/indicator-system/proposals/1/approve", Role.APPROVER))).isFalse();
		assertThat(refused(send(HttpMethod.POST, "/indicator-system/indicators", Role.APPROVER))).isTrue();
	}

	private static List<Role> roles() {
		List<Role> roles = new ArrayList<>(List.of(Role.values()));
		roles.add(null);
		return roles;
	}

	private static List<HttpMethod> methods(RequestMappingInfo info) {
		var declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return List.of(HttpMethod.GET, HttpMethod.POST);
		}
		return declared.stream().map((method) -> HttpMethod.valueOf(method.name())).toList();
	}

	/** A path the pattern matches, its variables filled with samples. */
	static String concrete(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String sample = (matcher.group(2) != null) ? matcher.group(2).split("\\|")[0].replace("\\", "")
					: SAMPLES.getOrDefault(matcher.group(1), "X");
			matcher.appendReplacement(path, Matcher.quoteReplacement(sample));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/X");
	}

	private static MockHttpServletRequest request(HttpMethod method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		request.setRequestURI(path);
		request.setServletPath(path);
		return request;
	}

	private HttpResponse<Void> send(HttpMethod method, String path, Role role) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method.name(), HttpRequest.BodyPublishers.noBody());
		if (role != null) {
			request.header("Authorization", "Bearer " + this.tokenOf.get(role));
		}
		else if (method != HttpMethod.GET) {
			request.header("Cookie", this.csrfCookie).header("X-XSRF-TOKEN", this.csrfToken);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

	/** 401, 403, or a redirect to the log-in page. */
	static boolean refused(HttpResponse<?> response) {
		int status = response.statusCode();
		String location = response.headers().firstValue("Location").orElse("");
		return status == 401 || status == 403 || (status == 302 && location.endsWith("/login"));
	}

}
