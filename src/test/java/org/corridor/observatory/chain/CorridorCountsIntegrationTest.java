package org.corridor.observatory.chain;

import java.nio.charset.StandardCharsets;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.EnterpriseOrder;
import org.corridor.observatory.registry.enterprise.EnterpriseQuery;
import org.corridor.observatory.registry.enterprise.ProgressListener;
import org.corridor.observatory.registry.ladder.CultivationLadder;
import org.corridor.observatory.registry.ladder.LadderReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One meaning of "the corridor" on one data set: the chain page, the ladder and the firm
 * search count the same firms in the corridor (every registered firm, located or not) and
 * in a zone below it (the firms located in it); the chain page also says how many firms
 * tagged on the chain sit in none of its segments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.test.context=corridor-counts")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorridorCountsIntegrationTest {

	static final String PLAN = "chengxi-2021";

	@Autowired
	EnterpriseImportService imports;

	@Autowired
	ChainService chains;

	@Autowired
	CultivationLadder ladder;

	@Autowired
	EnterpriseFinder finder;

	@Autowired
	TestRestTemplate http;

	/**
	 * Four AI-chain firms, all technology SMEs with 2023 figures: one located in the core
	 * area, one without a location, one located outside the corridor (Shanghai), and one
	 * in the core area whose industry and name match none of the chain's segments.
	 */
	@BeforeAll
	void importFirms() {
		String tier = "TECH_SME:2019-05-01";
		String csv = EnterpriseFixtures.HEADER + "\r\n" //
				+ EnterpriseFixtures.uscc("CRE00001") + ",杭州核心计算有限公司,I6511,AI_CHAIN,AI_INTELLIGENT_COMPUTING,"
				+ "120.026,30.28,wgs84," + tier + ",2023,100,10,10,1\r\n" //
				+ EnterpriseFixtures.uscc("NWHERE01") + ",杭州无址计算有限公司,I6511,AI_CHAIN,AI_INTELLIGENT_COMPUTING," + ",,,"
				+ tier + ",2023,200,20,20,2\r\n" //
				+ EnterpriseFixtures.uscc("HANGHA01") + ",上海外地计算有限公司,I6511,AI_CHAIN,AI_INTELLIGENT_COMPUTING,"
				+ "121.47,31.23,wgs84," + tier + ",2023,300,30,30,3\r\n" //
				+ EnterpriseFixtures.uscc("FARMNG01") + ",杭州稻香农业有限公司,A0111,AI_CHAIN,," + "120.0,30.29,wgs84," + tier
				+ ",2023,400,40,40,4\r\n";
		this.imports.importFile(PLAN, "corridor.csv", csv.getBytes(StandardCharsets.UTF_8), Crs.WGS84,
				ProgressListener.NONE);
	}

	@Test
	void theChainPageTheLadderAndTheSearchCountTheCorridorAlike() {
		ChainFigures ai = ai(null);
		assertThat(ai.firms()).as("in a segment: core, no location, Shanghai").isEqualTo(3);
		assertThat(ai.unplacedFirms()).as("tagged, in no segment: the farm").isEqualTo(1);

		for (String corridor : new String[] { null, "CORRIDOR" }) {
			assertThat(ai(corridor).firms() + ai(corridor).unplacedFirms()).isEqualTo(4);
			assertThat(techSmes(corridor)).isEqualTo(4);
			assertThat(searched(corridor)).isEqualTo(4);
		}
	}

	@Test
	void aZoneBelowTheCorridorCountsOnlyTheFirmsLocatedInItEverywhere() {
		ChainFigures core = ai("CORE_AREA");
		assertThat(core.firms()).isEqualTo(1);
		assertThat(core.unplacedFirms()).isEqualTo(1);
		assertThat(techSmes("CORE_AREA")).isEqualTo(2);
		assertThat(searched("CORE_AREA")).isEqualTo(2);
	}

	@Test
	void theChainPageTheLadderAndTheSearchStateTheRuleInBothLanguages() {
		for (String page : new String[] { "/chains/AI_CHAIN?year=2023", "/chains?year=2023", "/ladder?year=2023",
				"/enterprises" }) {
			assertThat(this.http.getForObject(page, String.class)).as(page)
				.contains("class=\"note corridor-rule\"", "有无坐标均计入");
			assertThat(this.http.getForObject(page + (page.contains("?") ? "&" : "?") + "lang=en", String.class))
				.as(page)
				.contains("counts every firm in the registry, with or without a location");
		}
		assertThat(this.http.getForObject("/chains/AI_CHAIN?year=2023", String.class))
			.containsPattern("id=\"chain-unplaced\">另有 1 家标注为本产业链的企业不属于其任何环节");
		assertThat(this.http.getForObject("/chains/AI_CHAIN?year=2023&lang=en", String.class))
			.contains("Another 1 firms tagged on this chain sit in none of its segments");
	}

	private ChainFigures ai(String zone) {
		return this.chains.chain(PLAN, "AI_CHAIN", 2023, zone).chain();
	}

	private long techSmes(String zone) {
		LadderReport report = this.ladder.report(PLAN, 2023, zone);
		return report.tiers().stream().filter((t) -> t.code().equals("TECH_SME")).findFirst().orElseThrow().held();
	}

	private long searched(String zone) {
		return this.finder.count(PLAN, new EnterpriseQuery(null, null, "AI_CHAIN", null, zone, EnterpriseOrder.CODE))
			.value();
	}

}
