package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Whether the targets decomposed to the parts add up to the plan's target for one
 * indicator and year (分解加总校验).
 *
 * @param indicator the indicator code
 * @param year the target year
 * @param outcome what the check found
 * @param whole the plan's target (a bound of a band is checked on its own)
 * @param sum the sum of the parts' targets, or null when not summed
 * @param given how many parts have a target
 * @param parts how many parts there are
 * @param missing the parts without a target
 */
public record SumCheck(String indicator, int year, Outcome outcome, BigDecimal whole, BigDecimal sum, int given,
		int parts, List<String> missing) {

	public SumCheck {
		missing = List.copyOf(missing);
	}

	/** What a sum check can find. */
	public enum Outcome {

		/** Every part has a target and they sum to the whole within the tolerance. */
		ADDS_UP,

		/** Every part has a target and they do not sum to the whole: refused. */
		MISMATCH,

		/** Some parts have no target yet: flagged, not refused. */
		PARTIAL,

		/** The indicator does not add up across zones (a share, a ratio): not summed. */
		NOT_ADDITIVE

	}

	/** Whether a decomposition with this result is refused. */
	public boolean refused() {
		return this.outcome == Outcome.MISMATCH;
	}

	public String zh() {
		return zh(Function.identity());
	}

	public String en() {
		return en(Function.identity());
	}

	/** In Chinese, the parts not yet decomposed to named by {@code zoneName}. */
	public String zh(Function<String, String> zoneName) {
		return switch (this.outcome) {
			case ADDS_UP -> this.year + " 年分解目标合计 " + plain(this.sum) + ",与全域目标 " + plain(this.whole) + " 相符";
			case MISMATCH -> this.year + " 年分解目标合计 " + plain(this.sum) + " 与全域目标 " + plain(this.whole) + " 相差 "
					+ plain(this.sum.subtract(this.whole)) + ",超出允许误差 1%";
			case PARTIAL ->
				this.year + " 年只分解到 " + this.given + "/" + this.parts + " 个区,合计 " + plain(this.sum) + ",全域目标 "
						+ plain(this.whole) + ";未分解:" + String.join("、", this.missing.stream().map(zoneName).toList());
			case NOT_ADDITIVE -> this.year + " 年指标不可加(比重、比率等),不做加总校验";
		};
	}

	/** In English, the parts not yet decomposed to named by {@code zoneName}. */
	public String en(Function<String, String> zoneName) {
		return switch (this.outcome) {
			case ADDS_UP -> this.year + ": the zone targets sum to " + plain(this.sum) + ", matching the corridor's "
					+ plain(this.whole);
			case MISMATCH -> this.year + ": the zone targets sum to " + plain(this.sum) + " against the corridor's "
					+ plain(this.whole) + ", off by " + plain(this.sum.subtract(this.whole))
					+ ", beyond the 1 % tolerance";
			case PARTIAL -> this.year + ": decomposed to " + this.given + " of " + this.parts
					+ " parts only, summing to " + plain(this.sum) + " of the corridor's " + plain(this.whole)
					+ "; not yet: " + String.join(", ", this.missing.stream().map(zoneName).toList());
			case NOT_ADDITIVE ->
				this.year + ": the indicator does not add up across zones (a share or ratio), not summed";
		};
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
