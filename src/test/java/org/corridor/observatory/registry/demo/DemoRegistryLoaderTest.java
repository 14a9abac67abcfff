package org.corridor.observatory.registry.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo data on, a small DEMO firm population is loaded and labelled wherever it is
 * served.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "observatory.demo.enabled=true", "observatory.demo.firms=40" })
@ActiveProfiles("test")
class DemoRegistryLoaderTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void loadsDemoFirmsLabelledDemoInTheRegistryAndOnTheMap() {
		JsonNode registry = this.http.getForObject("/api/v1/plans/chengxi-2021/enterprises?limit=100", JsonNode.class);
		assertThat(registry.get("demo").asBoolean()).isTrue();
		assertThat(registry.get("notice").asText()).startsWith("DEMO");
		assertThat(registry.get("total").asInt()).isEqualTo(40);
		assertThat(registry.get("items"))
			.allSatisfy((firm) -> assertThat(firm.get("name").asText()).startsWith("【演示】"));

		JsonNode firms = this.http.getForObject("/ogc/collections/firms/items?limit=100", JsonNode.class);
		assertThat(firms.get("demo").asBoolean()).isTrue();
		assertThat(firms.get("numberMatched").asInt()).isPositive().isLessThanOrEqualTo(40);
		// demo firms drawn outside the corridor keep no position, so every point is
		// inside
		assertThat(firms.get("features")).allSatisfy((f) -> assertThat(f.at("/properties/demo").asBoolean()).isTrue())
			.allSatisfy((f) -> assertThat(f.at("/properties/zones").toString()).contains("CORRIDOR"));
	}

}
