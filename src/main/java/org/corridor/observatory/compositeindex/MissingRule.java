package org.corridor.observatory.compositeindex;

import org.corridor.observatory.plan.LocalizedText;

/**
 * What a missing figure does to a score (缺失值规则). In every rule an indicator without a
 * single figure in the table, and a pillar without any indicator that has one, is left
 * out for everyone and the other weights are rescaled.
 */
public enum MissingRule implements Choice {

	/**
	 * The missing indicator is left out of that zone's score and the other weights
	 * rescaled.
	 */
	REWEIGHT(LocalizedText.of("缺项按其余权重重新分配", "Left out, the other weights rescaled")),

	/** The missing figure counts as the lowest score the indicator has in the table. */
	LOWEST(LocalizedText.of("缺项按最低分计", "Counted as the lowest score")),

	/** A zone and year missing any figure is not scored. */
	SKIP(LocalizedText.of("缺项则不计分", "Not scored"));

	private final LocalizedText label;

	MissingRule(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

	/**
	 * The value a word of the pack or a request names; null for null or blank.
	 * @throws IllegalArgumentException for any other word
	 */
	public static MissingRule parse(String key) {
		return Choice.parse(MissingRule.class, key);
	}

}
