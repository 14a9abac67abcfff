package org.corridor.observatory.monitor.adjustment;

import java.time.Instant;
import java.util.List;

import org.corridor.observatory.Adjustments;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.security.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plan adjustments go through the corridor approver (管委会审定), as issue 12 asks: the
 * administrator who proposes zone targets is not offered the decision, nor is another
 * administrator, whose approval and rejection are refused (403) with nothing changed, by
 * the address's rule and by the service itself; the corridor approver approves. An
 * approver who proposes zone targets in turn cannot approve them (403, the reason on the
 * page in Chinese and English); another approver does.
 */
// a property of its own: the context gets new versions, so it is shared with no other
// class
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.test.context=corridor-approver-decides")
@ActiveProfiles("test")
@DirtiesContext
class CorridorApproverDecidesIntegrationTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	private static final String HEADER = "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\n";

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PlanAdjustments adjustments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheCorridorApproverDecidesAndNeverOnTheirOwnProposal() {
		TestRestTemplate admin = as("decide-admin", Role.ADMIN);
		TestRestTemplate otherAdmin = as("decide-other-admin", Role.ADMIN);
		TestRestTemplate approver = as("decide-approver", Role.APPROVER);
		TestRestTemplate otherApprover = as("decide-other-approver", Role.APPROVER);

		long first = propose(admin, "2600");
		// the proposer is told who decides; another administrator is not offered the
		// decision either; the corridor approver is
		assertThat(admin.getForObject("/indicator-system", String.class)).contains("id=\"system-own-proposal\"")
			.doesNotContain("id=\"system-approve\"", "id=\"system-reject\"");
		assertThat(otherAdmin.getForObject("/indicator-system", String.class))
			.contains("id=\"system-approver-decides\"", "只有管委会审定人可以批准或退回这项调整")
			.doesNotContain("id=\"system-approve\"", "id=\"system-reject\"");
		assertThat(approver.getForObject("/indicator-system", String.class)).contains("id=\"system-approve\"",
				"id=\"system-reject\"");

		// another administrator's approval and rejection are refused; nothing changes
		assertThat(decide(otherAdmin, first, "approve", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(decide(otherAdmin, first, "reject", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(decide(admin, first, "approve", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		// the service refuses too, whatever the address's rule
		assertThatThrownBy(() -> asAccount("decide-other-admin", () -> this.adjustments.approve(first, "同意")))
			.isInstanceOfSatisfying(DecisionRefusedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(DecisionRefusedException.Reason.NOT_THE_APPROVER));
		assertThatThrownBy(() -> asAccount("decide-other-admin", () -> this.adjustments.reject(first, "不同意")))
			.isInstanceOf(DecisionRefusedException.class);
		assertThat(state(first)).isEqualTo("PROPOSED");

		assertThat(decide(approver, first, "approve", "").getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(decidedBy(first)).isEqualTo("decide-approver");

		// the approver proposes zone targets: not theirs to approve, in either language
		long second = propose(approver, "2700");
		assertThat(approver.getForObject("/indicator-system", String.class)).contains("id=\"system-own-proposal\"")
			.doesNotContain("id=\"system-approve\"");
		ResponseEntity<String> own = decide(approver, second, "approve", "");
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(own.getBody()).contains("id=\"system-refused\"", "data-reason=\"ownProposal\"",
				"提议人不能审定自己提出的调整，须由另一位管委会审定人审定");
		assertThat(decide(approver, second, "approve", "?lang=en").getBody())
			.contains("A proposal cannot be decided by the person who proposed it");
		assertThat(decide(admin, second, "approve", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(state(second)).isEqualTo("PROPOSED");
		assertThat(decide(otherApprover, second, "approve", "").getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
		assertThat(decidedBy(second)).isEqualTo("decide-other-approver");

		assertThat(this.jdbc
			.sql("select actor from audit_entry where entity = 'plan-version' and action = 'approve' order by id")
			.query(String.class)
			.list()).containsExactly("decide-approver", "decide-other-approver");
	}

	private TestRestTemplate as(String username, Role role) {
		return Adjustments.as(this.accounts, this.tokens, this.port, username, role);
	}

	/** Proposes 西湖's revenue target; the id of the waiting proposal. */
	private static long propose(TestRestTemplate http, String target) {
		ResponseEntity<com.fasterxml.jackson.databind.JsonNode> proposed = Adjustments.proposeZoneTargets(http, PLAN,
				HEADER + "DIGITAL_CORE_REVENUE,XIHU,2025," + target + ",2020,1500\n", "区县目标分解方案", Adjustments.today());
		assertThat(proposed.getStatusCode()).as(String.valueOf(proposed.getBody())).isEqualTo(HttpStatus.ACCEPTED);
		return proposed.getBody().get("proposal").asLong();
	}

	private static ResponseEntity<String> decide(TestRestTemplate http, long id, String step, String query) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("comment", "意见 / comment");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return http.postForEntity("/indicator-system/proposals/" + id + "/" + step + query,
				new HttpEntity<>(form, headers), String.class);
	}

	private String state(long id) {
		return this.jdbc.sql("select state from plan_version where id = ?").param(id).query(String.class).single();
	}

	private String decidedBy(long id) {
		return this.jdbc.sql("select decided_by from plan_version where id = ?").param(id).query(String.class).single();
	}

	/** Runs a call of the service signed in as an account, as a request would be. */
	private void asAccount(String username, Runnable call) {
		SignedInUser user = SignedInUser.of(this.accounts.findAccount(username).orElseThrow(), Instant.now());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			call.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
