package org.corridor.observatory.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pack written back out loads as the same plan: the corridor pack as it is, its
 * indicators re-written as YAML, the second pack with the rows of its Table 1 marked, and
 * after an adjustment that adds an indicator the plan text has no sentence for (its basis
 * is the adjustment).
 */
class PackRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void theCorridorPackExportedLoadsUnchanged() throws IOException {
		PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(SamplePacks.CORRIDOR));
		Plan loaded = PlanPackLoader.load(pack);
		Plan again = PlanPackLoader.load(PackFiles.folder(unzip(pack.zip())));
		assertSame(again, loaded);
		assertThat(pack.names()).contains("plan.yaml", "indicators.yaml", "source.txt", "geometry.yaml",
				"indices.yaml");
	}

	@Test
	void theSecondPacksPlanTableSurvivesExportAndReload() throws IOException {
		PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(SamplePacks.RIVERSIDE));
		Plan loaded = PlanPackLoader.load(pack);
		assertThat(loaded.listItems(ItemKind.TABLE)).singleElement()
			.satisfies((table) -> assertThat(table.code()).isEqualTo("TABLE_1"));
		assertThat(loaded.listIndicators()
			.stream()
			.filter((i) -> "TABLE_1".equals(i.table()))
			.map((i) -> i.code().value())).containsExactly("RENEWABLE_SHARE", "ENERGY_INTENSITY");

		Plan again = PlanPackLoader.load(PackFiles.folder(unzip(pack.zip())));
		assertSame(again, loaded);
		assertThat(again.getIndicator("RENEWABLE_SHARE").table()).isEqualTo("TABLE_1");
		assertThat(again.getIndicator("ENERGY_INTENSITY").table()).isEqualTo("TABLE_1");
		assertThat(again.getIndicator("CLEAN_FIRMS").table()).isNull();
		// written back as YAML, as a version of the indicator system is
		String text = IndicatorTable.parse(pack.indicatorsYaml()).dump("again");
		assertThat(text).contains("    table: TABLE_1\n");
		assertThat(PlanPackLoader.load(pack.withIndicators(text)).getIndicator("ENERGY_INTENSITY").table())
			.isEqualTo("TABLE_1");
	}

	@Test
	void indicatorsWrittenBackAsYamlLoadAsTheSameIndicators() {
		for (String location : List.of(SamplePacks.CORRIDOR, SamplePacks.RIVERSIDE)) {
			PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(location));
			String text = IndicatorTable.parse(pack.indicatorsYaml()).dump("version 1 again");
			assertThat(text).startsWith("# version 1 again\n");
			assertSame(PlanPackLoader.load(pack.withIndicators(text)), PlanPackLoader.load(pack));
		}
	}

	@Test
	void rulesAndDecompositionWrittenBackAsYamlLoadAsTheSame() {
		for (String location : List.of(SamplePacks.CORRIDOR, SamplePacks.RIVERSIDE)) {
			PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(location));
			Plan loaded = PlanPackLoader.load(pack);
			RuleTable rules = RuleTable.parse(pack.texts().rules());
			loaded.listRules().forEach(rules::put);
			String decomposition = DecompositionTable.parse(pack.texts().decomposition())
				.overlay(loaded.decomposition())
				.dump("again");
			Plan again = PlanPackLoader
				.load(pack.with(pack.texts().withRules(rules.dump("again")).withDecomposition(decomposition)));
			assertSame(again, loaded);
			assertThat(again.listRules()).isEqualTo(loaded.listRules());
		}
	}

	@Test
	void aRuleAndZoneTargetsChangedAreReadBackByThePacksOwnReaders() throws IOException {
		PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(SamplePacks.RIVERSIDE));
		Plan before = PlanPackLoader.load(pack);
		FigureRule rule = before.listRules().get(0);
		FigureRule off = new FigureRule(rule.code(), rule.name(), rule.left(), rule.operator(), rule.right(),
				rule.tolerancePercent(), rule.severity(), false);
		FigureRule added = new FigureRule("NORTH_WITHIN_VALLEY", LocalizedText.of("北镇不超过全域", "North within valley"),
				new FigureRule.Side("GREEN_REVENUE", ZoneSet.of("NORTH_TOWN"), 0), RuleOperator.LE,
				new FigureRule.Side("GREEN_REVENUE", ZoneSet.sumOf(List.of("NORTH_TOWN", "SOUTH_TOWN")), -1), null,
				Severity.WARNING, true);
		String rules = RuleTable.parse(pack.texts().rules()).put(off).put(added).dump("version 2");
		Target whole = before.getIndicator("ENERGY_INTENSITY").targets().get(0);
		Decomposition upload = new Decomposition(
				List.of(new ZoneTarget("ENERGY_INTENSITY", "NORTH_TOWN",
						new Target(whole.year(), whole.comparator(), new BigDecimal("0.31"), null))),
				List.of(), java.util.Map.of());
		String decomposition = DecompositionTable.parse(pack.texts().decomposition()).overlay(upload).dump("v2");
		PackSnapshot adjusted = pack.with(pack.texts().withRules(rules).withDecomposition(decomposition));
		Plan after = PlanPackLoader.load(PackFiles.folder(unzip(adjusted.zip())));

		assertThat(after.listRules()).contains(off, added).doesNotContain(rule);
		assertThat(after.decomposition().targetsFor("ENERGY_INTENSITY", "NORTH_TOWN")).singleElement()
			.satisfies((t) -> assertThat(t.value()).isEqualByComparingTo("0.31"));
		// the zone's baseline went with the upload, which gave none; the other town is as
		// it was
		assertThat(after.decomposition().findBaseline("ENERGY_INTENSITY", "NORTH_TOWN")).isEmpty();
		assertThat(after.decomposition().targetsFor("ENERGY_INTENSITY", "SOUTH_TOWN"))
			.isEqualTo(before.decomposition().targetsFor("ENERGY_INTENSITY", "SOUTH_TOWN"));
		// a note of the pack's decomposition stays with its target
		assertThat(decomposition).contains("North Town has the better wind");
		// a pack whose rules are emptied has no rules.yaml
		assertThat(pack.with(pack.texts().withRules("")).names()).doesNotContain("rules.yaml");
	}

	@Test
	void theSecondPackAfterAnAdjustmentExportsAndLoadsUnchanged() throws IOException {
		PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(SamplePacks.RIVERSIDE));
		Plan before = PlanPackLoader.load(pack);
		Indicator intensity = before.getIndicator("ENERGY_INTENSITY");
		IndicatorEdit changed = new IndicatorEdit("ENERGY_INTENSITY", intensity.name(), intensity.unit(),
				intensity.category(), intensity.goal(), intensity.direction(), intensity.attribute(),
				intensity.baseline(), List.of(new Target(2030, Comparator.LE, new BigDecimal("0.32"), null)),
				intensity.frequency(), LocalizedText.of("市发展改革委", "Municipal Development and Reform Commission"), null,
				null, intensity.table(), intensity.figures());
		IndicatorEdit added = new IndicatorEdit("STORAGE_CAPACITY", LocalizedText.of("新型储能装机", "New energy storage"),
				LocalizedText.of("万千瓦", "10 MW"), "ENERGY", null, Direction.HIGHER, Attribute.EXPECTED,
				new Baseline(2025, new BigDecimal("12.5")),
				List.of(new Target(2028, Comparator.BETWEEN, new BigDecimal("20"), new BigDecimal("25.5")),
						new Target(2030, Comparator.GE, new BigDecimal("40"), null)),
				Frequency.ANNUAL, null, null, LocalizedText.of("按调整文件", "as the adjustment says"), "TABLE_1",
				new FigureKind(ValueKind.QUANTITY, true, false));
		Indicator.Adjustment adjustment = new Indicator.Adjustment(2,
				LocalizedText.of("规划调整（第 2 版）：中期评估", "plan adjustment (version 2): mid-term review"));
		String text = IndicatorTable.parse(pack.indicatorsYaml())
			.put(changed, adjustment)
			.put(added, adjustment)
			.dump("version 2");
		PackSnapshot adjusted = pack.withIndicators(text);
		Plan version2 = PlanPackLoader.load(adjusted);

		Indicator storage = version2.getIndicator("STORAGE_CAPACITY");
		assertThat(storage.source()).isNull();
		assertThat(storage.adjustment()).isEqualTo(adjustment);
		assertThat(storage.targets()).hasSize(2);
		assertThat(storage.targets().get(0).upper()).isEqualByComparingTo("25.5");
		assertThat(version2.getIndicator("ENERGY_INTENSITY").source()).isEqualTo(intensity.source());
		assertThat(version2.getIndicator("ENERGY_INTENSITY").targets().get(0).value()).isEqualByComparingTo("0.32");
		// the changed row keeps its place in Table 1, the added row joins it
		assertThat(version2.getIndicator("ENERGY_INTENSITY").table()).isEqualTo("TABLE_1");
		assertThat(storage.table()).isEqualTo("TABLE_1");
		assertThat(version2.getIndicator("RENEWABLE_SHARE")).isEqualTo(before.getIndicator("RENEWABLE_SHARE"));
		assertThat(IndicatorEdit.of(version2.getIndicator("STORAGE_CAPACITY"))).isEqualTo(added);
		assertThat(storage.figures().cumulative()).isTrue();
		assertThat(text).contains("    cumulative: true\n");

		Plan again = PlanPackLoader.load(PackFiles.folder(unzip(adjusted.zip())));
		assertSame(again, version2);
		assertThat(again.getIndicator("STORAGE_CAPACITY").table()).isEqualTo("TABLE_1");
	}

	@Test
	void anIndicatorWithNeitherAQuoteNorAnAdjustmentIsRefused() {
		PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(SamplePacks.RIVERSIDE));
		String text = pack.indicatorsYaml()
			.replace("    source: \"renewable electricity exceeds 60 percent of consumption\"\n", "");
		assertThatThrownBy(() -> PlanPackLoader.load(pack.withIndicators(text)))
			.isInstanceOfSatisfying(InvalidPlanPackException.class, (ex) -> assertThat(ex.problems())
				.anySatisfy((p) -> assertThat(p.path()).isEqualTo("indicators[0].source")));
		String early = pack.indicatorsYaml()
			.replace("    source: \"renewable electricity exceeds 60 percent of consumption\"\n",
					"    adjustment: {version: 1, basis: {zh: 印发, en: issued}}\n");
		assertThatThrownBy(() -> PlanPackLoader.load(pack.withIndicators(early)))
			.isInstanceOfSatisfying(InvalidPlanPackException.class, (ex) -> assertThat(ex.problems())
				.anySatisfy((p) -> assertThat(p.path()).isEqualTo("indicators[0].adjustment.version")));
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

	static void assertSame(Plan actual, Plan expected) {
		assertThat(actual.header()).isEqualTo(expected.header());
		assertThat(actual.listGoals()).isEqualTo(expected.listGoals());
		assertThat(actual.listCategories()).isEqualTo(expected.listCategories());
		assertThat(actual.listIndicators()).isEqualTo(expected.listIndicators());
		assertThat(actual.listZones()).isEqualTo(expected.listZones());
		for (ItemKind kind : ItemKind.values()) {
			assertThat(actual.listItems(kind)).isEqualTo(expected.listItems(kind));
		}
		assertThat(actual.geometry()).isEqualTo(expected.geometry());
		assertThat(actual.sourceText()).isEqualTo(expected.sourceText());
		assertThat(actual.decomposition().listTargets()).isEqualTo(expected.decomposition().listTargets());
		assertThat(actual.decomposition().listBaselines()).isEqualTo(expected.decomposition().listBaselines());
		assertThat(actual.listRules()).isEqualTo(expected.listRules());
	}

	@Test
	void everyFileOfThePackIsKept() {
		PackSnapshot pack = PackSnapshot.of(PackFiles.classpath(SamplePacks.RIVERSIDE));
		assertThat(pack.names()).contains("decomposition.yaml", "rules.yaml");
		Plan plan = PlanPackLoader.load(pack);
		assertThat(plan.decomposition().listTargets()).isNotEmpty();
		assertThat(plan.listRules()).isNotEmpty();
	}

}
