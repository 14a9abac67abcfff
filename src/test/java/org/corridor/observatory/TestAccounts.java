package org.corridor.observatory;

import java.util.List;

import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;

/**
 * The accounts feature tests act as, in every web test context: an administrator,
 * {@link #ADMIN}, whose personal API token the tests' HTTP client
 * ({@code TestRestTemplate}) sends with every request, and whose password browser tests
 * sign in with. Tests of who may do what build clients of their own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class TestAccounts {

	public static final String ADMIN = "test-admin";

	public static final String PASSWORD = "Corridor-Tests-2025!";

	private final AccountStore accounts;

	private final ApiTokens tokens;

	private volatile String token;

	TestAccounts(AccountStore accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createAdministrator() {
		if (this.accounts.findAccount(ADMIN).isEmpty()) {
			this.accounts.create(ADMIN, "测试管理员", PASSWORD, Role.ADMIN, List.of(), false);
		}
		this.token = this.tokens.create(ADMIN, "tests");
	}

	/** The administrator's token, once the application has started. */
	public String token() {
		return this.token;
	}

	/**
	 * An HTTP client of a running application started by a test itself, signed in as the
	 * tests' administrator.
	 */
	public static TestRestTemplate client(ConfigurableApplicationContext context) {
		return new TestRestTemplate(new RestTemplateBuilder()
			.rootUri("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + context.getBean(TestAccounts.class).token()));
	}

	@Bean
	RestTemplateCustomizer administratorsToken() {
		return (template) -> template.getInterceptors().add((request, body, execution) -> {
			if (this.token != null && !request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
				request.getHeaders().setBearerAuth(this.token);
			}
			return execution.execute(request, body);
		});
	}

}
