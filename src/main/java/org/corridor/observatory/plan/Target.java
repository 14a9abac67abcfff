package org.corridor.observatory.plan;

import java.math.BigDecimal;

/**
 * A target for one milestone year. For {@link Comparator#BETWEEN} {@code value} is the
 * lower bound and {@code upper} the upper bound; otherwise {@code upper} is null.
 *
 * @param year the year the target is due
 * @param comparator how the plan states it
 * @param value the target value (lower bound for a band)
 * @param upper the upper bound of a band, or null
 */
public record Target(int year, Comparator comparator, BigDecimal value, BigDecimal upper) {

	public Target {
		if (comparator == null || value == null) {
			throw new IllegalArgumentException("comparator and value are required");
		}
		if ((comparator == Comparator.BETWEEN) != (upper != null)) {
			throw new IllegalArgumentException("an upper bound goes with 'between' and only with it");
		}
	}

	/** Whether an actual value meets this target as stated. */
	public boolean isMetBy(BigDecimal actual, BigDecimal approxTolerance) {
		return switch (this.comparator) {
			case GT -> actual.compareTo(this.value) > 0;
			case GE -> actual.compareTo(this.value) >= 0;
			case LT -> actual.compareTo(this.value) < 0;
			case LE -> actual.compareTo(this.value) <= 0;
			case EQ -> actual.compareTo(this.value) == 0;
			case APPROX -> actual.subtract(this.value).abs().compareTo(this.value.abs().multiply(approxTolerance)) <= 0;
			case BETWEEN -> actual.compareTo(this.value) >= 0 && actual.compareTo(this.upper) <= 0;
		};
	}

	public String describe() {
		if (this.comparator == Comparator.BETWEEN) {
			return this.value.toPlainString() + "–" + this.upper.toPlainString();
		}
		return this.comparator.symbol() + " " + this.value.toPlainString();
	}

}
