package org.corridor.observatory.chain.demo;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.reference.ReferenceFigure;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.registry.demo.DemoCreditCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo candidate firms and a demo reference region: reproducible, plausible, marked. */
class DemoChainInputsTest {

	static final Plan PLAN = SamplePacks.corridor();

	static final Set<String> SEGMENTS = PLAN.listItems(ItemKind.SEGMENT)
		.stream()
		.map(Item::code)
		.collect(Collectors.toSet());

	@Test
	void candidatesAreReproducibleMarkedOutsideTheCorridorAndInThePlansSegments() {
		List<CandidateFirm> firms = DemoCandidates.generate(PLAN, 42, 500);
		assertThat(firms).hasSize(500).isEqualTo(DemoCandidates.generate(PLAN, 42, 500));
		assertThat(DemoCandidates.generate(PLAN, 43, 500)).isNotEqualTo(firms);
		Set<String> names = new HashSet<>();
		Set<String> codes = new HashSet<>();
		Set<String> regions = Set.of(DemoCandidates.REGIONS).stream().map((r) -> r[0]).collect(Collectors.toSet());
		for (CandidateFirm firm : firms) {
			assertThat(firm.demo()).isTrue();
			assertThat(firm.name()).startsWith("【演示】").endsWith("有限公司");
			assertThat(names.add(ChineseNames.key(firm.name()))).as("unique %s", firm.name()).isTrue();
			assertThat(firm.region()).isIn(regions);
			if (firm.uscc() != null) {
				Uscc uscc = Uscc.parse(firm.uscc());
				assertThat(codes.add(uscc.value())).isTrue();
				assertThat(DemoCreditCodes.DIVISIONS).doesNotContain(uscc.divisionCode());
			}
			assertThat(IndustryCode.parse(firm.industryCode()).level()).isEqualTo(IndustryCode.Level.CLASS);
			assertThat(IndustryCode.parse(firm.industryCode()).qualified()).isEqualTo(firm.industryCode());
			assertThat(firm.segments()).isNotEmpty().allSatisfy((segment) -> assertThat(SEGMENTS).contains(segment));
			if (firm.rdSpending() != null) {
				assertThat(firm.rdSpending()).isLessThan(firm.revenue());
			}
			if (firm.segments().get(0).equals("IC_CHIP_DESIGN")) {
				assertThat(firm.industryCode()).isEqualTo("I6520");
			}
		}
		// most have a credit code, some none, as in lists officers keep
		assertThat(codes.size()).isBetween(350, 490);
		assertThat(firms).filteredOn((firm) -> firm.revenue() == null).isNotEmpty();
		assertThat(firms).extracting((firm) -> firm.segments().get(0)).contains("IC_CHIP_DESIGN");
	}

	@Test
	void theReferenceHasATotalAndEverySegmentEachYearAndNoSegmentAboveItsTotal() {
		List<Integer> years = List.of(2021, 2022, 2023, 2024, 2025);
		List<ReferenceFigure> figures = DemoReference.generate(PLAN, 42, years);
		assertThat(figures).hasSize(years.size() * (SEGMENTS.size() + 1))
			.isEqualTo(DemoReference.generate(PLAN, 42, years));
		assertThat(figures).allSatisfy((figure) -> {
			assertThat(figure.region()).isEqualTo("【演示】参照区域").isEqualTo(DemoReference.REGION);
			assertThat(figure.demo()).isTrue();
			assertThat(figure.source()).contains("DEMO").contains("not real statistics");
			assertThat(figure.employees()).isPositive();
			assertThat(figure.revenue()).isPositive();
		});
		Map<Integer, ReferenceFigure> totals = figures.stream()
			.filter(ReferenceFigure::total)
			.collect(Collectors.toMap(ReferenceFigure::year, (figure) -> figure));
		assertThat(totals.keySet()).containsExactlyInAnyOrderElementsOf(years);
		for (ReferenceFigure figure : figures) {
			ReferenceFigure total = totals.get(figure.year());
			if (!figure.total()) {
				assertThat(figure.employees()).isLessThan(total.employees().multiply(new BigDecimal("0.1")));
				assertThat(figure.revenue()).isLessThan(total.revenue().multiply(new BigDecimal("0.2")));
			}
		}
		// a province's size: tens of millions employed
		assertThat(totals.get(2021).employees().doubleValue()).isBetween(2.0e7, 4.0e7);
		assertThat(totals.get(2025).revenue()).isGreaterThan(totals.get(2021).revenue());
		// a year's figures do not depend on the other years asked for
		assertThat(DemoReference.generate(PLAN, 42, List.of(2023)))
			.isEqualTo(figures.stream().filter((figure) -> figure.year() == 2023).toList());
	}

}
