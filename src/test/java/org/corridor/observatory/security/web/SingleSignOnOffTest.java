package org.corridor.observatory.security.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.corridor.observatory.security.SsoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a client registration single sign-on is off: the application starts without a
 * {@link ClientRegistrationRepository} or any single sign-on bean, the log-in page has
 * the password form only, and the single sign-on paths start nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnOffTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void noSingleSignOnBeans() {
		assertThat(this.context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SsoLogin.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SsoAccounts.class)).isEmpty();
	}

	@Test
	void theLoginPageHasThePasswordFormOnly() throws Exception {
		String page = get("/login").body();
		assertThat(page).contains("id=\"login-form\"").doesNotContain("/oauth2/authorization", "统一身份认证", "sso-");
		assertThat(get("/login?lang=en").body()).doesNotContain("single sign-on");
		assertThat(get("/login?refused=role-unknown").body()).doesNotContain("sso-refused", "统一身份认证");
	}

	@Test
	void theSingleSignOnPathsStartNothing() throws Exception {
		HttpResponse<String> start = get("/oauth2/authorization/corridor-sso");
		assertThat(start.statusCode()).isEqualTo(404);
		assertThat(start.headers().firstValue("Location")).isEmpty();
		assertThat(get("/login/oauth2/code/corridor-sso?code=x&state=y").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
