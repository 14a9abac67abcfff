package org.corridor.observatory.security.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.TestAccounts;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security by default, tried as a browser and as an attacker would: the headers of every
 * response, pages without inline scripts, a cross-site form post refused, a locked
 * account, a revoked token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class SecurityIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the log-in form; answers the response to the form's post. */
	private HttpResponse<String> signIn(HttpClient client, String username, String password) throws Exception {
		Matcher token = CSRF.matcher(get(client, "/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		return client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/login", "/api/v1/plans", "/ogc", "/no/such/page")) {
			HttpResponse<String> response = get(browser(), path);
			String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
			assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
				.doesNotContain("unsafe");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Request-Id")).as(path).isPresent();
		}
	}

	@Test
	void pagesHaveNoInlineScriptOrHandler() throws Exception {
		HttpClient client = browser();
		signIn(client, TestAccounts.ADMIN, TestAccounts.PASSWORD);
		Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");
		Pattern handler = Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
		for (String path : List.of("/", "/indicators/DIGITAL_CORE_REVENUE", "/structure", "/map", "/platforms",
				"/enterprises", "/ladder", "/chains", "/chains/AI_CHAIN", "/import", "/login", "/account/tokens",
				"/admin/users", "/audit")) {
			HttpResponse<String> page = get(client, path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(inline.matcher(page.body()).find()).as("inline script on " + path).isFalse();
			assertThat(handler.matcher(page.body()).find()).as("inline handler on " + path).isFalse();
		}
	}

	@Test
	void aCrossSiteFormPostIsRefusedAndChangesNothing() throws Exception {
		HttpClient client = browser();
		assertThat(signIn(client, TestAccounts.ADMIN, TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		long before = this.jdbc.sql("select count(*) from observation").query(Long.class).single();
		String boundary = "evil";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nindicator_code,zone_code,period,value\r\n"
				+ "DIGITAL_CORE_REVENUE,XIHU,2023,1\r\n--" + boundary + "--\r\n";
		HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/import"))
			.header("Origin", "https://evil.example")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from observation").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		this.accounts.create("locked-out", "Locked", "Right-Secret-2025!", Role.ANALYST, List.of(), false);
		for (int i = 0; i < AccountStore.MAX_FAILURES; i++) {
			assertThat(signIn(browser(), "locked-out", "Wrong-Secret-2025!").headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}
		assertThat(signIn(browser(), "locked-out", "Right-Secret-2025!").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		assertThat(this.accounts.getAccount("locked-out").lockedUntil()).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'lock' and entity_key = 'locked-out'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRevokedTokenNoLongerSignsIn() throws Exception {
		this.accounts.create("token-user", "Token user", null, Role.ANALYST, List.of(), false);
		String token = this.tokens.create("token-user", "script");
		HttpRequest firms = HttpRequest.newBuilder(uri("/api/v1/plans/chengxi-2021/enterprises"))
			.header("Authorization", "Bearer " + token)
			.build();
		assertThat(browser().send(firms, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
		this.tokens.revoke("token-user", this.tokens.listTokens("token-user").get(0).id());
		assertThat(browser().send(firms, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("select token_hash from api_token").query(String.class).list()).doesNotContain(token);
	}

	@Test
	void theLoginPageListsTheDemoAccountsMarkedDemo() throws Exception {
		String page = get(browser(), "/login").body();
		assertThat(page).contains("demo-admin", "demo-xihu-reporter", "demo-xihu-reviewer", "DEMO");
		assertThat(signIn(browser(), "demo-xihu-reporter", "Demo-Corridor-2025").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
	}

}
