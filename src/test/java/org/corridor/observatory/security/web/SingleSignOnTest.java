package org.corridor.observatory.security.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.audit.AuditEntry;
import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.audit.AuditQuery;
import org.corridor.observatory.security.Account;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect server, mock-oauth2-server
 * ({@link MockIdentityProvider}), started on a random port: the application discovers it
 * from its issuer URI, and a cookie-keeping client drives the authorization-code flow —
 * the application's redirect to the server, the server's redirect back with a code, the
 * application's token request and ID token check — with the claims enqueued at the server
 * for each sign-in. The claims make or change the account, or the sign-in is refused with
 * the reason on the log-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnTest {

	private static final String ISSUER = "corridor-idp";

	private static final String REGISTRATION = "corridor-sso";

	private static final MockIdentityProvider server = MockIdentityProvider.start();

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "registration." + REGISTRATION + ".client-id", () -> "corridor-observatory");
		registry.add(prefix + "registration." + REGISTRATION + ".client-secret", () -> "not-a-secret");
		registry.add(prefix + "registration." + REGISTRATION + ".scope", () -> "openid,profile");
		registry.add(prefix + "registration." + REGISTRATION + ".client-name", () -> "统一身份认证");
		registry.add(prefix + "provider." + REGISTRATION + ".issuer-uri", () -> server.issuerUri(ISSUER));
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageLinksToSingleSignOnNextToThePasswordForm() throws Exception {
		String page = get(browser(), "/login").body();
		assertThat(page).contains("id=\"login-form\"", "href=\"/oauth2/authorization/" + REGISTRATION + "\"",
				"统一身份认证登录");
		assertThat(get(browser(), "/login?lang=en").body()).contains("Sign in with single sign-on");
	}

	@Test
	void theFirstSignInCreatesTheAccountAndLaterOnesFollowTheClaims() throws Exception {
		// a district reviewer: zones as a list
		HttpClient first = browser();
		assertThat(signIn(first, "subject-li", claims("sso-li", "李审核", "reviewer", List.of("XIHU")))).isEqualTo("/");
		assertThat(get(first, "/account/tokens").body()).contains("id=\"account-name\">sso-li<");
		assertThat(AuthorizationMatrixTest.refused(get(first, "/audit"))).isTrue();
		Account created = this.accounts.getAccount("sso-li");
		assertThat(created.role()).isEqualTo(Role.REVIEWER);
		assertThat(created.zones()).containsExactly("XIHU");
		assertThat(created.displayName()).isEqualTo("李审核");
		assertThat(created.demo()).isFalse();
		assertThat(passwordHash("sso-li")).isEmpty();

		// the provider makes them an approver: an approver's page opens, the zones go
		HttpClient second = browser();
		assertThat(signIn(second, "subject-li", claims("sso-li", "李审定", "APPROVER", "XIHU"))).isEqualTo("/");
		assertThat(get(second, "/audit").statusCode()).isEqualTo(200);
		assertThat(this.accounts.getAccount("sso-li")).satisfies((account) -> {
			assertThat(account.role()).isEqualTo(Role.APPROVER);
			assertThat(account.zones()).isEmpty();
			assertThat(account.displayName()).isEqualTo("李审定");
		});
		// the session signed in before keeps what it was given until it ends
		assertThat(AuthorizationMatrixTest.refused(get(first, "/audit"))).isTrue();

		// a reporter by the Chinese name, zones as text separated by commas
		HttpClient third = browser();
		assertThat(signIn(third, "subject-li", claims("sso-li", "李填报", "区县填报", "yuhang, XIHU"))).isEqualTo("/");
		assertThat(this.accounts.getAccount("sso-li")).satisfies((account) -> {
			assertThat(account.role()).isEqualTo(Role.REPORTER);
			assertThat(account.zones()).containsExactly("XIHU", "YUHANG");
		});
		assertThat(AuthorizationMatrixTest.refused(get(third, "/audit"))).isTrue();

		// the same claims again change nothing
		signIn(browser(), "subject-li", claims("sso-li", "李填报", "reporter", List.of("XIHU", "YUHANG")));

		List<AuditEntry> entries = userEntries("sso-li");
		assertThat(entries).extracting(AuditEntry::action).containsExactly("create", "change", "change");
		assertThat(entries).extracting(AuditEntry::actor).containsOnly("sso-li");
		assertThat(entries.get(0).after()).contains("\"role\":\"reviewer\"", "XIHU", "李审核");
		assertThat(entries.get(1).before()).contains("\"role\":\"reviewer\"");
		assertThat(entries.get(1).after()).contains("\"role\":\"approver\"", "李审定");
		assertThat(entries.get(2).after()).contains("\"role\":\"reporter\"", "YUHANG");

		// what the person then does is theirs: a token of their own, audited in their
		// name
		HttpResponse<String> tokens = get(third, "/account/tokens");
		HttpResponse<String> issued = post(third, "/account/tokens", "name=cli", tokens.body());
		assertThat(issued.body()).contains("id=\"token-value\"");
		assertThat(this.audit.list(new AuditQuery("sso-li", "api-token", null, null, null), 10))
			.extracting(AuditEntry::key)
			.containsExactly("sso-li/cli");
	}

	@Test
	void aSignInIsRefusedWithTheReasonWhenTheClaimsMakeNoAccount() throws Exception {
		assertRefused("sso-mayor", claims("sso-mayor", "市长", "mayor", null), "role-unknown", "不是本系统的角色",
				"is not a role of this platform");
		assertRefused("sso-nobody", claims("sso-nobody", "无角色", null, null), "role-missing",
				"未给出您在本系统的角色（声明 observatory_role）", "gave no role for this platform (claim observatory_role)");
		assertRefused("sso-zoneless", claims("sso-zoneless", "无区县", "reporter", null), "zones-missing", "须有空间单元",
				"need zones");
		assertRefused("sso-elsewhere", claims("sso-elsewhere", "外区", "reviewer", List.of("XIHU", "SHANGCHENG")),
				"zones-unknown", "本规划没有的编码", "codes the plan does not have");
		assertThat(this.accounts.findAccount("sso-mayor")).isEmpty();
		assertThat(this.accounts.findAccount("sso-nobody")).isEmpty();
		assertThat(this.accounts.findAccount("sso-zoneless")).isEmpty();
		assertThat(this.accounts.findAccount("sso-elsewhere")).isEmpty();
		assertThat(userEntries("sso-mayor")).isEmpty();
	}

	@Test
	void aDisabledAccountOrOneWithAPasswordIsNotSignedInThisWay() throws Exception {
		assertThat(signIn(browser(), "subject-zhao", claims("sso-zhao", "赵分析", "analyst", null))).isEqualTo("/");
		Account zhao = this.accounts.getAccount("sso-zhao");
		this.accounts.change("sso-zhao", zhao.displayName(), zhao.role(), zhao.zones(), false);
		assertRefused("sso-zhao", claims("sso-zhao", "赵分析", "admin", null), "disabled", "已在本系统停用",
				"disabled on this platform");
		assertThat(this.accounts.getAccount("sso-zhao").role()).isEqualTo(Role.ANALYST);

		this.accounts.create("sso-local", "本地账号", "Local-Secret-2025!", Role.ANALYST, List.of(), false);
		assertRefused("sso-local", claims("sso-local", "本地账号", "admin", null), "local-account", "用密码登录",
				"signs in with its password");
		assertThat(this.accounts.getAccount("sso-local").role()).isEqualTo(Role.ANALYST);
	}

	private void assertRefused(String username, Map<String, Object> claims, String code, String zh, String en)
			throws Exception {
		HttpClient client = browser();
		assertThat(signIn(client, "subject-" + username, claims)).as(username).isEqualTo("/login?refused=" + code);
		assertThat(get(client, "/login?refused=" + code).body()).as(username).contains("id=\"sso-refused\"", zh);
		assertThat(get(client, "/login?refused=" + code + "&lang=en").body()).as(username).contains(en);
		// nobody signed in
		assertThat(AuthorizationMatrixTest.refused(get(client, "/account/tokens"))).as(username).isTrue();
	}

	private static Map<String, Object> claims(String username, String name, String role, Object zones) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("preferred_username", username);
		claims.put("name", name);
		if (role != null) {
			claims.put("observatory_role", role);
		}
		if (zones != null) {
			claims.put("observatory_zones", zones);
		}
		return claims;
	}

	/**
	 * Signs in through the identity provider as a browser would, the server answering
	 * with the claims given; answers where the application sends the browser at the end.
	 */
	private String signIn(HttpClient client, String subject, Map<String, Object> claims) throws Exception {
		server.enqueue(ISSUER, subject, claims);
		HttpResponse<String> start = get(client, "/oauth2/authorization/" + REGISTRATION);
		assertThat(start.statusCode()).isEqualTo(302);
		String authorize = location(start);
		assertThat(authorize).startsWith(server.authorizationEndpoint(ISSUER));
		HttpResponse<String> provider = client.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(provider.statusCode()).isEqualTo(302);
		String callback = location(provider);
		assertThat(callback).startsWith("http://localhost:" + this.port + "/login/oauth2/code/" + REGISTRATION);
		HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(callback)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(302);
		return location(done).replace("http://localhost:" + this.port, "");
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private Optional<String> passwordHash(String username) {
		return this.jdbc.sql("select password_hash from app_user where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	private List<AuditEntry> userEntries(String username) {
		List<AuditEntry> entries = new ArrayList<>(this.audit.list(new AuditQuery(null, "user", null, null, null), 1000)
			.stream()
			.filter((entry) -> username.equals(entry.key()))
			.toList());
		Collections.reverse(entries);
		return entries;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient client, String path, String form, String pageWithToken)
			throws Exception {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pageWithToken);
		assertThat(token.find()).isTrue();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
