package org.corridor.observatory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Plan adjustments (规划调整) as the tests make and decide them: a zone-target file proposed
 * through the API with its reason and effective date, the waiting proposal found on the
 * indicator system page, approved or rejected there.
 */
public final class Adjustments {

	private static final Pattern DECIDE = Pattern.compile("/indicator-system/proposals/(\\d+)/approve");

	private Adjustments() {
	}

	/** A client of the running application acting as a new or existing account. */
	public static TestRestTemplate as(AccountStore accounts, ApiTokens tokens, int port, String username, Role role) {
		if (accounts.findAccount(username).isEmpty()) {
			accounts.create(username, username, null, role, List.of(), false);
		}
		String token = tokens.create(username, "adjustment test");
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	/** Today in Beijing, the day a version takes effect from when proposed for now. */
	public static String today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	/** Proposes a zone-target CSV through the API. */
	public static ResponseEntity<JsonNode> proposeZoneTargets(TestRestTemplate http, String planPath, String csv,
			String reason, String effective) {
		HttpEntity<LinkedMultiValueMap<String, Object>> form = Uploads.form("分解目标.csv",
				csv.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		form.getBody().add("reason", reason);
		form.getBody().add("effective_date", effective);
		return http.postForEntity(planPath + "/zone-targets", form, JsonNode.class);
	}

	/**
	 * The id of the proposal waiting for a decision, as the indicator system page links
	 * it.
	 */
	public static OptionalLong pending(TestRestTemplate approver) {
		String page = approver.getForObject("/indicator-system", String.class);
		Matcher m = DECIDE.matcher(page);
		return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
	}

	/**
	 * Approves a proposal on the indicator system page: 302 when done, 403 when the
	 * person may not decide it (not the corridor approver, or its proposer), 409 when it
	 * is not waiting.
	 */
	public static ResponseEntity<String> approve(TestRestTemplate http, long id) {
		return decide(http, id, "approve");
	}

	public static ResponseEntity<String> reject(TestRestTemplate http, long id) {
		return decide(http, id, "reject");
	}

	private static ResponseEntity<String> decide(TestRestTemplate http, long id, String step) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("comment", "同意 / agreed");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return http.postForEntity("/indicator-system/proposals/" + id + "/" + step, new HttpEntity<>(form, headers),
				String.class);
	}

}
