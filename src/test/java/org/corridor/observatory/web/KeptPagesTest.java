package org.corridor.observatory.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.notify.Notice;
import org.corridor.observatory.notify.Notifications;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept pages are sent again as written only to the account they were written for, with
 * the request's own CSRF token, and only until a change commits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@DirtiesContext // publishes a real figure, which other tests of the shared context must
				// not see
class KeptPagesTest {

	private static final String USER = "kept-pages-analyst";

	private static final String PASSWORD = "Kept-Pages-2025!";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ObservationImportService imports;

	@Autowired
	ObservationStore figures;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new HashMap<>();

	@BeforeEach
	void signIn() throws Exception {
		if (this.accounts.findAccount(USER).isEmpty()) {
			this.accounts.create(USER, "保留页测试", PASSWORD, Role.ANALYST, List.of(), false);
		}
		String login = get("/login").body();
		HttpResponse<String> signedIn = post("/login",
				"username=" + USER + "&password=" + PASSWORD + "&_csrf=" + form(csrf(login)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void aKeptPageCarriesTheRequestsOwnCsrfTokenWhichWorks() throws Exception {
		String first = get("/").body();
		String second = get("/").body();
		assertThat(first).contains("id=\"account-name\">" + USER + "<");
		assertThat(csrf(second)).isNotEqualTo(csrf(first));
		assertThat(second.replace(csrf(second), "T")).isEqualTo(first.replace(csrf(first), "T"));
		HttpResponse<String> logout = post("/logout", "_csrf=" + form(csrf(second)));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("?logout");
	}

	@Test
	void aKeptPageIsSentUntilAChangeCommitsThenWrittenAnew() throws Exception {
		Map<String, Object> firm = this.jdbc
			.queryForMap("select plan_id, uscc, name from enterprise order by plan_id, uscc limit 1");
		String name = (String) firm.get("name");
		assertThat(get("/enterprises").body()).contains(name);
		try {
			// a change behind the application's back: no event, so the kept page stays
			this.jdbc.update("update enterprise set name = ? where uscc = ?", "保留页测试企业", firm.get("uscc"));
			assertThat(get("/enterprises").body()).contains(name).doesNotContain("保留页测试企业");
			this.events.publishEvent(new RegistryChanged((String) firm.get("plan_id")));
			assertThat(get("/enterprises").body()).contains("保留页测试企业");
		}
		finally {
			this.jdbc.update("update enterprise set name = ? where uscc = ?", name, firm.get("uscc"));
			this.events.publishEvent(new RegistryChanged((String) firm.get("plan_id")));
		}
	}

	@Test
	void theEvaluationApiIsKeptUntilFiguresArePublished() throws Exception {
		String path = "/api/v1/plans/chengxi-2021/evaluations?year=2026&zone=XIHU";
		String before = get(path).body();
		assertThat(get(path).body()).isEqualTo(before).doesNotContain("2031.25");
		ImportBatch batch = this.imports.importFile("chengxi-2021", "kept.csv",
				"indicator_code,zone_code,period,value,source\r\nDIGITAL_CORE_REVENUE,XIHU,2026,2031.25,保留页测试\r\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(get(path).body()).isEqualTo(before);
		this.figures.publish("chengxi-2021", batch.id());
		assertThat(get(path).body()).contains("2031.25");
	}

	@Test
	void aPageKeptForOneAccountIsNeverSentToAnother() throws Exception {
		assertThat(get("/").body()).contains(USER);
		String anonymous = this.client
			.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(anonymous).doesNotContain(USER).contains("id=\"login-link\"");
	}

	@Test
	void aNewNotificationShowsOnTheNextPage() throws Exception {
		this.notifications.markAllRead(USER);
		assertThat(get("/").body()).doesNotContain("id=\"nav-notifications\"");
		this.notifications.notify(List.of(this.accounts.findAccount(USER).orElseThrow()),
				new Notice("test", "测试", "test", "保留页测试通知", "kept pages test", "/"));
		assertThat(get("/").body()).contains("id=\"nav-notifications\"");
		this.notifications.markAllRead(USER);
		assertThat(get("/").body()).doesNotContain("id=\"nav-notifications\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return remember(this.client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookieHeader()).build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return remember(this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Cookie", cookieHeader())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = cookie.substring(0, cookie.indexOf(';'));
			this.cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return response;
	}

	private String cookieHeader() {
		return this.cookies.isEmpty() ? "x=y"
				: this.cookies.entrySet()
					.stream()
					.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; "));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String form(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
