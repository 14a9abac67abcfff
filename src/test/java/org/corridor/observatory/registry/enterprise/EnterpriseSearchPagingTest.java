package org.corridor.observatory.registry.enterprise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.FeaturePage;
import org.corridor.observatory.geo.GeoFeature;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.RegistryChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Keyset paging of the registry: 23 firms, many sharing a name, walked three at a time in
 * either order come out each exactly once and in order; a cursor from another order or
 * made up is refused; the firms collection walks its located firms by its next cursors;
 * the export's row source stops when its reader fails; and the registry's size is kept
 * until {@link RegistryChanged}.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class EnterpriseSearchPagingTest {

	private static final String PLAN = "chengxi-2021";

	private static final String[] NAMES = { "杭州同名科技有限公司", "杭州同名科技有限公司", "杭州同名科技有限公司", "杭州甲科技有限公司", "杭州乙科技有限公司" };

	@Autowired
	EnterpriseImportService imports;

	@Autowired
	EnterpriseFinder finder;

	@Autowired
	FirmFeatures firmFeatures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<String> located = new ArrayList<>();

	@BeforeEach
	void importFirms() {
		if (this.finder.count(PLAN) > 0) {
			this.located.addAll(this.jdbc.queryForList(
					"select uscc from enterprise where plan_id = ? and lon is not null order by uscc", String.class,
					PLAN));
			return;
		}
		StringBuilder csv = new StringBuilder(EnterpriseFixtures.HEADER).append("\n");
		for (int i = 0; i < 23; i++) {
			String uscc = EnterpriseFixtures.uscc(String.format("%08d", 7_000_000 + ((i * 7) % 23)));
			// Names repeat, so the name order has long runs of ties.
			String name = NAMES[i % NAMES.length];
			boolean hasPosition = i % 4 != 0;
			csv.append(uscc)
				.append(',')
				.append(name)
				.append(",I6513,")
				.append((i % 2 == 0) ? "AI_CHAIN" : "IC_CHAIN")
				.append(",,")
				.append(hasPosition ? (120.0 + i * 0.001) + "," + (30.25 + i * 0.001) + ",wgs84" : ",,")
				.append(",,2024,100,,,\n");
		}
		this.imports.importFile(PLAN, "ties.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Crs.WGS84,
				ProgressListener.NONE);
		this.located.addAll(this.jdbc.queryForList(
				"select uscc from enterprise where plan_id = ? and lon is not null order by uscc", String.class, PLAN));
	}

	@Test
	void walksEveryFirmOnceByNameThoughNamesTie() {
		EnterpriseQuery byName = new EnterpriseQuery(null, null, null, null, null, EnterpriseOrder.NAME);

		List<EnterpriseSummary> walked = walk(byName, 3);

		assertThat(walked).hasSize(23);
		assertThat(walked).extracting(EnterpriseSummary::uscc).doesNotHaveDuplicates();
		assertThat(walked)
			.isSortedAccordingTo(Comparator.comparing((EnterpriseSummary firm) -> ChineseNames.key(firm.name()))
				.thenComparing(EnterpriseSummary::uscc));
		assertThat(walked).filteredOn((firm) -> firm.name().equals(NAMES[0])).hasSize(15);
	}

	@Test
	void walksAFilteredSearchByCode() {
		EnterpriseQuery aiChain = new EnterpriseQuery(null, null, "AI_CHAIN", null, null, EnterpriseOrder.CODE);

		List<EnterpriseSummary> walked = walk(aiChain, 4);

		assertThat(walked).hasSize(12).allSatisfy((firm) -> assertThat(firm.chains()).contains("AI_CHAIN"));
		assertThat(walked).extracting(EnterpriseSummary::uscc).doesNotHaveDuplicates().isSorted();
		assertThat(this.finder.count(PLAN, aiChain)).isEqualTo(new EnterpriseFinder.Total(12, false));
	}

	@Test
	void refusesACursorOfAnotherOrderOrMadeUp() {
		EnterpriseQuery byName = new EnterpriseQuery(null, null, null, null, null, EnterpriseOrder.NAME);
		EnterpriseQuery byCode = new EnterpriseQuery(null, null, null, null, null, EnterpriseOrder.CODE);
		String next = this.finder.search(PLAN, byName, null, 5).next();

		assertThatIllegalArgumentException().isThrownBy(() -> this.finder.search(PLAN, byCode, next, 5))
			.withMessageContaining("invalid page cursor");
		assertThatIllegalArgumentException().isThrownBy(() -> this.finder.search(PLAN, byCode, "%%%", 5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.finder.search(PLAN, byCode, null, 1001));
	}

	@Test
	void firmsCollectionWalksItsNextCursors() {
		List<String> walked = new ArrayList<>();
		String cursor = null;
		do {
			FeaturePage page = this.firmFeatures.features(null, cursor, 4);
			assertThat(page.features()).hasSizeLessThanOrEqualTo(4);
			assertThat(page.numberMatched()).isEqualTo(17);
			page.features().forEach((feature) -> walked.add(feature.id()));
			cursor = page.next();
		}
		while (cursor != null);

		assertThat(walked).hasSize(17).containsExactlyElementsOf(this.located);
		List<String> streamed = new ArrayList<>();
		this.firmFeatures.forEach(null, (feature) -> streamed.add(feature.id()));
		assertThat(streamed).isEqualTo(walked);
		Envelope west = new Envelope(119.0, 120.0055, 30.0, 31.0);
		// firms 1, 2, 3 and 5 (0 and 4 have no position)
		assertThat(this.firmFeatures.features(west, null, 100).features()).extracting(GeoFeature::id).hasSize(4);
		assertThat(this.firmFeatures.extent().getMinX()).isCloseTo(120.001, within(1e-9));
		assertThatIllegalArgumentException().isThrownBy(() -> this.firmFeatures.features(null, "20", 4));
	}

	@Test
	void exportRowsStopWhenTheReaderFails() {
		EnterpriseQuery everything = new EnterpriseQuery(null, null, null, null, null, EnterpriseOrder.CODE);
		List<String> read = new ArrayList<>();

		assertThatThrownBy(() -> this.finder.forEach(PLAN, everything, 1000, (firm) -> {
			read.add(firm.uscc());
			if (read.size() == 5) {
				throw new IllegalStateException("client gone");
			}
		})).hasMessageContaining("client gone");
		assertThat(read).hasSize(5);
	}

	@Test
	void keepsTheRegistrySizeUntilTheRegistryChanges() {
		long before = this.finder.count(PLAN);
		this.jdbc.update("update enterprise set demo = true where plan_id = ? and uscc = ?", PLAN, this.located.get(0));
		try {
			// Changed behind the registry's back, so no event: the kept facts stand.
			assertThat(this.finder.hasDemo(PLAN)).isFalse();
			assertThat(this.firmFeatures.demo()).isFalse();
			this.events.publishEvent(new RegistryChanged(PLAN));
			assertThat(this.finder.hasDemo(PLAN)).isTrue();
			assertThat(this.firmFeatures.demo()).isTrue();
			assertThat(this.finder.count(PLAN)).isEqualTo(before);
		}
		finally {
			this.jdbc.update("update enterprise set demo = false where plan_id = ?", PLAN);
			this.events.publishEvent(new RegistryChanged(PLAN));
		}
	}

	private List<EnterpriseSummary> walk(EnterpriseQuery query, int limit) {
		List<EnterpriseSummary> walked = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			EnterpriseFinder.Page page = this.finder.search(PLAN, query, cursor, limit);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
			walked.addAll(page.items());
			cursor = page.next();
			pages++;
		}
		while (cursor != null && pages < 100);
		return walked;
	}

}
