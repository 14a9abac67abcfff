package org.corridor.observatory.security.web;

import org.corridor.observatory.security.AccountStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's e-mail address on the users page: given when the account is created,
 * changed or removed later, refused when it is none, each change audited; a form without
 * the field leaves it as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountEmailIntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	AccountStore accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorGivesChangesAndRemovesAnAccountsAddress() {
		String created = post("/admin/users", form("username", "mail-reporter", "displayName", "填报员", "password",
				"Corridor-Mail-2025!", "role", "reporter", "zones", "XIHU", "email", " reporter@example.test "));
		assertThat(created).contains("id=\"users-done\"").contains("value=\"reporter@example.test\"");
		assertThat(this.accounts.getAccount("mail-reporter").email()).isEqualTo("reporter@example.test");

		String refused = post("/admin/users", form("username", "mail-bad", "displayName", "x", "password",
				"Corridor-Mail-2025!", "role", "analyst", "email", "not an address"));
		assertThat(refused).contains("id=\"users-error\"").contains("not an e-mail address");
		assertThat(this.accounts.findAccount("mail-bad")).isEmpty();

		post("/admin/users/mail-reporter", form("displayName", "填报员", "role", "reporter", "zones", "XIHU", "enabled",
				"true", "email", "other@example.test"));
		assertThat(this.accounts.getAccount("mail-reporter").email()).isEqualTo("other@example.test");
		post("/admin/users/mail-reporter",
				form("displayName", "填报员（西湖）", "role", "reporter", "zones", "XIHU", "enabled", "true"));
		assertThat(this.accounts.getAccount("mail-reporter").email()).isEqualTo("other@example.test");
		post("/admin/users/mail-reporter",
				form("displayName", "填报员", "role", "reporter", "zones", "XIHU", "enabled", "true", "email", ""));
		assertThat(this.accounts.getAccount("mail-reporter").email()).isNull();

		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'set-email' and entity_key = 'mail-reporter'")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private String post(String path, MultiValueMap<String, String> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		return this.http.postForObject(path, new HttpEntity<>(form, headers), String.class);
	}

	private static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

}
