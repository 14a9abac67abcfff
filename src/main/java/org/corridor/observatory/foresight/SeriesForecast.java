package org.corridor.observatory.foresight;

import java.util.List;

import org.corridor.observatory.plan.Target;

/**
 * An indicator's forecast in one zone (预测): the figures it rests on, every method's
 * forecast to the milestones ahead, the method chosen by the backtest, and the targets
 * already settled by a figure.
 *
 * @param indicatorCode the indicator
 * @param zoneCode the zone
 * @param asOfYear the latest year whose figures count
 * @param figures the figures used (a stated baseline among them), in year order
 * @param assessable whether a forecast could be made
 * @param reasonZh why not, in Chinese, or null
 * @param reasonEn why not, in English, or null
 * @param chosen the method shown by default: the backtest's best
 * @param methods every method's forecast, in {@link Method} order
 * @param settled targets whose year already has a figure
 * @param level the prediction intervals' coverage, e.g. 0.8
 * @param demo whether any figure used is demo data
 * @param unpublished whether any figure used is not yet published
 */
public record SeriesForecast(String indicatorCode, String zoneCode, int asOfYear, List<Figure> figures,
		boolean assessable, String reasonZh, String reasonEn, Method chosen, List<MethodForecast> methods,
		List<Settled> settled, double level, boolean demo, boolean unpublished) {

	public SeriesForecast {
		figures = List.copyOf(figures);
		methods = List.copyOf(methods);
		settled = List.copyOf(settled);
	}

	/** The chosen method's forecast, or null when none could be made. */
	public MethodForecast main() {
		return this.methods.stream().filter((m) -> m.method() == this.chosen && m.available()).findFirst().orElse(null);
	}

	/**
	 * One figure.
	 *
	 * @param year the year
	 * @param value the value
	 * @param baseline whether it is the plan's stated baseline rather than a reported
	 * figure
	 */
	public record Figure(int year, double value, boolean baseline) {
	}

	/**
	 * A target whose year has a figure: met or not, no forecast needed.
	 *
	 * @param year the year
	 * @param target the target
	 * @param actual the figure
	 * @param met whether it meets the target
	 */
	public record Settled(int year, Target target, double actual, boolean met) {
	}

}
