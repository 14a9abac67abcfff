package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

import org.corridor.observatory.plan.FigureRule;
import org.corridor.observatory.plan.Severity;

/**
 * A rule between figures found broken (校验发现): for a zone (the zone checked in turn, or
 * the one zone a side names) and a year, with the two values compared.
 *
 * @param rule the rule
 * @param zone the zone the finding is for, or {@code -} when both sides sum over zones
 * @param year the year checked
 * @param left the left side's value
 * @param right the right side's value
 * @param figures the figures both sides read
 * @param acknowledged whether a warning was acknowledged for these values
 */
public record Finding(FigureRule rule, String zone, int year, BigDecimal left, BigDecimal right,
		Set<Figures.Key> figures, boolean acknowledged) {

	public Finding {
		figures = Set.copyOf(figures);
	}

	public Severity severity() {
		return this.rule.severity();
	}

	/** Left minus right. */
	public BigDecimal difference() {
		return this.left.subtract(this.right);
	}

	/**
	 * The difference in percent of the right side, or null when the right side is zero.
	 */
	public BigDecimal differencePercent() {
		if (this.right.signum() == 0) {
			return null;
		}
		return difference().multiply(BigDecimal.valueOf(100))
			.divide(this.right.abs(), MathContext.DECIMAL64)
			.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/** Whether the finding reads any figure in {@code keys}. */
	public boolean involvesAny(Set<Figures.Key> keys) {
		return this.figures.stream().anyMatch(keys::contains);
	}

	/** Whether the finding reads a figure of {@code zone}. */
	public boolean involvesZone(String zone) {
		return zone.equals(this.zone) || this.figures.stream().anyMatch((key) -> key.zone().equals(zone));
	}

	public Finding acknowledge() {
		return new Finding(this.rule, this.zone, this.year, this.left, this.right, this.figures, true);
	}

	/** Whether it blocks a submission: an error, or a warning not yet acknowledged. */
	public boolean blocks() {
		return this.rule.severity() == Severity.ERROR || !this.acknowledged;
	}

	/** The finding in one line, in both languages. */
	public String describeZh() {
		return "规则 " + this.rule.code() + "（" + this.rule.name().zh() + "，" + this.rule.severity().zh() + "）："
				+ this.year + " 年 " + this.zone + " 左侧 " + plain(this.left) + " " + this.rule.operator().zh() + " 右侧 "
				+ plain(this.right) + " 不成立，差 " + plain(difference()) + percent();
	}

	public String describeEn() {
		return "rule " + this.rule.code() + " (" + this.rule.name().en() + ", " + this.rule.severity().en() + "): in "
				+ this.year + " for " + this.zone + " left " + plain(this.left) + " " + this.rule.operator().en()
				+ " right " + plain(this.right) + " does not hold, difference " + plain(difference()) + percent();
	}

	private String percent() {
		BigDecimal percent = differencePercent();
		return (percent == null) ? "" : " (" + percent.toPlainString() + "%)";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
