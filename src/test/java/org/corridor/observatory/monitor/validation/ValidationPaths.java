package org.corridor.observatory.monitor.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Uploads;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests the validation integration tests make, as a signed-in account would. */
final class ValidationPaths {

	static final String PLAN = "/api/v1/plans/chengxi-2021";

	private ValidationPaths() {
	}

	static TestRestTemplate as(AccountStore accounts, ApiTokens tokens, int port, String username, Role role,
			String... zones) {
		if (accounts.findAccount(username).isEmpty()) {
			accounts.create(username, username, null, role, List.of(zones), false);
		}
		String token = tokens.create(username, "validation test");
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	static ResponseEntity<JsonNode> send(TestRestTemplate http, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	static ResponseEntity<JsonNode> upload(TestRestTemplate http, String csv) {
		return Uploads.upload(http, PLAN + "/observations", "figures.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Uploads and publishes figures, as the administrator. */
	static void publish(TestRestTemplate admin, String csv) {
		ResponseEntity<JsonNode> staged = upload(admin, "indicator_code,zone_code,period,value\n" + csv);
		assertThat(staged.getStatusCode()).as(String.valueOf(staged.getBody())).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> published = send(admin, HttpMethod.POST,
				PLAN + "/observations/batches/" + staged.getBody().get("id").asLong() + "/publish", null);
		assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
