package org.corridor.observatory.plan;

/** How a target value is stated in the plan: 超过, 不低于, 低于, 不高于, 等于, 约, 区间. */
public enum Comparator {

	GT(">"), GE("≥"), LT("<"), LE("≤"), EQ("="), APPROX("≈"), BETWEEN("∈");

	private final String symbol;

	Comparator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

}
