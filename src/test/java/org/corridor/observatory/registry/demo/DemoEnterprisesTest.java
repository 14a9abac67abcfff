package org.corridor.observatory.registry.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.registry.enterprise.EnterpriseFileReader;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;
import org.corridor.observatory.registry.enterprise.TierEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoEnterprisesTest {

	static final Plan PLAN = SamplePacks.corridor();

	@Test
	void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
		List<EnterpriseRow> rows = DemoEnterprises.generate(PLAN, 42, 300, 2021, 2023).toList();
		assertThat(rows).hasSize(900).isEqualTo(DemoEnterprises.generate(PLAN, 42, 300, 2021, 2023).toList());
		assertThat(DemoEnterprises.generate(PLAN, 42, 300, 2021, 2023).parallel().toList()).isEqualTo(rows);
		List<EnterpriseRow> other = DemoEnterprises.generate(PLAN, 43, 300, 2021, 2023).toList();
		assertThat(other).extracting(EnterpriseRow::name).isNotEqualTo(rows.stream().map(EnterpriseRow::name).toList());
		assertThat(other).extracting(EnterpriseRow::uscc)
			.doesNotContainAnyElementsOf(rows.stream().map(EnterpriseRow::uscc).toList());
	}

	@Test
	void everyFirmIsValidUniqueMarkedAndNearTheCorridor() {
		Set<String> codes = new HashSet<>();
		List<LonLat> anchors = PLAN.geometry().anchors().stream().map((a) -> new LonLat(a.lon(), a.lat())).toList();
		AtomicLong amap = new AtomicLong();
		DemoEnterprises.generate(PLAN, 7, 100_000, 2023, 2023).forEach((row) -> {
			assertThat(Uscc.parse(row.uscc().value())).isEqualTo(row.uscc());
			assertThat(codes.add(row.uscc().value())).as("unique %s", row.uscc()).isTrue();
			assertThat(row.uscc().value()).startsWith("91");
			assertThat(DemoCreditCodes.DIVISIONS).contains(row.uscc().divisionCode());
			assertThat(IndustryCode.parse(row.industry().qualified()).level()).isEqualTo(IndustryCode.Level.CLASS);
			assertThat(row.name()).startsWith("【演示】").endsWith("有限公司");
			List<DemoIndustries.Trade> trades = row.chains().isEmpty() ? DemoIndustries.UNCHAINED
					: DemoIndustries.forChain(row.chains().get(0));
			assertThat(trades).extracting(DemoIndustries.Trade::industry).contains(row.industry());
			assertThat(row.location()).isNotNull();
			double nearest = anchors.stream().mapToDouble((a) -> km(a, row.location())).min().orElseThrow();
			assertThat(nearest).isLessThan(10);
			amap.addAndGet((row.inputCrs() == Crs.GCJ02) ? 1 : 0);
		});
		assertThat(codes).hasSize(100_000);
		assertThat(amap.get()).isBetween(31_000L, 35_700L);
	}

	@Test
	void aFirmsRowsAgreeAndItsTiersClimbTheLadderWithinTheYears() {
		List<EnterpriseRow> rows = DemoEnterprises.generate(PLAN, 11, 20_000, 2021, 2024).toList();
		Map<String, Integer> rungs = Map.of("TECH_SME", 0, "LITTLE_GIANT", 1, "HIDDEN_CHAMPION", 2, "SINGLE_CHAMPION",
				2);
		int techSme = 0;
		int littleGiants = 0;
		int leaders = 0;
		for (int f = 0; f < 20_000; f++) {
			EnterpriseRow first = rows.get(f * 4);
			// the chain-leader tier is off the ladder: only for large firms on a chain
			List<TierEvent> ladder = first.tiers()
				.stream()
				.filter((tier) -> !tier.tier().equals(DemoTiers.CHAIN_LEADER))
				.toList();
			if (ladder.size() < first.tiers().size()) {
				leaders++;
				assertThat(first.figures().revenue().doubleValue()).isGreaterThanOrEqualTo(99_999.9);
				assertThat(first.chains()).isNotEmpty();
			}
			for (int y = 0; y < 4; y++) {
				EnterpriseRow row = rows.get(f * 4 + y);
				assertThat(row.row()).isEqualTo(2 + f * 4 + y);
				assertThat(row.figures().year()).isEqualTo(2021 + y);
				assertThat(List.of(row.uscc(), row.name(), row.industry(), row.chains(), row.tiers(), row.location()))
					.isEqualTo(List.of(first.uscc(), first.name(), first.industry(), first.chains(), first.tiers(),
							first.location()));
				double share = row.figures().rdSpending().doubleValue() / row.figures().revenue().doubleValue();
				assertThat(share).isBetween(0.029, 0.151);
			}
			LocalDate previous = null;
			for (TierEvent tier : ladder) {
				assertThat(rungs).containsKey(tier.tier());
				assertThat(tier.gained()).isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
				if (tier.lost() != null) {
					assertThat(tier.lost()).isAfterOrEqualTo(tier.gained())
						.isBeforeOrEqualTo(LocalDate.of(2024, 12, 31));
				}
				assertThat(previous == null || tier.gained().isAfter(previous)).isTrue();
				previous = tier.gained();
			}
			for (int i = 0; i < ladder.size(); i++) {
				assertThat(rungs.get(ladder.get(i).tier())).isEqualTo(i);
			}
			techSme += ladder.isEmpty() ? 0 : 1;
			if (ladder.size() > 1) {
				littleGiants++;
				assertThat(first.figures().revenue().doubleValue()).isGreaterThanOrEqualTo(1999.9);
			}
		}
		assertThat(techSme).isBetween(3_500, 6_500);
		assertThat(littleGiants).isBetween(20, 400);
		// about 1 % of firms start at 100 000 万元 or more; half of those on a chain lead
		// it
		assertThat(leaders).isBetween(10, 200);
	}

	@Test
	void theWrittenFileIsReadBackByTheImport(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("demo.csv");
		assertThat(DemoEnterprises.writeCsv(PLAN, 5, 2_000, 2021, 2023, file)).isEqualTo(6_000);
		List<EnterpriseRow> read = EnterpriseFileReader.read("demo.csv", Files.readAllBytes(file), Crs.WGS84,
				codes(ItemKind.CHAIN), codes(ItemKind.SEGMENT), codes(ItemKind.ENTERPRISE_TIER),
				LocalDate.of(2023, 12, 31));
		assertThat(read).isEqualTo(DemoEnterprises.generate(PLAN, 5, 2_000, 2021, 2023).toList());
		assertThat(Files.readAllLines(file).get(1)).endsWith(DemoEnterprises.NOTE);
	}

	static Set<String> codes(ItemKind kind) {
		return PLAN.listItems(kind).stream().map(Item::code).collect(Collectors.toSet());
	}

	static double km(LonLat a, LonLat b) {
		double north = (a.lat() - b.lat()) * 111.32;
		double east = (a.lon() - b.lon()) * 111.32 * Math.cos(Math.toRadians(a.lat()));
		return Math.hypot(north, east);
	}

}
