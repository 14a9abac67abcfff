package org.corridor.observatory.compositeindex;

import org.corridor.observatory.plan.LocalizedText;

/**
 * How scores are combined (加总方法), the indicators into a pillar and the pillars into the
 * index, with weights that sum to one over what is present.
 */
public enum Aggregation implements Choice {

	/** Σ w·s: a strength may make up for a weakness. */
	ARITHMETIC(LocalizedText.of("算术加权", "Arithmetic")),

	/**
	 * Π (s + c)^w − c, with c = 1 − min(0, the lowest score of the table), so every
	 * factor is at least 1: a weakness is made up for less.
	 */
	GEOMETRIC(LocalizedText.of("几何加权", "Geometric"));

	private final LocalizedText label;

	Aggregation(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

	/**
	 * The value a word of the pack or a request names; null for null or blank.
	 * @throws IllegalArgumentException for any other word
	 */
	public static Aggregation parse(String key) {
		return Choice.parse(Aggregation.class, key);
	}

}
