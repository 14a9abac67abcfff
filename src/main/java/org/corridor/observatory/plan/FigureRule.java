package org.corridor.observatory.plan;

import java.math.BigDecimal;

/**
 * A rule between figures (校验规则), written as data: the left side compared with the right
 * by an operator, for every year that has figures on both sides, with a severity. For
 * example "the districts' sum ≈ the corridor within 2 %".
 *
 * @param code the rule's code
 * @param name what it checks, in both languages
 * @param left the left side
 * @param operator how the sides compare
 * @param right the right side
 * @param tolerancePercent the tolerance of ≈, in percent of the right side (zero
 * otherwise)
 * @param severity what breaking it does
 * @param enabled whether it is checked
 */
public record FigureRule(String code, LocalizedText name, Side left, RuleOperator operator, Side right,
		BigDecimal tolerancePercent, Severity severity, boolean enabled) {

	public FigureRule {
		if (code == null || name == null || left == null || operator == null || right == null || severity == null) {
			throw new IllegalArgumentException("a rule needs a code, a name, two sides, an operator and a severity");
		}
		if (tolerancePercent == null) {
			tolerancePercent = BigDecimal.ZERO;
		}
	}

	/** The rule as one line: left, operator, right, tolerance. */
	public String formula() {
		String tolerance = (this.operator == RuleOperator.APPROX)
				? " (±" + this.tolerancePercent.stripTrailingZeros().toPlainString() + "%)" : "";
		return this.left + " " + this.operator.zh() + " " + this.right + tolerance;
	}

	/**
	 * One side of a rule: an indicator's figure over a set of zones, in the year checked
	 * or a year before or after it.
	 *
	 * @param indicator the indicator code
	 * @param zones the zones read (summed when more than one)
	 * @param yearOffset added to the year checked: 0 for the same year, −1 for the year
	 * before
	 */
	public record Side(String indicator, ZoneSet zones, int yearOffset) {

		public Side {
			if (indicator == null || zones == null) {
				throw new IllegalArgumentException("a side needs an indicator and zones");
			}
		}

		@Override
		public String toString() {
			String year = (this.yearOffset == 0) ? ""
					: "[year" + ((this.yearOffset > 0) ? "+" : "") + this.yearOffset + "]";
			return this.indicator + "@" + this.zones + year;
		}

	}

}
