package org.corridor.observatory.compositeindex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.corridor.observatory.compositeindex.IndexResult.ZoneScore;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer outside the corridor scored alongside its districts: a pack whose index names
 * 临平区 (a district of the plan that does not report for the corridor) as a peer; once its
 * figures are published it is ranked with the six reporting districts and marked as a
 * peer, and its figures move the min–max of everyone.
 */
@SpringBootTest(properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class PeerZonesIntegrationTest {

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void packWithAPeer(DynamicPropertyRegistry properties) {
		Path pack = SamplePacks.copy(SamplePacks.CORRIDOR, folder);
		SamplePacks.replace(pack, "indices.yaml", "peers: []", "peers: [LINPING]");
		properties.add("observatory.plan.location", pack::toString);
	}

	@Autowired
	CompositeIndexService indices;

	@Autowired
	ObservationStore observations;

	@Test
	void aPeerWithFiguresIsRankedWithTheDistrictsAndMarked() {
		IndexResult before = this.indices.scores("chengxi-2021", "HIGH_TECH_ZONE_EXAMPLE", null, null, null);
		int year = before.ranking(null).year();
		assertThat(before.ranking(year).zones()).hasSize(7);
		ZoneScore peer = peer(before, year);
		assertThat(peer.name().zh()).isEqualTo("临平区");
		assertThat(before.ranking(year).zones().stream().filter(ZoneScore::peer)).hasSize(1);

		// far above every district: the peer leads on revenue
		this.observations.store("chengxi-2021", "peer.csv", "csv", "UTF-8", List
			.of(new ObservationRecord("DIGITAL_CORE_REVENUE", "LINPING", year, new BigDecimal("99999"), "test", null)),
				false);
		IndexResult after = this.indices.scores("chengxi-2021", "HIGH_TECH_ZONE_EXAMPLE", null, null, null);
		ZoneScore scored = peer(after, year);
		assertThat(scored.score()).isNotNull();
		assertThat(scored.rank()).isNotNull();
		assertThat(scored.pillars().get(1).indicators().get(0).score()).isEqualTo(100.0);
		SensitivityResult sensitivity = this.indices.sensitivity("chengxi-2021", "HIGH_TECH_ZONE_EXAMPLE", year, 500, 3,
				SensitivityAnalysis.DEFAULT_CONCENTRATION);
		assertThat(sensitivity.zones()).filteredOn(SensitivityResult.ZoneRanks::peer)
			.singleElement()
			.satisfies((zone) -> assertThat(zone.scored()).isEqualTo(500));
	}

	private static ZoneScore peer(IndexResult result, int year) {
		return result.ranking(year)
			.zones()
			.stream()
			.filter((zone) -> zone.zone().equals("LINPING"))
			.findFirst()
			.orElseThrow();
	}

}
