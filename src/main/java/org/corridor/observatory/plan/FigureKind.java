package org.corridor.observatory.plan;

/**
 * What an indicator's figures may be (数值约束): their kind, whether the indicator is a
 * running total (累计) that cannot fall from one year to the next, and whether a figure may
 * be negative (a loss, a fall) though its kind is not.
 *
 * @param kind the kind of number
 * @param cumulative whether it is a running total
 * @param negativeAllowed whether a negative figure is allowed although its kind would
 * refuse it
 */
public record FigureKind(ValueKind kind, boolean cumulative, boolean negativeAllowed) {

	public FigureKind {
		if (kind == null) {
			throw new IllegalArgumentException("a figure kind needs a kind");
		}
	}

	/**
	 * The kind a unit implies, not cumulative, no negatives for counts, shares, money.
	 */
	public static FigureKind fromUnit(LocalizedText unit) {
		return new FigureKind(ValueKind.fromUnit(unit), false, false);
	}

	/** Whether a figure must not be negative. */
	public boolean nonNegative() {
		return this.kind != ValueKind.QUANTITY && !this.negativeAllowed;
	}

}
