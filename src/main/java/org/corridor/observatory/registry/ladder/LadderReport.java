package org.corridor.observatory.registry.ladder;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * The cultivation ladder (梯队培育漏斗) of one plan in one year: how many firms hold each tier
 * at the end of the year, how many gained and lost it during the year, and how many firms
 * climbed from one rung of the ladder to the next.
 *
 * @param planId the plan
 * @param year the year reported on
 * @param zone the zone code the firms are restricted to, or null for the whole plan
 * @param demo whether any firm counted is demo data
 * @param tiers the tiers, ladder first (roots first, along {@code next}), the others last
 * @param transitions the steps between consecutive ladder tiers during the year
 */
public record LadderReport(String planId, int year, String zone, boolean demo, List<TierCount> tiers,
		List<Transition> transitions) {

	/** The most firms listed for one transition. */
	public static final int FIRM_LIMIT = 50;

	public LadderReport {
		tiers = List.copyOf(tiers);
		transitions = List.copyOf(transitions);
	}

	/**
	 * One tier's counts.
	 *
	 * @param code the tier code
	 * @param name the tier name
	 * @param onLadder whether the tier is a rung of the ladder
	 * @param held firms holding the tier at the end of the year
	 * @param gained firms that gained it during the year
	 * @param lost firms that lost it during the year
	 */
	public record TierCount(String code, LocalizedText name, boolean onLadder, long held, long gained, long lost) {
	}

	/**
	 * Firms that held {@code from} at the end of the previous year and gained {@code to}
	 * during the year.
	 *
	 * @param from the lower tier code
	 * @param fromName the lower tier name
	 * @param to the next tier code
	 * @param toName the next tier name
	 * @param base firms holding {@code from} at the end of the previous year
	 * @param moved firms of the base that gained {@code to} during the year
	 * @param rate moved / base, or null when the base is empty
	 * @param firms the firms that moved, at most {@link #FIRM_LIMIT}, by credit code
	 */
	public record Transition(String from, LocalizedText fromName, String to, LocalizedText toName, long base,
			long moved, Double rate, List<Firm> firms) {

		public Transition {
			firms = List.copyOf(firms);
		}

		/** The rate as a percentage rounded to one decimal, or null. */
		public Double ratePercent() {
			return (this.rate != null) ? Math.round(this.rate * 1000) / 10.0 : null;
		}

	}

	/**
	 * A firm that moved up the ladder.
	 *
	 * @param uscc the credit code
	 * @param name the name
	 */
	public record Firm(String uscc, String name) {
	}

}
