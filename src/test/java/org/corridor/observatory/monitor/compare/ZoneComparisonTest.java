package org.corridor.observatory.monitor.compare;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.YearValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Ranks and changes on the year before, on figures worked out by hand.
 */
class ZoneComparisonTest {

	private static final List<Integer> YEARS = List.of(2021, 2022, 2023);

	@Test
	void ranksTheHighestFirstAndLetsEqualFiguresShareARank() {
		ZoneComparison comparison = ZoneComparison.of("X", "district", YEARS, false, figures());

		assertThat(ranks(comparison, 2021)).containsExactly(2, 1, 3);
		// 2022: A 120, B 120, C 90 → 1, 1, 3
		assertThat(ranks(comparison, 2022)).containsExactly(1, 1, 3);
		// 2023: C has no figure and no rank; A 150, B 110
		assertThat(ranks(comparison, 2023)).containsExactly(1, 2, null);
		assertThat(comparison.ranked(2023)).isEqualTo(2);
	}

	@Test
	void ranksTheLowestFirstWhereTheTargetIsAnUpperBound() {
		ZoneComparison comparison = ZoneComparison.of("X", "district", YEARS, true, figures());

		assertThat(ranks(comparison, 2021)).containsExactly(2, 3, 1);
		assertThat(ranks(comparison, 2022)).containsExactly(2, 2, 1);
	}

	@Test
	void changeOnTheYearBeforeIsAbsoluteAndRelative() {
		ZoneComparison comparison = ZoneComparison.of("X", "district", YEARS, false, figures());
		ZoneComparison.Row a = comparison.findRow("A").orElseThrow();

		// 2021 against the base year 2020 (100 → 100): no change
		assertThat(a.cells().get(0).change()).isEqualTo(0.0);
		// 100 → 120: +20, +20 %
		assertThat(a.cells().get(1).change()).isEqualTo(20.0);
		assertThat(a.cells().get(1).changeRatio()).isCloseTo(0.2, within(1e-12));
		// 120 → 150: +30, +25 %
		assertThat(a.cells().get(2).changeRatio()).isCloseTo(0.25, within(1e-12));

		ZoneComparison.Row b = comparison.findRow("B").orElseThrow();
		// no figure in 2020: no change in 2021; 130 → 120 → 110
		assertThat(b.cells().get(0).change()).isNull();
		assertThat(b.cells().get(1).change()).isEqualTo(-10.0);
		assertThat(b.cells().get(2).changeRatio()).isCloseTo(-10.0 / 120, within(1e-12));

		ZoneComparison.Row c = comparison.findRow("C").orElseThrow();
		// from zero: a change but no ratio; no figure in 2023: no change
		assertThat(c.cells().get(0).change()).isEqualTo(80.0);
		assertThat(c.cells().get(0).changeRatio()).isNull();
		assertThat(c.cells().get(2).value()).isNull();
		assertThat(c.cells().get(2).change()).isNull();
	}

	@Test
	void saysWhetherAnyFigureIsDemoOrUnpublished() {
		Map<String, List<YearValue>> figures = new LinkedHashMap<>();
		figures.put("A", List.of(new YearValue(2021, BigDecimal.ONE, true, false)));
		figures.put("B", List.of(new YearValue(2022, BigDecimal.TEN, false, true)));
		ZoneComparison comparison = ZoneComparison.of("X", "district", YEARS, false, figures);

		assertThat(comparison.demo()).isTrue();
		assertThat(comparison.unpublished()).isTrue();
		assertThat(comparison.findRow("A").orElseThrow().cells().get(0).demo()).isTrue();
		assertThat(comparison.findRow("B").orElseThrow().cells().get(1).unpublished()).isTrue();
		assertThat(comparison.rows()).extracting(ZoneComparison.Row::zoneCode).containsExactly("A", "B");
	}

	private static List<Integer> ranks(ZoneComparison comparison, int year) {
		int i = YEARS.indexOf(year);
		return comparison.rows().stream().map((r) -> r.cells().get(i).rank()).toList();
	}

	/** A: 100 100 120 150; B: – 130 120 110; C: 0 80 90 –. */
	private static Map<String, List<YearValue>> figures() {
		Map<String, List<YearValue>> figures = new LinkedHashMap<>();
		figures.put("A", values(2020, 100, 100, 120, 150));
		figures.put("B", values(2021, 130, 120, 110));
		figures.put("C", values(2020, 0, 80, 90));
		return figures;
	}

	private static List<YearValue> values(int from, double... values) {
		List<YearValue> list = new java.util.ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			list.add(new YearValue(from + i, BigDecimal.valueOf(values[i]), false));
		}
		return list;
	}

}
