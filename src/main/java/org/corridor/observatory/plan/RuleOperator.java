package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the two sides of a rule between figures compare: ≤, ≥, =, or ≈ within a tolerance
 * given in percent of the right side.
 */
public enum RuleOperator implements HasLabel {

	LE("≤", "≤"), GE("≥", "≥"), EQ("=", "="), APPROX("≈", "≈");

	private final LocalizedText label;

	RuleOperator(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	public static RuleOperator parse(String text) {
		String key = text.strip();
		for (RuleOperator operator : values()) {
			if (operator.label.zh().equals(key) || operator.name().equalsIgnoreCase(key)) {
				return operator;
			}
		}
		return switch (key) {
			case "<=" -> LE;
			case ">=" -> GE;
			case "==" -> EQ;
			case "~", "~=" -> APPROX;
			default -> throw new IllegalArgumentException("unknown operator: " + text);
		};
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether {@code left} and {@code right} satisfy this operator; the tolerance
	 * (percent of |right|) applies to ≈ only.
	 */
	public boolean holds(BigDecimal left, BigDecimal right, BigDecimal tolerancePercent) {
		return switch (this) {
			case LE -> left.compareTo(right) <= 0;
			case GE -> left.compareTo(right) >= 0;
			case EQ -> left.compareTo(right) == 0;
			case APPROX -> {
				BigDecimal allowed = right.abs()
					.multiply((tolerancePercent != null) ? tolerancePercent : BigDecimal.ZERO)
					.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
				yield left.subtract(right).abs().compareTo(allowed) <= 0;
			}
		};
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

}
