package org.corridor.observatory.web;

import java.math.BigDecimal;
import java.util.List;

import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.platform.PlatformsChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether demo data is loaded (the DEMO banner of every page) is asked once and kept, not
 * counted on each page view: demo data written behind the stores' backs does not show
 * until the event that an import publishes says the data changed; publishing demo figures
 * shows the banner at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PageModelAdviceTest {

	private static final String PLAN = "chengxi-2021";

	private static final String BANNER = "id=\"demo-banner\"";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ObservationStore observations;

	@Test
	void keepsWhetherDemoDataIsLoadedUntilItChanges() {
		assertThat(overview()).doesNotContain(BANNER);

		// Written behind the registry's back: no page asks the database again.
		this.jdbc.update("update platform set demo = true where plan_id = ?", PLAN);
		assertThat(overview()).doesNotContain(BANNER);
		assertThat(overview()).doesNotContain(BANNER);

		this.events.publishEvent(new PlatformsChanged(PLAN));
		assertThat(overview()).contains(BANNER);

		this.jdbc.update("update platform set demo = false where plan_id = ?", PLAN);
		this.events.publishEvent(new PlatformsChanged(PLAN));
		assertThat(overview()).doesNotContain(BANNER);

		// Another store's change does not refresh this one's fact.
		this.events.publishEvent(new RegistryChanged(PLAN));
		assertThat(overview()).doesNotContain(BANNER);

		this.observations.store(PLAN, "demo.csv", "csv", "UTF-8", List
			.of(new ObservationRecord("DIGITAL_CORE_REVENUE", "CORRIDOR", 2022, new BigDecimal("5000"), "演示", null)),
				true);
		assertThat(overview()).contains(BANNER);
	}

	private String overview() {
		return this.http.getForObject("/?lang=zh_CN", String.class);
	}

}
