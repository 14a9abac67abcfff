package org.corridor.observatory.registry.enterprise.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry over HTTP against the in-memory database: import, re-import with a
 * revision, a rejected file that changes nothing, search across spellings, the detail,
 * the map, the templates and a background job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnterpriseImportApiTest {

	static final String BASE = "/api/v1/plans/chengxi-2021/enterprises";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseImportService service;

	@Test
	@Order(1)
	void importsReimportsWithARevisionAndRejectsABadFileWithoutChangingAnything() {
		String third = EnterpriseFixtures.uscc("A1B2C3D4");
		ResponseEntity<JsonNode> first = post(BASE, "firms.csv", EnterpriseFixtures.threeFirms(third, "1300000"));
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(first.getBody().get("inserted").asInt()).isEqualTo(3);
		assertThat(first.getBody().get("years").asInt()).isEqualTo(6);
		assertThat(first.getBody().get("tiers").asInt()).isEqualTo(4);
		assertThat(first.getBody().get("located").asInt()).isEqualTo(2);

		JsonNode firms = this.http.getForObject("/ogc/collections/firms/items?limit=1000", JsonNode.class);
		JsonNode alibaba = null;
		for (JsonNode feature : firms.get("features")) {
			if (EnterpriseFixtures.ALIBABA.equals(feature.at("/properties/code").asText())) {
				alibaba = feature;
			}
		}
		assertThat(alibaba).as(firms.toString()).isNotNull();
		assertThat(alibaba.at("/properties/zones")).isNotEmpty();
		assertThat(alibaba.at("/properties/input_crs").asText()).isEqualTo("GCJ02");

		ResponseEntity<JsonNode> again = post(BASE, "firms.csv", EnterpriseFixtures.threeFirms(third, "1350000"));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getBody().get("inserted").asInt()).isZero();
		assertThat(again.getBody().get("updated").asInt()).isEqualTo(3);
		assertThat(again.getBody().get("years").asInt()).isEqualTo(1);
		assertThat(again.getBody().get("revisions").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("select revenue from enterprise_revision where uscc = ? and fig_year = 2024")
			.param(EnterpriseFixtures.ALIBABA)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("1300000");

		List<Long> before = counts();
		String bad = EnterpriseFixtures.HEADER + "\n" + EnterpriseFixtures.ALIBABA
				+ ",阿里巴巴（中国）网络技术有限公司,I6513,,,,,,,2024,999,,,\n" + "91330100716105852G,坏代码有限公司,I6513,,,,,,,2024,1,,,\n"
				+ third + ",杭州示例智能科技有限公司,C3961,NO_SUCH_CHAIN,,,,,,2024,-5,,,\n";
		ResponseEntity<JsonNode> rejected = post(BASE, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rejected.getBody().get("problems")).hasSize(3);
		assertThat(counts()).isEqualTo(before);
		JsonNode detail = this.http.getForObject(BASE + "/" + EnterpriseFixtures.ALIBABA, JsonNode.class);
		assertThat(detail.at("/data/years/1/revenue").decimalValue()).isEqualByComparingTo("1350000");
	}

	@Test
	void findsFirmsByEitherSpellingAndShowsTheDetail() {
		String third = EnterpriseFixtures.uscc("B1B2C3D4");
		post(BASE, "firms.csv", EnterpriseFixtures.threeFirms(third, "1300000"));

		JsonNode traditional = this.http.getForObject(BASE + "?q=騰訊科技", JsonNode.class);
		assertThat(traditional.get("items")).extracting((item) -> item.get("uscc").asText())
			.contains(EnterpriseFixtures.TENCENT);
		assertThat(traditional.get("demo").asBoolean()).isFalse();
		JsonNode simplified = this.http.getForObject(BASE + "?q=阿里巴巴(中国)", JsonNode.class);
		assertThat(simplified.get("items")).extracting((item) -> item.get("uscc").asText())
			.contains(EnterpriseFixtures.ALIBABA);
		JsonNode byCode = this.http.getForObject(
				BASE + "?q=" + third.substring(0, 12) + "&chain=IC_CHAIN" + "&tier=UNICORN&industry=3961",
				JsonNode.class);
		assertThat(byCode.get("total").asLong()).isEqualTo(1);
		assertThat(byCode.at("/items/0/industryName").asText()).isEqualTo("可穿戴智能设备制造");

		JsonNode detail = this.http.getForObject(BASE + "/" + EnterpriseFixtures.ALIBABA, JsonNode.class);
		assertThat(detail.at("/data/summary/name").asText()).isEqualTo("阿里巴巴（中國）網絡技術有限公司");
		assertThat(detail.at("/data/years")).hasSize(2);
		assertThat(detail.at("/data/tiers")).hasSize(2);
		assertThat(detail.at("/data/inputCrs").asText()).isEqualTo("GCJ02");
		assertThat(
				this.http.getForEntity(BASE + "/" + EnterpriseFixtures.uscc("ZZZZZZZZ".replace('Z', 'Y')), String.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<byte[]> template = this.http.getForEntity(BASE + "/template.csv", byte[].class);
		assertThat(new String(template.getBody(), StandardCharsets.UTF_8)).contains("统一社会信用代码");
		assertThat(this.http.getForEntity(BASE + "/template.xlsx", byte[].class).getBody()).startsWith('P', 'K');
	}

	@Test
	void aBackgroundJobReportsItsPhasesAndEndsDone() throws InterruptedException {
		List<String> phases = new ArrayList<>();
		String third = EnterpriseFixtures.uscc("C1B2C3D4");
		this.service.importFile("chengxi-2021", "f.csv", EnterpriseFixtures.threeFirms(third, "1"), Crs.WGS84,
				(phase, done, total) -> phases.add(phase + " " + done + "/" + total));
		assertThat(phases.get(0)).startsWith("reading 0/");
		assertThat(phases).contains("validating 6/6").anyMatch((p) -> p.startsWith("storing 0/"));
		assertThat(phases.get(phases.size() - 1)).isEqualTo("done 6/6");
		// Storing reports after each statement, not only at its start and end.
		List<String> storing = phases.stream().filter((p) -> p.startsWith("storing ")).toList();
		assertThat(storing).hasSizeGreaterThan(3);
		String[] last = storing.get(storing.size() - 1).substring("storing ".length()).split("/");
		assertThat(last[0]).isEqualTo(last[1]);

		ResponseEntity<JsonNode> accepted = post(BASE + "/jobs", "firms.csv",
				EnterpriseFixtures.threeFirms(EnterpriseFixtures.uscc("D1B2C3D4"), "2"));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String id = accepted.getBody().get("id").asText();
		JsonNode job = null;
		for (int i = 0; i < 100; i++) {
			job = this.http.getForObject(BASE + "/jobs/" + id, JsonNode.class);
			if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("REJECTED")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("done").asLong()).isEqualTo(6).isEqualTo(job.get("total").asLong());
		assertThat(job.at("/result/rows").asInt()).isEqualTo(6);
	}

	private List<Long> counts() {
		List<Long> counts = new ArrayList<>();
		for (String table : List.of("enterprise", "enterprise_year", "enterprise_tier", "enterprise_revision")) {
			counts.add(this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		String names = this.jdbc
			.sql("select listagg(name || revenue, ';') within group (order by e.uscc, y.fig_year)"
					+ " from enterprise e join enterprise_year y on y.uscc = e.uscc and y.plan_id = e.plan_id")
			.query(String.class)
			.single();
		counts.add((long) names.hashCode());
		return counts;
	}

	private ResponseEntity<JsonNode> post(String path, String name, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		});
		body.add("crs", "wgs84");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
	}

}
