package org.corridor.observatory.monitor.adjustment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.Adjustments;
import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule and zone targets changed through one plan adjustment: the administrator's rule
 * (API) and zone-target file (API) go into the same waiting proposal, nothing is in force
 * meanwhile, another administrator cannot propose over it, neither the proposer nor
 * another administrator can approve it; once the corridor approver has, version 2 has
 * both, the audit has every step, and version 2 exported as a pack loads unchanged with
 * its own rules.yaml and decomposition.yaml, while version 1's export keeps the pack's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.test.context=rules-and-targets-adjustment")
@ActiveProfiles("test")
@DirtiesContext
class RulesAndTargetsAdjustmentIntegrationTest {

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	private static final String REVENUE = "DIGITAL_CORE_REVENUE";

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void oneAdjustmentCarriesARuleAndZoneTargetsAndItsPackLoadsBack() throws IOException {
		TestRestTemplate admin = Adjustments.as(this.accounts, this.tokens, this.port, "adj-admin", Role.ADMIN);
		TestRestTemplate other = Adjustments.as(this.accounts, this.tokens, this.port, "adj-other-admin", Role.ADMIN);
		TestRestTemplate approver = Adjustments.as(this.accounts, this.tokens, this.port, "adj-approver",
				Role.APPROVER);

		Map<String, String> rule = new HashMap<>(
				Map.of("name_zh", "西湖区营业收入不超过大走廊", "name_en", "Xihu's revenue within the corridor's", "left_indicator",
						REVENUE, "left_zones", "XIHU", "operator", "≤", "right_indicator", REVENUE, "right_zones",
						"CORRIDOR", "severity", "错误", "reason", "规划中期调整：校验规则与分解目标", "effective_date", "2024-01-01"));
		ResponseEntity<JsonNode> ruleProposed = send(admin, HttpMethod.PUT, PLAN + "/validation/rules/XIHU_WITHIN",
				rule);
		assertThat(ruleProposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		long id = ruleProposed.getBody().get("id").asLong();

		String csv = "指标代码,区域代码,目标年,区域目标值,基期年,区域基期值\n" + REVENUE + ",XIHU,2025,2600,2020,1500\n";
		ResponseEntity<JsonNode> targetsProposed = Adjustments.proposeZoneTargets(admin, PLAN, csv, "规划中期调整：校验规则与分解目标",
				"2024-01-01");
		assertThat(targetsProposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(targetsProposed.getBody().get("proposal").asLong()).as("the same waiting proposal").isEqualTo(id);

		// nothing in force; another administrator cannot propose over the waiting one
		assertThat(rules(approver)).doesNotContain("XIHU_WITHIN");
		assertThat(approver.getForObject(PLAN + "/zone-targets", JsonNode.class).get("targets")).isEmpty();
		Map<String, String> another = new HashMap<>(rule);
		another.put("severity", "警告");
		assertThat(send(other, HttpMethod.PUT, PLAN + "/validation/rules/XIHU_WITHIN", another).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		// an unchanged rule proposes nothing
		Map<String, String> same = new HashMap<>(rule);
		assertThat(send(admin, HttpMethod.PUT, PLAN + "/validation/rules/XIHU_WITHIN", same).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);

		String page = approver.getForObject("/indicator-system", String.class);
		assertThat(page).contains("id=\"system-rule-changes\"", "data-rule=\"XIHU_WITHIN\"",
				"id=\"system-target-changes\"", "data-zone=\"XIHU\"");
		assertThat(Adjustments.approve(admin, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Adjustments.approve(other, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Adjustments.approve(approver, id).getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);

		assertThat(rules(approver)).contains("XIHU_WITHIN");
		assertThat(approver.getForObject(PLAN + "/zone-targets", JsonNode.class).get("targets")).hasSize(1);
		List<String> actions = this.jdbc
			.sql("select action || ' ' || coalesce(after_json, '') from audit_entry where entity = 'plan-version'"
					+ " order by id")
			.query(String.class)
			.list();
		assertThat(actions).hasSize(3);
		assertThat(actions.get(0)).startsWith("propose").contains("\"rules\"", "XIHU_WITHIN");
		assertThat(actions.get(1)).startsWith("amend").contains("\"zoneTargets\"", "XIHU");
		assertThat(actions.get(2)).startsWith("approve").contains("XIHU_WITHIN added", "DIGITAL_CORE_REVENUE XIHU");

		// version 2 as a pack: its own rules.yaml and decomposition.yaml, loading
		// unchanged
		Path unpacked = unzip(approver.getForObject("/indicator-system/versions/2/pack.zip", byte[].class));
		assertThat(Files.readString(unpacked.resolve("rules.yaml"), StandardCharsets.UTF_8)).contains("XIHU_WITHIN",
				"DISTRICTS_ADD_UP_TO_CORRIDOR");
		assertThat(Files.readString(unpacked.resolve("decomposition.yaml"), StandardCharsets.UTF_8)).contains(REVENUE,
				"XIHU", "2600");
		Plan exported = PlanPackLoader.load(PackFiles.folder(unpacked));
		FigureRule added = exported.listRules()
			.stream()
			.filter((r) -> r.code().equals("XIHU_WITHIN"))
			.findFirst()
			.orElseThrow();
		assertThat(added.left().zones().zone()).isEqualTo("XIHU");
		assertThat(added.enabled()).isTrue();
		List<Target> xihu = exported.decomposition().targetsFor(REVENUE, "XIHU");
		assertThat(xihu).singleElement().satisfies((t) -> {
			assertThat(t.year()).isEqualTo(2025);
			assertThat(t.value()).isEqualByComparingTo(new BigDecimal("2600"));
		});
		assertThat(exported.decomposition().findBaseline(REVENUE, "XIHU").orElseThrow().value())
			.isEqualByComparingTo("1500");
		// version 1's export keeps the pack's files
		Path first = unzip(approver.getForObject("/indicator-system/versions/1/pack.zip", byte[].class));
		Plan pack = PlanPackLoader.load(PackFiles.folder(first));
		assertThat(pack.listRules()).extracting(FigureRule::code).doesNotContain("XIHU_WITHIN");
		assertThat(pack.decomposition().targetsFor(REVENUE, "XIHU")).isEmpty();
	}

	private static String rules(TestRestTemplate http) {
		return http.getForObject(PLAN + "/validation/rules", String.class);
	}

	private static ResponseEntity<JsonNode> send(TestRestTemplate http, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private Path unzip(byte[] zip) throws IOException {
		Path target = Files.createTempDirectory(this.folder, "pack");
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Files.write(target.resolve(entry.getName()), in.readAllBytes());
			}
		}
		return target;
	}

}
