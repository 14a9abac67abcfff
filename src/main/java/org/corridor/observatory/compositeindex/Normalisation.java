package org.corridor.observatory.compositeindex;

import org.corridor.observatory.plan.LocalizedText;

/**
 * How an indicator's figures become comparable scores (标准化). Min–max and z-score are
 * taken over all zones and years of the table together, so that a score moves only when
 * the figure does.
 */
public enum Normalisation implements Choice {

	/** 100 · (x − min) / (max − min); 100 for all when every figure is equal. */
	MIN_MAX(LocalizedText.of("极差标准化", "Min–max")),

	/** (x − mean) / standard deviation (of the population); 0 when all are equal. */
	Z_SCORE(LocalizedText.of("Z分数标准化", "Z-score")),

	/**
	 * 100 · x / target, at most 100 (a target met counts in full); without a target the
	 * figure counts as missing.
	 */
	DISTANCE_TO_TARGET(LocalizedText.of("目标距离法", "Distance to target"));

	private final LocalizedText label;

	Normalisation(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

	/**
	 * The value a word of the pack or a request names; null for null or blank.
	 * @throws IllegalArgumentException for any other word
	 */
	public static Normalisation parse(String key) {
		return Choice.parse(Normalisation.class, key);
	}

}
