package org.corridor.observatory.foresight;

import java.util.List;
import java.util.Locale;

import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.ValueKind;

/**
 * The inverse question (所需增速): what yearly growth an indicator needs from its latest
 * figure V (year t) to reach the next target T still ahead (year Y), against the pace it
 * has kept so far, from its first figure V0 (year t0) to V.
 * <ul>
 * <li>{@link Basis#COMPOUND} for levels (money, counts, other quantities) when V0, V and
 * T are all above zero: needed r = (T/V)^(1/(Y − t)) − 1, so far g = (V/V0)^(1/(t − t0))
 * − 1.</li>
 * <li>{@link Basis#POINTS} for shares (%): needed (T − V)/(Y − t) percentage points a
 * year, so far (V − V0)/(t − t0).</li>
 * <li>{@link Basis#ADDITIONS} for running totals (累计): needed (T − V)/(Y − t) added a
 * year, so far (V − V0)/(t − t0).</li>
 * <li>{@link Basis#LINEAR} for a level when V0, V or T is zero or below, where a growth
 * rate means nothing: the yearly change in the unit, as for shares.</li>
 * </ul>
 * The pace is needed ÷ so far, when both go the way the target asks (a fall for an
 * indicator whose target lies below it): at most 1 the pace so far suffices
 * ({@link Verdict#ON_PACE}), above it the indicator must speed up
 * ({@link Verdict#BEHIND}); having stood still or moved the other way is
 * {@link Verdict#WRONG_WAY}. A band (区间) is aimed at its nearer end (its lower end for
 * "higher", upper for "lower"). A target already met, a target year passed, a zone
 * without targets of its own and a series of fewer than two figures are each said plainly
 * instead.
 *
 * @param indicatorCode the indicator
 * @param zoneCode the zone
 * @param verdict what it comes to
 * @param basis how the growth is measured, or null when it is not
 * @param firstYear t0, or null
 * @param first V0, or null
 * @param latestYear t, or null without figures
 * @param latest V, or null
 * @param target the target aimed at (the next ahead; the last one when all have passed),
 * or null
 * @param targetValue T, the value aimed at, or null
 * @param required the yearly growth needed (a rate for compound, else in the unit), or
 * null
 * @param achieved the yearly growth so far, in the same terms, or null
 * @param pace needed ÷ so far, or null when it means nothing
 * @param forecast the forecast value in the target's year (the chosen method), or null
 * @param probability the forecast's probability of meeting the target, or null
 * @param text the verdict in plain words
 * @param demo whether any figure used is demo data
 * @param unpublished whether any figure used is not yet published
 */
public record RequiredGrowth(String indicatorCode, String zoneCode, Verdict verdict, Basis basis, Integer firstYear,
		Double first, Integer latestYear, Double latest, Target target, Double targetValue, Double required,
		Double achieved, Double pace, Double forecast, Double probability, LocalizedText text, boolean demo,
		boolean unpublished) {

	/**
	 * What an indicator is, as far as the growth it needs is concerned.
	 *
	 * @param kind the kind of number
	 * @param cumulative whether it is a running total
	 * @param direction which way is better
	 * @param unit its unit
	 */
	public record Shape(ValueKind kind, boolean cumulative, Direction direction, LocalizedText unit) {
	}

	/**
	 * The growth an indicator needs.
	 * @param code the indicator
	 * @param zone the zone
	 * @param shape what the indicator is
	 * @param years the figures' years, ascending
	 * @param values the figures
	 * @param targets the zone's targets, in year order (none: the zone has no target)
	 * @param milestones the forecast's milestones (the chosen method's), possibly empty
	 * @param tolerance the tolerance of "about" (≈) targets
	 * @param demo whether any figure is demo data
	 * @param unpublished whether any figure is not yet published
	 */
	public static RequiredGrowth assess(String code, String zone, Shape shape, int[] years, double[] values,
			List<Target> targets, List<MilestoneForecast> milestones, double tolerance, boolean demo,
			boolean unpublished) {
		Builder b = new Builder(code, zone, demo, unpublished);
		int n = years.length;
		if (n > 0) {
			b.firstYear = years[0];
			b.first = values[0];
			b.latestYear = years[n - 1];
			b.latest = values[n - 1];
		}
		if (targets.isEmpty()) {
			return b.build(Verdict.NO_TARGET, "该区域没有本级目标，无从计算所需增速",
					"the zone has no target of its own: no growth to require");
		}
		int now = (n > 0) ? years[n - 1] : Integer.MIN_VALUE;
		Target ahead = targets.stream().filter((t) -> t.year() > now).findFirst().orElse(null);
		if (n < 2) {
			b.target = (ahead != null) ? ahead : targets.get(targets.size() - 1);
			return b.build(Verdict.CANNOT_ASSESS, "数据少于 2 个，无法评估", "fewer than 2 figures: cannot assess");
		}
		double v = values[n - 1];
		if (ahead == null) {
			Target last = targets.get(targets.size() - 1);
			b.target = last;
			double settled = v;
			for (int i = 0; i < n; i++) {
				if (years[i] == last.year()) {
					settled = values[i];
				}
			}
			b.targetValue = aim(last, shape.direction(), settled);
			boolean met = Forecaster.meets(last, shape.direction(), settled, tolerance);
			return b.build(Verdict.PASSED,
					"目标年 " + last.year() + " 已过（目标 " + last.describe() + "，实际 " + number(settled) + "）："
							+ (met ? "已达成" : "未达成"),
					"the target year " + last.year() + " has passed (target " + last.describe() + ", actual "
							+ number(settled) + "): " + (met ? "met" : "missed"));
		}
		b.target = ahead;
		double goal = aim(ahead, shape.direction(), v);
		b.targetValue = goal;
		milestones.stream().filter((m) -> m.year() == ahead.year()).findFirst().ifPresent((m) -> {
			b.forecast = m.value();
			b.probability = m.probability();
		});
		if (Forecaster.meets(ahead, shape.direction(), v, tolerance)) {
			return b.build(Verdict.MET,
					"已达到 " + ahead.year() + " 年目标（" + ahead.describe() + "，" + b.latestYear + " 年为 " + number(v) + "）"
							+ (shape.cumulative() ? "" : "，保持即可"),
					"already meets the " + ahead.year() + " target (" + ahead.describe() + "; " + number(v) + " in "
							+ b.latestYear + ")" + (shape.cumulative() ? "" : ": holding it suffices"));
		}
		double v0 = values[0];
		int span = years[n - 1] - years[0];
		int left = ahead.year() - years[n - 1];
		Basis basis = basis(shape, v0, v, goal);
		b.basis = basis;
		if (basis == Basis.COMPOUND) {
			b.required = Math.pow(goal / v, 1.0 / left) - 1;
			b.achieved = Math.pow(v / v0, 1.0 / span) - 1;
		}
		else {
			b.required = (goal - v) / left;
			b.achieved = (v - v0) / span;
		}
		double need = b.required;
		double had = b.achieved;
		boolean rising = need >= 0;
		String by = " until " + ahead.year();
		String needZh = "到 " + ahead.year() + " 年需" + describeZh(basis, need, shape.unit());
		String needEn = "needs " + describeEn(basis, need, shape.unit(), true) + by;
		String hadZh = "此前" + describeZh(basis, had, shape.unit());
		String hadEn = "has " + describeEn(basis, had, shape.unit(), false) + " so far";
		if (had == 0 || (had > 0) != rising) {
			return b.build(Verdict.WRONG_WAY, needZh + "，" + hadZh + "：方向不对",
					needEn + ", " + hadEn + ": the wrong way");
		}
		b.pace = need / had;
		String pace = String.format(Locale.ROOT, "%.1f", b.pace);
		if (b.pace <= 1) {
			return b.build(Verdict.ON_PACE, needZh + "，" + hadZh + "：为此前速度的 " + pace + " 倍，保持现有速度即可",
					needEn + ", " + hadEn + ": " + pace + "× the pace so far, which suffices");
		}
		return b.build(Verdict.BEHIND, needZh + "，" + hadZh + "：为此前速度的 " + pace + " 倍",
				needEn + ", " + hadEn + ": " + pace + "× the pace so far");
	}

	/** How the growth of an indicator from V0 over V to T is measured. */
	static Basis basis(Shape shape, double v0, double v, double goal) {
		if (shape.cumulative()) {
			return Basis.ADDITIONS;
		}
		if (shape.kind() == ValueKind.SHARE) {
			return Basis.POINTS;
		}
		return (v0 > 0 && v > 0 && goal > 0) ? Basis.COMPOUND : Basis.LINEAR;
	}

	/** The value a target asks for: its value, or the nearer end of a band. */
	static double aim(Target target, Direction direction, double latest) {
		double value = target.value().doubleValue();
		if (target.comparator() != Comparator.BETWEEN) {
			return value;
		}
		double upper = target.upper().doubleValue();
		return switch (direction) {
			case HIGHER -> value;
			case LOWER -> upper;
			case RANGE -> (latest < value) ? value : upper;
		};
	}

	private static String describeZh(Basis basis, double rate, LocalizedText unit) {
		boolean up = rate >= 0;
		double size = Math.abs(rate);
		return switch (basis) {
			case COMPOUND -> "年均" + (up ? "增长 " : "下降 ") + percent(size);
			case POINTS -> "每年" + (up ? "提高 " : "降低 ") + number(size) + " 个百分点";
			case ADDITIONS -> "每年" + (up ? "新增 " : "减少 ") + number(size) + " " + unitZh(unit);
			case LINEAR -> "每年" + (up ? "增加 " : "减少 ") + number(size) + " " + unitZh(unit);
		};
	}

	private static String describeEn(Basis basis, double rate, LocalizedText unit, boolean needed) {
		boolean up = rate >= 0;
		double size = Math.abs(rate);
		String grow = needed ? (up ? "to grow " : "to fall ") : (up ? "grown " : "fallen ");
		String add = needed ? (up ? "to add " : "to lose ") : (up ? "added " : "lost ");
		return switch (basis) {
			case COMPOUND -> grow + percent(size) + " a year";
			case POINTS -> grow + number(size) + " percentage points a year";
			case ADDITIONS, LINEAR -> add + number(size) + " " + unitEn(unit) + " a year";
		};
	}

	private static String unitZh(LocalizedText unit) {
		return (unit != null) ? unit.zh() : "";
	}

	private static String unitEn(LocalizedText unit) {
		return (unit != null) ? unit.en() : "";
	}

	/** A rate as a percentage with one decimal: 0.1225 → "12.3 %". */
	static String percent(double rate) {
		return String.format(Locale.ROOT, "%.1f %%", rate * 100);
	}

	/**
	 * A number in words: whole with thousands separators from 100 on, two decimals from
	 * 0.1, four below.
	 */
	static String number(double value) {
		double size = Math.abs(value);
		String pattern = (size >= 100) ? "%,.0f" : (size >= 0.1 || size == 0) ? "%.2f" : "%.4f";
		return String.format(Locale.ROOT, pattern, value);
	}

	/** How the growth is measured. */
	public enum Basis {

		/** A compound yearly rate (年均增速). */
		COMPOUND,

		/** Percentage points a year, for shares. */
		POINTS,

		/** Additions a year, for running totals. */
		ADDITIONS,

		/** The yearly change in the unit, for a level at or below zero. */
		LINEAR

	}

	/** What the growth needed comes to. */
	public enum Verdict {

		/** The pace so far suffices. */
		ON_PACE,

		/** It must grow faster than so far. */
		BEHIND,

		/** It has stood still or moved away from the target. */
		WRONG_WAY,

		/** The latest figure already meets the next target. */
		MET,

		/** Every target year has passed. */
		PASSED,

		/** The zone has no target of its own. */
		NO_TARGET,

		/** Fewer than two figures. */
		CANNOT_ASSESS,

		/** A figure stated once (the plan's scope), not a series. */
		NOT_A_SERIES

	}

	private static final class Builder {

		private final String code;

		private final String zone;

		private final boolean demo;

		private final boolean unpublished;

		private Basis basis;

		private Integer firstYear;

		private Double first;

		private Integer latestYear;

		private Double latest;

		private Target target;

		private Double targetValue;

		private Double required;

		private Double achieved;

		private Double pace;

		private Double forecast;

		private Double probability;

		Builder(String code, String zone, boolean demo, boolean unpublished) {
			this.code = code;
			this.zone = zone;
			this.demo = demo;
			this.unpublished = unpublished;
		}

		RequiredGrowth build(Verdict verdict, String zh, String en) {
			return new RequiredGrowth(this.code, this.zone, verdict, this.basis, this.firstYear, this.first,
					this.latestYear, this.latest, this.target, this.targetValue, this.required, this.achieved,
					this.pace, this.forecast, this.probability, LocalizedText.of(zh, en), this.demo, this.unpublished);
		}

	}

}
