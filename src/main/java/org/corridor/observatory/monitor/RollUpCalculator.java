package org.corridor.observatory.monitor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.corridor.observatory.plan.Indicator;

/**
 * Rolls indicator evaluations up by goal and by category. Each member's completion is
 * capped to [0, 1], an achieved one counting as 1 whatever its completion; members
 * without a completion are left out of the mean but still counted. Members weigh equally
 * unless weights by indicator code are given.
 */
public class RollUpCalculator {

	/** The group of indicators that name no goal or category. */
	public static final String NONE = "NONE";

	private final Map<String, Double> weights;

	/** A calculator weighing every indicator equally. */
	public RollUpCalculator() {
		this(Map.of());
	}

	/**
	 * A calculator weighing indicators by code; an indicator not in {@code weights}
	 * weighs 1.
	 * @param weights the weight of each indicator by code, none negative
	 */
	public RollUpCalculator(Map<String, Double> weights) {
		weights.forEach((code, weight) -> {
			if (weight == null || !(weight >= 0)) {
				throw new IllegalArgumentException("the weight of " + code + " must not be negative: " + weight);
			}
		});
		this.weights = Map.copyOf(weights);
	}

	/** One roll-up per goal, in the order the goals first occur among the indicators. */
	public List<RollUp> byGoal(List<Indicator> indicators, List<IndicatorEvaluation> evaluations) {
		return rollUp(indicators, evaluations, Indicator::goal);
	}

	/** One roll-up per category, in the order the categories first occur. */
	public List<RollUp> byCategory(List<Indicator> indicators, List<IndicatorEvaluation> evaluations) {
		return rollUp(indicators, evaluations, Indicator::category);
	}

	private List<RollUp> rollUp(List<Indicator> indicators, List<IndicatorEvaluation> evaluations,
			Function<Indicator, String> group) {
		Map<String, IndicatorEvaluation> byCode = new HashMap<>();
		for (IndicatorEvaluation evaluation : evaluations) {
			byCode.put(evaluation.indicatorCode(), evaluation);
		}
		Map<String, List<IndicatorEvaluation>> groups = new LinkedHashMap<>();
		for (Indicator indicator : indicators) {
			IndicatorEvaluation evaluation = byCode.get(indicator.code().value());
			if (evaluation != null) {
				String key = (group.apply(indicator) != null) ? group.apply(indicator) : NONE;
				groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(evaluation);
			}
		}
		List<RollUp> rollUps = new ArrayList<>();
		groups.forEach((key, members) -> rollUps.add(rollUp(key, members)));
		return rollUps;
	}

	private RollUp rollUp(String key, List<IndicatorEvaluation> members) {
		double weighted = 0;
		double totalWeight = 0;
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		List<Status> statuses = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (IndicatorEvaluation member : members) {
			counts.merge(member.status(), 1, Integer::sum);
			statuses.add(member.status());
			codes.add(member.indicatorCode());
			Double capped = cappedCompletion(member);
			if (capped != null) {
				double weight = this.weights.getOrDefault(member.indicatorCode(), 1.0);
				weighted += weight * capped;
				totalWeight += weight;
			}
		}
		Double mean = (totalWeight > 0) ? weighted / totalWeight : null;
		return new RollUp(key, mean, Status.worst(statuses), counts, codes);
	}

	private static Double cappedCompletion(IndicatorEvaluation evaluation) {
		if (evaluation.status() == Status.ACHIEVED) {
			return 1.0;
		}
		if (evaluation.completion() == null) {
			return null;
		}
		return Math.max(0, Math.min(1, evaluation.completion()));
	}

}
