package org.corridor.observatory.monitor.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody signed in gets unpublished figures from an evaluation endpoint, even right after
 * an administrator asked the same address (the plan's evaluation is a kept page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnpublishedForInsidersTest {

	/** The tests' client: it carries the administrator's token. */
	@Autowired
	TestRestTemplate administrator;

	@LocalServerPort
	int port;

	@Test
	void thePublicIsRefusedUnpublishedFiguresThatAnAdministratorWasJustGiven() {
		TestRestTemplate anonymous = new TestRestTemplate();
		for (String path : new String[] { "/api/v1/plans/chengxi-2021/evaluations?includeUnpublished=true",
				"/api/v1/plans/chengxi-2021/evaluations/DIGITAL_CORE_REVENUE?includeUnpublished=true",
				"/api/v1/plans/chengxi-2021/evaluations/DIGITAL_CORE_REVENUE/history?includeUnpublished=true" }) {
			assertThat(this.administrator.getForEntity(path, String.class).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.OK);
			assertThat(anonymous.getForEntity("http://localhost:" + this.port + path, String.class).getStatusCode())
				.as(path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
	}

}
