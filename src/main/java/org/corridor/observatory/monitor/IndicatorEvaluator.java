package org.corridor.observatory.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.corridor.observatory.monitor.IndicatorEvaluation.BaselineOrigin;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.plan.Target;

/**
 * Evaluates one indicator in one year against the plan (指标评估). With the baseline B in the
 * base year t0, the target T due in t1 and the figure A of the year t evaluated:
 * <ul>
 * <li>completion C = (A − B)/(T − B), which works either way: a decreasing indicator has
 * T &lt; B;</li>
 * <li>time progress τ = (t − t0)/(t1 − t0) and performance ratio R = C/τ;</li>
 * <li>the growth rate observed from B to A, the rate still required from A to T, and the
 * value projected for t1 on the least-squares line through every figure from t0 to t (the
 * baseline included).</li>
 * </ul>
 * A figure that meets the target as stated is {@link Status#ACHIEVED}, whenever it is
 * reached; otherwise R is placed in the {@link EvaluationBands}. A binding indicator that
 * falls short of time progress at all (C &lt; τ) is at least {@link Status#LAGGING} and
 * flagged.
 * <p>
 * Edge cases, each recorded in the working:
 * <ul>
 * <li>The target is the first due in or after t, or the last one when t is after every
 * target. For a band (区间) T is the bound moved towards: the lower one for an indicator
 * where higher is better, the upper one where lower is better, the nearer one for a range
 * indicator.</li>
 * <li>The baseline is the plan's, else the figure of the plan's base year. Without one,
 * nothing relative to it is computed and the status is {@link Status#NO_DATA} unless the
 * target is met.</li>
 * <li>T = B leaves no distance to cover: C is 1 if the target is met, else 0.</li>
 * <li>No figure for t, or t not after t0, is {@link Status#NO_DATA} unless the target is
 * met. After t1 the whole time has been used, so τ is capped at 1; from t1 on nothing is
 * projected and no growth is required.</li>
 * <li>Growth rates are undefined when a value they start or end at is zero or negative;
 * the projection does not need them.</li>
 * <li>A fixed figure (reported once, or "about" a value on a range indicator, such as an
 * area) has no time path: it is achieved or off track, and its latest figure up to t
 * stands.</li>
 * </ul>
 * A zone is judged against its own targets and baseline where they were decomposed to it
 * ({@link TargetBasis}); a zone without targets of its own gets no status against the
 * corridor's ({@link Status#NO_TARGET}) and is shown by its contribution instead.
 * <p>
 * Figures are worked in decimal arithmetic so that a ratio landing exactly on a band
 * falls in it; growth rates and the projection are worked in floating point.
 */
public class IndicatorEvaluator {

	private static final MathContext MATH = MathContext.DECIMAL64;

	/** Why a zone without targets of its own has no status. */
	public static final String NO_ZONE_TARGET = "本区未分解目标，按贡献显示 / no target decomposed to this zone; shown by contribution";

	private final EvaluationBands bands;

	private final BigDecimal tolerance;

	private final BigDecimal onTrack;

	private final BigDecimal lagging;

	public IndicatorEvaluator(EvaluationBands bands) {
		this.bands = bands;
		this.tolerance = BigDecimal.valueOf(bands.approxTolerance());
		this.onTrack = BigDecimal.valueOf(bands.onTrack());
		this.lagging = BigDecimal.valueOf(bands.lagging());
	}

	public EvaluationBands bands() {
		return this.bands;
	}

	/**
	 * Evaluates {@code indicator} in {@code year}.
	 * @param indicator the indicator
	 * @param header the plan's header, for its base year
	 * @param series the indicator's annual figures for one zone, in any order
	 * @param year the year to evaluate (t)
	 * @return the evaluation with its working
	 */
	public IndicatorEvaluation evaluate(Indicator indicator, PlanHeader header, List<YearValue> series, int year) {
		return evaluate(indicator, header, series, year, TargetBasis.plan(indicator));
	}

	/**
	 * Evaluates {@code indicator} in {@code year} for a zone against {@code basis}: the
	 * plan's targets, the zone's own, or none (status {@link Status#NO_TARGET}).
	 */
	public IndicatorEvaluation evaluate(Indicator indicator, PlanHeader header, List<YearValue> series, int year,
			TargetBasis basis) {
		return new Run(indicator, basis, header, series, year).evaluate();
	}

	/**
	 * Evaluates {@code indicator} in every year from {@code fromYear} to {@code toYear}.
	 */
	public List<IndicatorEvaluation> history(Indicator indicator, PlanHeader header, List<YearValue> series,
			int fromYear, int toYear) {
		return history(indicator, header, series, fromYear, toYear, TargetBasis.plan(indicator));
	}

	/**
	 * As {@link #history(Indicator, PlanHeader, List, int, int)}, against {@code basis}.
	 */
	public List<IndicatorEvaluation> history(Indicator indicator, PlanHeader header, List<YearValue> series,
			int fromYear, int toYear, TargetBasis basis) {
		List<IndicatorEvaluation> history = new ArrayList<>();
		for (int year = fromYear; year <= toYear; year++) {
			history.add(evaluate(indicator, header, series, year, basis));
		}
		return history;
	}

	/**
	 * Formats a figure for the working: at most 4 decimals, more only to show a tiny one.
	 */
	static String format(BigDecimal value) {
		BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP);
		if (rounded.signum() == 0 && value.signum() != 0) {
			rounded = value.round(new MathContext(4, RoundingMode.HALF_UP));
		}
		String text = (rounded.signum() == 0) ? "0" : rounded.stripTrailingZeros().toPlainString();
		return text.replace('-', '−');
	}

	static String format(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		return format(BigDecimal.valueOf(value));
	}

	/** A figure as a term of an expression: negatives in brackets, so "8 − (−2)". */
	private static String term(BigDecimal value) {
		return (value.signum() < 0) ? "(" + format(value) + ")" : format(value);
	}

	private static String term(double value) {
		return (value < 0) ? "(" + format(value) + ")" : format(value);
	}

	private static Double toDouble(BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

	private static String yesNo(boolean yes) {
		return yes ? "是 / yes" : "否 / no";
	}

	private static String rule(Status status) {
		return " → " + status.zh() + " / " + status.en();
	}

	private record Base(int year, BigDecimal value, BaselineOrigin origin) {
	}

	private record Point(int year, double value) {
	}

	/** One evaluation in progress: its figures, results so far and working. */
	private final class Run {

		private final Indicator indicator;

		private final TargetBasis basis;

		private final PlanHeader header;

		private final NavigableMap<Integer, YearValue> figures = new TreeMap<>();

		private final int year;

		private final List<Step> working = new ArrayList<>();

		private boolean demo;

		private boolean unpublished;

		private Target target;

		private YearValue actual;

		private Base baseline;

		private BigDecimal targetValue;

		private BigDecimal completion;

		private BigDecimal timeProgress;

		private BigDecimal ratio;

		private Double observedCagr;

		private Double requiredCagr;

		private Double projection;

		private Boolean projectedToMeet;

		private Status status;

		private boolean bindingShortfall;

		private String reason;

		Run(Indicator indicator, TargetBasis basis, PlanHeader header, List<YearValue> series, int year) {
			this.indicator = indicator;
			this.basis = basis;
			this.header = header;
			this.year = year;
			// A year given twice is a correction: the later figure in the list wins.
			for (YearValue figure : series) {
				this.figures.put(figure.year(), figure);
			}
		}

		IndicatorEvaluation evaluate() {
			this.target = findTarget();
			this.actual = findActual();
			this.baseline = findBaseline();
			if (this.target != null) {
				this.targetValue = completionTarget();
			}
			writeInputs();
			judge();
			return new IndicatorEvaluation(this.indicator.code().value(), this.year,
					(this.actual != null) ? this.actual.value().doubleValue() : null,
					(this.baseline != null) ? this.baseline.value().doubleValue() : null,
					(this.baseline != null) ? this.baseline.year() : null,
					(this.baseline != null) ? this.baseline.origin() : null, this.target, toDouble(this.targetValue),
					toDouble(this.completion), toDouble(this.timeProgress), toDouble(this.ratio), this.observedCagr,
					this.requiredCagr, this.projection, this.projectedToMeet, this.status, this.bindingShortfall,
					this.demo, this.unpublished, this.reason, this.working);
		}

		private Target findTarget() {
			List<Target> targets = this.basis.targets();
			if (targets.isEmpty()) {
				return null;
			}
			return targets.stream()
				.filter((target) -> target.year() >= this.year)
				.findFirst()
				.orElse(targets.get(targets.size() - 1));
		}

		private YearValue findActual() {
			if (isFixedFigure()) {
				// A figure reported once (an area, say) stands until it is restated.
				Map.Entry<Integer, YearValue> latest = this.figures.floorEntry(this.year);
				return (latest != null) ? use(latest.getValue()) : null;
			}
			return use(this.figures.get(this.year));
		}

		private Base findBaseline() {
			if (this.basis.baseline() != null) {
				return new Base(this.basis.baseline().year(), this.basis.baseline().value(),
						(this.basis.kind() == TargetBasis.Kind.PLAN) ? BaselineOrigin.PLAN : BaselineOrigin.DECOMPOSED);
			}
			YearValue observed = use(this.figures.get(this.header.baselineYear()));
			return (observed != null) ? new Base(observed.year(), observed.value(), BaselineOrigin.OBSERVED) : null;
		}

		/** Notes that a figure is used, so that demo data marks the result. */
		private YearValue use(YearValue figure) {
			if (figure != null && figure.unpublished()) {
				this.unpublished = true;
			}
			if (figure != null && figure.demo()) {
				this.demo = true;
			}
			return figure;
		}

		private boolean isFixedFigure() {
			return this.indicator.frequency() == Frequency.ONCE || (this.indicator.direction() == Direction.RANGE
					&& this.target != null && this.target.comparator() == Comparator.APPROX);
		}

		/**
		 * The value completion is measured towards: for a band, the bound moved towards.
		 */
		private BigDecimal completionTarget() {
			if (this.target.comparator() != Comparator.BETWEEN) {
				return this.target.value();
			}
			BigDecimal lower = this.target.value();
			BigDecimal upper = this.target.upper();
			return switch (this.indicator.direction()) {
				case HIGHER -> lower;
				case LOWER -> upper;
				case RANGE -> {
					BigDecimal from = (this.baseline != null) ? this.baseline.value()
							: (this.actual != null) ? this.actual.value() : lower;
					yield (from.subtract(upper).abs().compareTo(from.subtract(lower).abs()) < 0) ? upper : lower;
				}
			};
		}

		private String boundNote() {
			if (this.target.comparator() != Comparator.BETWEEN) {
				return "";
			}
			return switch (this.indicator.direction()) {
				case HIGHER -> ", 越大越好取下限 / higher is better: the lower bound";
				case LOWER -> ", 越小越好取上限 / lower is better: the upper bound";
				case RANGE -> (this.baseline != null) ? ", 取离基期值较近的一端 / the bound nearer the baseline"
						: ", 取离实际值较近的一端 / the bound nearer the actual";
			};
		}

		private void writeInputs() {
			if (this.actual != null) {
				String note = (this.actual.year() != this.year) ? ", 一次性指标沿用 / a fixed figure stands until restated"
						: "";
				step("实际值", "actual", "A = " + format(this.actual.value()) + " (" + this.actual.year() + note + ")",
						this.actual.value().doubleValue());
			}
			else {
				step("实际值", "actual", this.year + " 年无观测值 / no figure for " + this.year, null);
			}
			if (this.baseline != null) {
				String origin = switch (this.baseline.origin()) {
					case PLAN -> "规划给定 / stated by the plan";
					case DECOMPOSED -> "分解给定的本区基期值 / the zone's own, decomposed to it";
					case OBSERVED -> "基期年观测值 / observed in the base year";
				};
				step("基期值", "baseline",
						"B = " + format(this.baseline.value()) + " (" + this.baseline.year() + ", " + origin + ")",
						this.baseline.value().doubleValue());
			}
			else {
				int baseYear = this.header.baselineYear();
				step("基期值", "baseline", "规划未给出基期值," + baseYear
						+ " 年也无观测值 / the plan states none and there is no figure for " + baseYear, null);
			}
			if (this.target != null) {
				String last = (this.year > this.target.year()) ? ", 已过最后目标年 / after the last target" : "";
				String own = (this.basis.kind() == TargetBasis.Kind.ZONE) ? ", 分解到本区的目标 / decomposed to this zone" : "";
				step("目标值", "target", "T = " + format(this.targetValue) + " (" + this.target.year() + ": "
						+ this.target.describe() + boundNote() + own + last + ")", toDouble(this.targetValue));
			}
			else if (this.basis.kind() == TargetBasis.Kind.CONTRIBUTION) {
				step("目标值", "target", "本区未分解目标,不以全域目标评判 / no target decomposed to this zone;"
						+ " the corridor's target does not apply", null);
			}
			else {
				step("目标值", "target", "规划未给出目标 / the plan states no target", null);
			}
			step("评估年", "evaluation year", "t = " + this.year, (double) this.year);
			if (this.baseline != null) {
				step("基期年", "base year", "t0 = " + this.baseline.year(), (double) this.baseline.year());
			}
			if (this.target != null) {
				step("目标年", "target year", "t1 = " + this.target.year(), (double) this.target.year());
			}
		}

		private void judge() {
			if (this.basis.kind() == TargetBasis.Kind.CONTRIBUTION) {
				if (this.actual != null && this.baseline != null) {
					computeObservedCagr();
				}
				this.status = Status.NO_TARGET;
				this.reason = NO_ZONE_TARGET;
				step("状态", "status", this.reason + rule(Status.NO_TARGET), null);
				return;
			}
			if (this.target == null) {
				noData("无目标值", "no target");
				return;
			}
			if (this.actual == null) {
				noData("无 " + this.year + " 年观测值", "no observation for " + this.year);
				return;
			}
			boolean met = this.target.isMetBy(this.actual.value(), IndicatorEvaluator.this.tolerance);
			String check = check(this.actual.value());
			step("达标判定", "target check", check + " → " + yesNo(met), null);
			if (isFixedFigure()) {
				step("一次性指标", "fixed figure",
						"一次性填报或区间型约数目标:只看是否达标,不计时间进度 / reported once or 'about' a value on a range: met or not, no time path",
						null);
				setStatus(met ? Status.ACHIEVED : Status.OFF_TRACK, check);
				return;
			}
			if (this.baseline == null) {
				project();
				if (met) {
					setStatus(Status.ACHIEVED, check);
				}
				else {
					noData("无基期值", "no baseline");
				}
				return;
			}
			computeCompletion(met);
			computeTimeProgress();
			computeRatio();
			computeObservedCagr();
			computeRequiredCagr();
			project();
			if (met) {
				setStatus(Status.ACHIEVED, check);
			}
			else if (this.target.year() <= this.baseline.year()) {
				noData("目标年不晚于基期年", "target year not after base year");
			}
			else if (this.year <= this.baseline.year()) {
				noData("评估年不晚于基期年", "evaluation year not after base year");
			}
			else {
				placeInBands();
			}
		}

		/** The target stated as a test of {@code value}, e.g. "8200 > 10000". */
		private String check(BigDecimal value) {
			Target target = this.target;
			return switch (target.comparator()) {
				case APPROX -> {
					BigDecimal gap = value.subtract(target.value()).abs();
					BigDecimal allowed = target.value().abs().multiply(IndicatorEvaluator.this.tolerance);
					yield "|" + format(value) + " − " + term(target.value()) + "| = " + format(gap)
							+ ((gap.compareTo(allowed) <= 0) ? " ≤ " : " > ")
							+ format(IndicatorEvaluator.this.tolerance) + " × |" + format(target.value()) + "| = "
							+ format(allowed);
				}
				case BETWEEN -> format(target.value()) + " ≤ " + format(value) + " ≤ " + format(target.upper());
				default -> format(value) + " " + target.comparator().symbol() + " " + format(target.value());
			};
		}

		private void computeCompletion(boolean met) {
			BigDecimal a = this.actual.value();
			BigDecimal b = this.baseline.value();
			BigDecimal t = this.targetValue;
			BigDecimal distance = t.subtract(b);
			if (distance.signum() == 0) {
				this.completion = met ? BigDecimal.ONE : BigDecimal.ZERO;
				step("完成度", "completion",
						"T = B = " + format(b)
								+ ": 无需推进的距离,达标记 1,未达标记 0 / no distance to cover: 1 if the target is met, else 0",
						toDouble(this.completion));
				return;
			}
			this.completion = a.subtract(b).divide(distance, MATH);
			step("完成度", "completion",
					"C = (A − B)/(T − B) = (" + format(a) + " − " + term(b) + ")/(" + format(t) + " − " + term(b) + ")",
					toDouble(this.completion));
		}

		private void computeTimeProgress() {
			int t0 = this.baseline.year();
			int t1 = this.target.year();
			if (t1 <= t0) {
				step("时间进度", "time progress", "t1 = " + t1 + " ≤ t0 = " + t0
						+ ": 目标年不晚于基期年,无法计算 / the target year is not after the base year", null);
				return;
			}
			String formula = "τ = (t − t0)/(t1 − t0) = (" + this.year + " − " + t0 + ")/(" + t1 + " − " + t0 + ")";
			BigDecimal tau = BigDecimal.valueOf(this.year - t0).divide(BigDecimal.valueOf(t1 - t0), MATH);
			if (this.year > t1) {
				// The whole time allowed is spent: counting on would keep lowering R
				// for a shortfall that is already complete.
				step("时间进度", "time progress",
						formula + " = " + format(tau) + " > 1: 目标年已过,τ 取 1 / past the target year, τ is capped at 1",
						1.0);
				this.timeProgress = BigDecimal.ONE;
				return;
			}
			this.timeProgress = tau;
			step("时间进度", "time progress", formula, tau.doubleValue());
		}

		private void computeRatio() {
			if (this.timeProgress == null) {
				step("绩效比", "performance ratio", "τ 无法计算,R 不计算 / no τ, so no R", null);
			}
			else if (this.timeProgress.signum() <= 0) {
				step("绩效比", "performance ratio",
						"τ = " + format(this.timeProgress)
								+ " ≤ 0: 评估年不晚于基期年,R 不计算 / the evaluation year is not after the base year, so no R",
						null);
			}
			else {
				this.ratio = this.completion.divide(this.timeProgress, MATH);
				step("绩效比", "performance ratio", "R = C/τ = " + term(this.completion) + "/" + format(this.timeProgress),
						toDouble(this.ratio));
			}
		}

		private void computeObservedCagr() {
			BigDecimal a = this.actual.value();
			BigDecimal b = this.baseline.value();
			int years = this.year - this.baseline.year();
			String undefined = undefinedGrowth(years, b, "B", a, "A", "t ≤ t0: 尚无增长年份 / no years of growth yet");
			if (undefined != null) {
				step("观测年均增速", "observed CAGR", undefined, null);
				return;
			}
			this.observedCagr = Math.pow(a.doubleValue() / b.doubleValue(), 1.0 / years) - 1;
			step("观测年均增速", "observed CAGR",
					"g = (A/B)^(1/(t − t0)) − 1 = (" + format(a) + "/" + format(b) + ")^(1/" + years + ") − 1",
					this.observedCagr);
		}

		private void computeRequiredCagr() {
			BigDecimal a = this.actual.value();
			BigDecimal t = this.targetValue;
			int years = this.target.year() - this.year;
			String undefined = undefinedGrowth(years, a, "A", t, "T",
					"t ≥ t1: 目标年已到,不再要求增速 / the target year has come, no growth left to require");
			if (undefined != null) {
				step("所需年均增速", "required CAGR", undefined, null);
				return;
			}
			this.requiredCagr = Math.pow(t.doubleValue() / a.doubleValue(), 1.0 / years) - 1;
			step("所需年均增速", "required CAGR",
					"r = (T/A)^(1/(t1 − t)) − 1 = (" + format(t) + "/" + format(a) + ")^(1/" + years + ") − 1",
					this.requiredCagr);
		}

		/** Why a growth rate from {@code from} to {@code to} is undefined, or null. */
		private String undefinedGrowth(int years, BigDecimal from, String fromName, BigDecimal to, String toName,
				String noYears) {
			if (years <= 0) {
				return noYears;
			}
			if (from.signum() <= 0) {
				return notPositive(fromName, from);
			}
			if (to.signum() <= 0) {
				return notPositive(toName, to);
			}
			return null;
		}

		private String notPositive(String name, BigDecimal value) {
			return name + " = " + format(value)
					+ " ≤ 0: 起止值非正,年均增速无意义 / a growth rate is undefined unless both ends are positive";
		}

		/**
		 * Projects the value at t1 on the least-squares line through the figures so far.
		 */
		private void project() {
			int t1 = this.target.year();
			if (this.year >= t1) {
				step("预测值", "projection", "t ≥ t1: 无需外推,以实际值为准 / nothing left to project, the figures decide", null);
				return;
			}
			List<Point> points = new ArrayList<>();
			int from = this.header.baselineYear();
			if (this.baseline != null) {
				from = this.baseline.year();
				points.add(new Point(from, this.baseline.value().doubleValue()));
			}
			// A stated baseline takes the place of any figure observed in its year.
			if (this.year >= from) {
				for (YearValue figure : this.figures.subMap(from, this.baseline == null, this.year, true).values()) {
					use(figure);
					points.add(new Point(figure.year(), figure.value().doubleValue()));
				}
			}
			if (points.size() < 2) {
				step("预测值", "projection", "不足两个观测点,无法外推 / fewer than two points, no trend", null);
				return;
			}
			this.projection = fit(points, t1);
			this.projectedToMeet = this.target.isMetBy(BigDecimal.valueOf(this.projection),
					IndicatorEvaluator.this.tolerance);
			step("预测达标", "projected to meet",
					check(BigDecimal.valueOf(this.projection)) + " → " + yesNo(this.projectedToMeet), null);
		}

		private double fit(List<Point> points, int t1) {
			// Years are taken from the first one so that the sums stay small.
			int origin = points.get(0).year();
			double meanX = points.stream().mapToDouble((p) -> p.year() - origin).average().orElseThrow();
			double meanY = points.stream().mapToDouble(Point::value).average().orElseThrow();
			double sxy = 0;
			double sxx = 0;
			for (Point point : points) {
				double dx = point.year() - origin - meanX;
				sxy += dx * (point.value() - meanY);
				sxx += dx * dx;
			}
			double slope = sxy / sxx;
			double projected = meanY + slope * (t1 - origin - meanX);
			if (points.size() == 2) {
				Point first = points.get(0);
				Point last = points.get(1);
				step("预测值", "projection",
						"两点直线 / straight line: P = y2 + (y2 − y1)/(x2 − x1) × (t1 − x2) = " + format(last.value())
								+ " + (" + format(last.value()) + " − " + term(first.value()) + ")/(" + last.year()
								+ " − " + first.year() + ") × (" + t1 + " − " + last.year() + ")",
						projected);
			}
			else {
				step("预测值", "projection",
						"最小二乘直线过 " + points.size() + " 个点 / least-squares line through " + points.size() + " points "
								+ origin + "–" + points.get(points.size() - 1).year()
								+ ": b = Σ(x − x̄)(y − ȳ)/Σ(x − x̄)² = " + term(sxy) + "/" + format(sxx)
								+ ", P = ȳ + b × (t1 − x̄) = " + format(meanY) + " + " + term(slope) + " × (" + t1
								+ " − " + format(origin + meanX) + ")",
						projected);
			}
			return projected;
		}

		private void placeInBands() {
			EvaluationBands bands = IndicatorEvaluator.this.bands;
			String r = "R = " + format(this.ratio);
			Status band;
			String rule;
			if (this.ratio.compareTo(IndicatorEvaluator.this.onTrack) >= 0) {
				band = Status.ON_TRACK;
				rule = r + " ≥ " + format(bands.onTrack());
			}
			else if (this.ratio.compareTo(IndicatorEvaluator.this.lagging) >= 0) {
				band = Status.LAGGING;
				rule = format(bands.lagging()) + " ≤ " + r + " < " + format(bands.onTrack());
			}
			else {
				band = Status.OFF_TRACK;
				rule = r + " < " + format(bands.lagging());
			}
			setStatus(band, rule);
			if (this.indicator.isBinding() && this.ratio.compareTo(BigDecimal.ONE) < 0) {
				// A binding (约束性) target is a commitment: any shortfall is reported.
				this.bindingShortfall = true;
				this.status = band.atLeast(Status.LAGGING);
				step("约束性指标", "binding indicator",
						"C = " + format(this.completion) + " < τ = " + format(this.timeProgress)
								+ ": 约束性指标有缺口,至少为滞后 / a binding indicator short of time progress is at least lagging"
								+ rule(this.status),
						null);
			}
		}

		private void setStatus(Status status, String rule) {
			this.status = status;
			step("状态", "status", rule + rule(status), null);
		}

		private void noData(String zh, String en) {
			this.status = Status.NO_DATA;
			this.reason = zh + " / " + en;
			step("状态", "status", this.reason + rule(Status.NO_DATA), null);
		}

		private void step(String zh, String en, String formula, Double value) {
			this.working.add(new Step(zh, en, formula, value));
		}

	}

}
