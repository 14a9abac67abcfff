package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of targets decomposed to zones: which zones are the parts, whether their
 * targets add up to the corridor's within the tolerance, partial and non-additive
 * decompositions, and how an upload is laid over the pack's.
 */
class DecompositionTest {

	/** The six reporting districts: LINPING is kept only to split pre-2021 figures. */
	private static final List<String> DISTRICTS = List.of("XIHU", "BINJIANG", "YUHANG", "LINAN", "FUYANG", "DEQING");

	private final Plan corridor = SamplePacks.corridor();

	private final Plan riverside = SamplePacks.riverside();

	@Test
	void takesTheDistrictsAsPartsElseTheRootsChildren() {
		assertThat(Decomposition.parts(this.corridor.listZones())).extracting(Zone::code)
			.containsExactlyElementsOf(DISTRICTS);
		assertThat(this.corridor.getZone("LINPING").reporting()).isFalse();
		assertThat(Decomposition.parts(this.riverside.listZones())).extracting(Zone::code)
			.containsExactly("NORTH_TOWN", "SOUTH_TOWN");
	}

	@Test
	void acceptsDistrictTargetsThatAddUpToTheCorridorsWithinOnePercent() {
		// 1 500 × 5 + 2 550 = 10 050: 0.5 % over 10 000, inside the 1 % tolerance
		Decomposition decomposition = revenue(1500, 1500, 1500, 1500, 1500, 2550);

		SumCheck check = single(decomposition.check(this.corridor));

		assertThat(check.outcome()).isEqualTo(SumCheck.Outcome.ADDS_UP);
		assertThat(check.refused()).isFalse();
		assertThat(check.sum()).isEqualByComparingTo("10050");
		assertThat(check.given()).isEqualTo(6);
	}

	@Test
	void refusesDistrictTargetsThatDoNotAddUpWithTheNumbers() {
		// 10 200 against 10 000: 2 % over
		Decomposition decomposition = revenue(1500, 1500, 1500, 1500, 1500, 2700);

		SumCheck check = single(decomposition.check(this.corridor));

		assertThat(check.outcome()).isEqualTo(SumCheck.Outcome.MISMATCH);
		assertThat(check.refused()).isTrue();
		assertThat(check.zh()).contains("10200").contains("10000").contains("200");
		assertThat(check.en()).contains("sum to 10200").contains("corridor's 10000").contains("off by 200");
	}

	@Test
	void refusesOnTheToleranceEdgeOnlyBeyondIt() {
		assertThat(single(revenue(1500, 1500, 1500, 1500, 1500, 2600).check(this.corridor)).outcome())
			.isEqualTo(SumCheck.Outcome.ADDS_UP);
		assertThat(single(revenue(1500, 1500, 1500, 1500, 1500, 2600.01).check(this.corridor)).outcome())
			.isEqualTo(SumCheck.Outcome.MISMATCH);
		assertThat(single(revenue(1500, 1500, 1500, 1500, 1500, 2400).check(this.corridor)).outcome())
			.isEqualTo(SumCheck.Outcome.ADDS_UP);
		assertThat(single(revenue(1500, 1500, 1500, 1500, 1500, 2399).check(this.corridor)).outcome())
			.isEqualTo(SumCheck.Outcome.MISMATCH);
	}

	@Test
	void flagsAPartialDecompositionWithoutRefusingIt() {
		Decomposition decomposition = new Decomposition(
				List.of(revenueTarget("XIHU", 2600), revenueTarget("YUHANG", 3100)), List.of(), Map.of());

		SumCheck check = single(decomposition.check(this.corridor));

		assertThat(check.outcome()).isEqualTo(SumCheck.Outcome.PARTIAL);
		assertThat(check.refused()).isFalse();
		assertThat(check.sum()).isEqualByComparingTo("5700");
		assertThat(check.missing()).containsExactly("BINJIANG", "LINAN", "FUYANG", "DEQING");
		assertThat(check.en()).contains("2 of 6").contains("5700").contains("10000");
	}

	@Test
	void checksBothBoundsOfABand() {
		// 5–10 institutions: the districts' lower bounds must sum to 5, their upper ones
		// to 10
		List<ZoneTarget> targets = new ArrayList<>();
		for (int i = 0; i < DISTRICTS.size(); i++) {
			BigDecimal min = (i < 5) ? BigDecimal.ONE : BigDecimal.ZERO;
			BigDecimal max = (i < 4) ? new BigDecimal("2") : BigDecimal.ONE;
			targets.add(new ZoneTarget("TOP_INSTITUTIONS_ATTRACTED", DISTRICTS.get(i),
					new Target(2025, Comparator.BETWEEN, min, max)));
		}
		List<SumCheck> checks = new Decomposition(targets, List.of(), Map.of()).check(this.corridor);

		assertThat(checks).extracting(SumCheck::whole).containsExactly(new BigDecimal("5"), new BigDecimal("10"));
		assertThat(checks).extracting(SumCheck::outcome)
			.containsExactly(SumCheck.Outcome.ADDS_UP, SumCheck.Outcome.ADDS_UP);
	}

	@Test
	void doesNotSumAnIndicatorThatIsNotAdditive() {
		// an energy intensity per unit of output: the towns' 0.33 and 0.37 are no parts
		// of 0.35
		SumCheck check = single(this.riverside.decomposition()
			.check(this.riverside)
			.stream()
			.filter((c) -> c.indicator().equals("ENERGY_INTENSITY"))
			.toList());

		assertThat(check.outcome()).isEqualTo(SumCheck.Outcome.NOT_ADDITIVE);
		assertThat(check.refused()).isFalse();
		assertThat(check.sum()).isNull();
	}

	@Test
	void letsTheDecompositionSayWhetherAnIndicatorIsAdditive() {
		Decomposition stated = new Decomposition(List.of(revenueTarget("XIHU", 99999)), List.of(),
				Map.of("DIGITAL_CORE_REVENUE", false));

		assertThat(single(stated.check(this.corridor)).outcome()).isEqualTo(SumCheck.Outcome.NOT_ADDITIVE);
	}

	@Test
	void knowsAdditivityFromTheUnit() {
		assertThat(Additivity.byUnit("亿元")).isTrue();
		assertThat(Additivity.byUnit("万元")).isTrue();
		assertThat(Additivity.byUnit("家")).isTrue();
		assertThat(Additivity.byUnit("平方公里")).isTrue();
		assertThat(Additivity.byUnit("%")).isFalse();
		assertThat(Additivity.byUnit("吨标准煤/万元")).isFalse();
		assertThat(Additivity.byUnit("研发投入强度")).isFalse();
		assertThat(Additivity.byUnit("")).isFalse();
	}

	@Test
	void laysAnUploadOverThePacksDecompositionZoneByZone() {
		Decomposition pack = new Decomposition(List.of(revenueTarget("XIHU", 2600), revenueTarget("YUHANG", 3100)),
				List.of(new ZoneBaseline("DIGITAL_CORE_REVENUE", "XIHU", new Baseline(2020, new BigDecimal("1800")))),
				Map.of());
		Decomposition upload = new Decomposition(List.of(revenueTarget("XIHU", 2800)), List.of(), Map.of());

		Decomposition merged = pack.overlaidBy(upload);

		assertThat(merged.targetsFor("DIGITAL_CORE_REVENUE", "XIHU")).extracting((t) -> t.value().doubleValue())
			.containsExactly(2800.0);
		assertThat(merged.targetsFor("DIGITAL_CORE_REVENUE", "YUHANG")).extracting((t) -> t.value().doubleValue())
			.containsExactly(3100.0);
		// the upload covers XIHU, so the pack's XIHU baseline goes with its target
		assertThat(merged.findBaseline("DIGITAL_CORE_REVENUE", "XIHU")).isEmpty();
		assertThat(merged.targetsFor("DIGITAL_CORE_REVENUE", "LINAN")).isEmpty();
	}

	private static SumCheck single(List<SumCheck> checks) {
		assertThat(checks).hasSize(1);
		return checks.get(0);
	}

	private static Decomposition revenue(double... values) {
		List<ZoneTarget> targets = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			targets.add(revenueTarget(DISTRICTS.get(i), values[i]));
		}
		return new Decomposition(targets, List.of(), Map.of());
	}

	private static ZoneTarget revenueTarget(String zone, double value) {
		return new ZoneTarget("DIGITAL_CORE_REVENUE", zone,
				new Target(2025, Comparator.GT, new BigDecimal(Double.toString(value)), null));
	}

}
