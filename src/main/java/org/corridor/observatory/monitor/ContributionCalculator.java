package org.corridor.observatory.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Works out a zone's {@link Contribution} to the corridor from both series, with the
 * steps that show it: share = A / A(全域), growth share = (A − A(t0)) / (A(全域) − A(全域,
 * t0)), t0 being the base year, else the year before when the base year lacks either
 * figure.
 */
final class ContributionCalculator {

	private ContributionCalculator() {
	}

	/** The evaluation of a zone without targets, with its contribution added. */
	static IndicatorEvaluation attach(IndicatorEvaluation evaluation, List<YearValue> zone, List<YearValue> corridor,
			String corridorZone, boolean additive, int baseYear) {
		Map<Integer, YearValue> mine = byYear(zone);
		Map<Integer, YearValue> whole = byYear(corridor);
		int year = evaluation.year();
		Double actual = value(mine.get(year));
		Double corridorActual = value(whole.get(year));
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("贡献", "contribution", IndicatorEvaluator.NO_ZONE_TARGET, null));
		steps.add(new Step("全域实际值", "corridor actual",
				(corridorActual != null) ? "A(全域) = " + IndicatorEvaluator.format(corridorActual) + " (" + year + ")"
						: year + " 年全域无观测值 / no corridor figure for " + year,
				corridorActual));
		Double share = null;
		if (!additive) {
			steps.add(new Step("占全域比重", "share of the corridor",
					"指标不可加(比重、比率等),不计占比 / the indicator does not add up across zones, no share", null));
		}
		else if (actual != null && corridorActual != null && corridorActual != 0) {
			share = actual / corridorActual;
			steps.add(new Step("占全域比重", "share of the corridor", "A / A(全域) = " + IndicatorEvaluator.format(actual)
					+ " / " + IndicatorEvaluator.format(corridorActual), share));
		}
		Integer from = null;
		for (int candidate : new int[] { baseYear, year - 1 }) {
			if (candidate < year && mine.containsKey(candidate) && whole.containsKey(candidate)) {
				from = candidate;
				break;
			}
		}
		Double growth = null;
		Double corridorGrowth = null;
		Double growthShare = null;
		if (from != null && actual != null && corridorActual != null) {
			growth = actual - value(mine.get(from));
			corridorGrowth = corridorActual - value(whole.get(from));
			String since = (from == baseYear) ? "自基期年 / since the base year " : "自上年 / since the year before ";
			steps.add(new Step("本区增量", "zone growth", since + from + ": ΔA = " + IndicatorEvaluator.format(actual)
					+ " − " + IndicatorEvaluator.format(value(mine.get(from))), growth));
			steps.add(new Step("全域增量", "corridor growth",
					since + from + ": ΔA(全域) = " + IndicatorEvaluator.format(corridorActual) + " − "
							+ IndicatorEvaluator.format(value(whole.get(from))),
					corridorGrowth));
			if (additive && corridorGrowth != 0) {
				growthShare = growth / corridorGrowth;
				steps.add(new Step("增量贡献率", "share of growth", "ΔA / ΔA(全域) = " + IndicatorEvaluator.format(growth)
						+ " / " + IndicatorEvaluator.format(corridorGrowth), growthShare));
			}
		}
		else {
			steps.add(new Step("增量贡献率", "share of growth",
					"基期年与上年均缺本区或全域数据,不计增量 / neither the base year nor the year before has both figures", null));
		}
		boolean demo = corridor.stream().anyMatch(YearValue::demo);
		return evaluation.withContribution(new Contribution(corridorZone, additive, actual, corridorActual, share, from,
				growth, corridorGrowth, growthShare), steps, demo && corridorActual != null);
	}

	private static Map<Integer, YearValue> byYear(List<YearValue> series) {
		Map<Integer, YearValue> byYear = new TreeMap<>();
		series.forEach((value) -> byYear.put(value.year(), value));
		return byYear;
	}

	private static Double value(YearValue value) {
		return (value != null) ? value.value().doubleValue() : null;
	}

}
