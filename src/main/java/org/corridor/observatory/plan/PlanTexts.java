package org.corridor.observatory.plan;

/**
 * The files of the pack that a plan adjustment (规划调整) may change, as text: the indicators
 * ({@code indicators.yaml}), the rules between figures ({@code rules.yaml}) and the
 * targets decomposed to zones ({@code decomposition.yaml}). A version of the plan is the
 * pack with its own three texts; an empty text is a pack without that file.
 *
 * @param indicators the text of {@code indicators.yaml}
 * @param rules the text of {@code rules.yaml}
 * @param decomposition the text of {@code decomposition.yaml}
 */
public record PlanTexts(String indicators, String rules, String decomposition) {

	public PlanTexts {
		if (indicators == null || rules == null || decomposition == null) {
			throw new IllegalArgumentException("every text is given, empty for a file the pack does not have");
		}
	}

	public PlanTexts withIndicators(String text) {
		return new PlanTexts(text, this.rules, this.decomposition);
	}

	public PlanTexts withRules(String text) {
		return new PlanTexts(this.indicators, text, this.decomposition);
	}

	public PlanTexts withDecomposition(String text) {
		return new PlanTexts(this.indicators, this.rules, text);
	}

}
