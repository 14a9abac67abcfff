package org.corridor.observatory.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.corridor.observatory.registry.enterprise.TierEvent;

/**
 * A demo firm's climb up the plan's tier ladder within the years generated. The first
 * rung (科技型中小企业) is common among small and medium firms; each higher rung is rarer and
 * open only to larger firms, as the real criteria demand revenue and scale (a 专精特新 “小巨人”
 * is at least medium-sized, a champion large). A rung is gained at least half a year
 * after the one below it, and some are lost later: firms outgrow the SME rung or fail
 * re-assessment.
 */
final class DemoTiers {

	/** Chance of the first rung, by {@link Size}. */
	private static final double[] FIRST = { 0.15, 0.30, 0.35, 0.10 };

	/** Chance of the second rung, once on the first. */
	private static final double[] SECOND = { 0, 0, 0.12, 0.25 };

	/** Chance of any higher rung, once on the one below. */
	private static final double[] HIGHER = { 0, 0, 0, 0.2 };

	private static final int MIN_DAYS_BETWEEN = 180;

	/** The default pack's chain-leader tier, which the chain analysis counts. */
	static final String CHAIN_LEADER = "PLATFORM_CHAIN_LEADER";

	private DemoTiers() {
	}

	static List<TierEvent> draw(SplittableRandom random, DemoSetting setting, Size size, int fromYear, int toYear) {
		List<String> first = setting.firstRungs();
		if (first.isEmpty() || random.nextDouble() >= FIRST[size.ordinal()]) {
			return List.of();
		}
		LocalDate start = LocalDate.of(fromYear, 1, 1);
		LocalDate end = LocalDate.of(toYear, 12, 31);
		List<TierEvent> events = new ArrayList<>(3);
		String tier = first.get(random.nextInt(first.size()));
		LocalDate gained = between(random, start, end);
		for (int rung = 0; tier != null; rung++) {
			boolean lose = random.nextDouble() < ((rung == 0) ? 0.15 : 0.05) && gained.isBefore(end);
			events.add(new TierEvent(tier, gained, lose ? between(random, gained.plusDays(1), end) : null));
			List<String> next = setting.ladder().getOrDefault(tier, List.of());
			double chance = (rung == 0) ? SECOND[size.ordinal()] : HIGHER[size.ordinal()];
			LocalDate earliest = gained.plusDays(MIN_DAYS_BETWEEN);
			tier = null;
			if (!next.isEmpty() && earliest.isBefore(end) && random.nextDouble() < chance) {
				tier = next.get(random.nextInt(next.size()));
				gained = between(random, earliest, end);
			}
		}
		return List.copyOf(events);
	}

	/**
	 * The tiers with the chain-leader tier (平台型“链主型”企业) added, for some of the largest
	 * firms on a chain (revenue of 100 000 万元 or more), when the plan has that tier.
	 */
	static List<TierEvent> withChainLeader(SplittableRandom random, DemoSetting setting, double revenue,
			List<TierEvent> tiers, int fromYear, int toYear) {
		if (!setting.tiers().contains(CHAIN_LEADER) || revenue < 100_000 || random.nextDouble() >= 0.5) {
			return tiers;
		}
		List<TierEvent> with = new ArrayList<>(tiers);
		with.add(new TierEvent(CHAIN_LEADER,
				between(random, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)), null));
		return List.copyOf(with);
	}

	/** A day from {@code from} to {@code to}, both included. */
	private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return from.plusDays(random.nextLong(days + 1));
	}

	/**
	 * Size classes by yearly revenue in 万元, after the thresholds of the national SME
	 * criteria for industry (工信部联企业〔2011〕300号): micro below 300, small below 2 000,
	 * medium below 40 000.
	 */
	enum Size {

		MICRO, SMALL, MEDIUM, LARGE;

		static Size of(double revenue) {
			if (revenue < 300) {
				return MICRO;
			}
			if (revenue < 2_000) {
				return SMALL;
			}
			return (revenue < 40_000) ? MEDIUM : LARGE;
		}

	}

}
